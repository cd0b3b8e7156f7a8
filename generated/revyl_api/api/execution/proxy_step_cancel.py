from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    workflow_run_id: str,
    step_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/device-proxy/{workflow_run_id}/step_cancel/{step_id}".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError]:
    """Proxy Step Cancel

     Cancel an in-flight async step on the worker.

    FastAPI path params are single-segment, so the generic POST catchall at
    ``/{action}`` does not match the compound ``/step_cancel/{step_id}``
    path. This explicit route mirrors the GET ``/step_status/{step_id}``
    pattern and forwards the cancel POST to the worker.

    Args:
        workflow_run_id: Hatchet workflow run powering the device session.
        step_id: Step identifier returned by POST /execute_step.
        request: Incoming FastAPI request.
        auth_info: Authenticated caller from ``require_platform_access``.

    Returns:
        Response: Worker's cancel response, proxied through.

    Args:
        workflow_run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_id=step_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | None:
    """Proxy Step Cancel

     Cancel an in-flight async step on the worker.

    FastAPI path params are single-segment, so the generic POST catchall at
    ``/{action}`` does not match the compound ``/step_cancel/{step_id}``
    path. This explicit route mirrors the GET ``/step_status/{step_id}``
    pattern and forwards the cancel POST to the worker.

    Args:
        workflow_run_id: Hatchet workflow run powering the device session.
        step_id: Step identifier returned by POST /execute_step.
        request: Incoming FastAPI request.
        auth_info: Authenticated caller from ``require_platform_access``.

    Returns:
        Response: Worker's cancel response, proxied through.

    Args:
        workflow_run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        step_id=step_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError]:
    """Proxy Step Cancel

     Cancel an in-flight async step on the worker.

    FastAPI path params are single-segment, so the generic POST catchall at
    ``/{action}`` does not match the compound ``/step_cancel/{step_id}``
    path. This explicit route mirrors the GET ``/step_status/{step_id}``
    pattern and forwards the cancel POST to the worker.

    Args:
        workflow_run_id: Hatchet workflow run powering the device session.
        step_id: Step identifier returned by POST /execute_step.
        request: Incoming FastAPI request.
        auth_info: Authenticated caller from ``require_platform_access``.

    Returns:
        Response: Worker's cancel response, proxied through.

    Args:
        workflow_run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_id=step_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | None:
    """Proxy Step Cancel

     Cancel an in-flight async step on the worker.

    FastAPI path params are single-segment, so the generic POST catchall at
    ``/{action}`` does not match the compound ``/step_cancel/{step_id}``
    path. This explicit route mirrors the GET ``/step_status/{step_id}``
    pattern and forwards the cancel POST to the worker.

    Args:
        workflow_run_id: Hatchet workflow run powering the device session.
        step_id: Step identifier returned by POST /execute_step.
        request: Incoming FastAPI request.
        auth_info: Authenticated caller from ``require_platform_access``.

    Returns:
        Response: Worker's cancel response, proxied through.

    Args:
        workflow_run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            step_id=step_id,
            client=client,
        )
    ).parsed
