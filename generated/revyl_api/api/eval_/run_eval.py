from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eval_request import EvalRequest
from ...models.eval_response import EvalResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: EvalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/report/evals/run_eval",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvalResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EvalResponse.from_dict(response.json())

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
) -> Response[EvalResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EvalRequest,
) -> Response[EvalResponse | HTTPValidationError]:
    """Run Eval

     Run a comprehensive evaluation on a test execution.

    This endpoint uses per-step Hatchet workflows to bound gRPC message sizes.
    Each step is evaluated independently (~1-5MB) instead of sending the entire
    report (~50MB).

    Args:
        request: EvalRequest containing task_id and enabled_judges config
        auth_info: Authentication info from dependency

    Returns:
        EvalResponse with the evaluation report or error

    Args:
        body (EvalRequest): Request model for running an eval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalResponse | HTTPValidationError]
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
    body: EvalRequest,
) -> EvalResponse | HTTPValidationError | None:
    """Run Eval

     Run a comprehensive evaluation on a test execution.

    This endpoint uses per-step Hatchet workflows to bound gRPC message sizes.
    Each step is evaluated independently (~1-5MB) instead of sending the entire
    report (~50MB).

    Args:
        request: EvalRequest containing task_id and enabled_judges config
        auth_info: Authentication info from dependency

    Returns:
        EvalResponse with the evaluation report or error

    Args:
        body (EvalRequest): Request model for running an eval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EvalRequest,
) -> Response[EvalResponse | HTTPValidationError]:
    """Run Eval

     Run a comprehensive evaluation on a test execution.

    This endpoint uses per-step Hatchet workflows to bound gRPC message sizes.
    Each step is evaluated independently (~1-5MB) instead of sending the entire
    report (~50MB).

    Args:
        request: EvalRequest containing task_id and enabled_judges config
        auth_info: Authentication info from dependency

    Returns:
        EvalResponse with the evaluation report or error

    Args:
        body (EvalRequest): Request model for running an eval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EvalRequest,
) -> EvalResponse | HTTPValidationError | None:
    """Run Eval

     Run a comprehensive evaluation on a test execution.

    This endpoint uses per-step Hatchet workflows to bound gRPC message sizes.
    Each step is evaluated independently (~1-5MB) instead of sending the entire
    report (~50MB).

    Args:
        request: EvalRequest containing task_id and enabled_judges config
        auth_info: Authentication info from dependency

    Returns:
        EvalResponse with the evaluation report or error

    Args:
        body (EvalRequest): Request model for running an eval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
