from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flywheel_trigger_request import FlywheelTriggerRequest
from ...models.flywheel_trigger_response import FlywheelTriggerResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: FlywheelTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flywheel/trigger",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlywheelTriggerResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlywheelTriggerResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlywheelTriggerResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FlywheelTriggerRequest,
) -> Response[FlywheelTriggerResponse | HTTPValidationError]:
    """Trigger Flywheel Eval

     Fire-and-forget trigger for flywheel grounding eval.

    Called by the CLI after workflow completion. Spawns a Hatchet workflow
    (flywheel_grounding_eval) that runs in the cognisim_action worker with
    parallel eval_step child workflows.

    Args:
        body (FlywheelTriggerRequest): Request from CLI to trigger flywheel eval for a completed
            test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlywheelTriggerResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FlywheelTriggerRequest,
) -> FlywheelTriggerResponse | HTTPValidationError | None:
    """Trigger Flywheel Eval

     Fire-and-forget trigger for flywheel grounding eval.

    Called by the CLI after workflow completion. Spawns a Hatchet workflow
    (flywheel_grounding_eval) that runs in the cognisim_action worker with
    parallel eval_step child workflows.

    Args:
        body (FlywheelTriggerRequest): Request from CLI to trigger flywheel eval for a completed
            test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlywheelTriggerResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FlywheelTriggerRequest,
) -> Response[FlywheelTriggerResponse | HTTPValidationError]:
    """Trigger Flywheel Eval

     Fire-and-forget trigger for flywheel grounding eval.

    Called by the CLI after workflow completion. Spawns a Hatchet workflow
    (flywheel_grounding_eval) that runs in the cognisim_action worker with
    parallel eval_step child workflows.

    Args:
        body (FlywheelTriggerRequest): Request from CLI to trigger flywheel eval for a completed
            test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlywheelTriggerResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FlywheelTriggerRequest,
) -> FlywheelTriggerResponse | HTTPValidationError | None:
    """Trigger Flywheel Eval

     Fire-and-forget trigger for flywheel grounding eval.

    Called by the CLI after workflow completion. Spawns a Hatchet workflow
    (flywheel_grounding_eval) that runs in the cognisim_action worker with
    parallel eval_step child workflows.

    Args:
        body (FlywheelTriggerRequest): Request from CLI to trigger flywheel eval for a completed
            test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlywheelTriggerResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
