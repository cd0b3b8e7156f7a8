from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.worker_connection_response import WorkerConnectionResponse
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/streaming/worker-connection/session/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkerConnectionResponse | None:
    if response.status_code == 200:
        response_200 = WorkerConnectionResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkerConnectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkerConnectionResponse]:
    """Get Worker Connection For Session

     Resolve worker WebSocket URL using a device_sessions row (org-scoped).

    Use when the UI has ``session_id`` but ``workflow_run_id`` is not yet
    loaded in client state — polls the same way as the workflow_run_id route
    once the row has been updated after Hatchet dispatch.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkerConnectionResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkerConnectionResponse | None:
    """Get Worker Connection For Session

     Resolve worker WebSocket URL using a device_sessions row (org-scoped).

    Use when the UI has ``session_id`` but ``workflow_run_id`` is not yet
    loaded in client state — polls the same way as the workflow_run_id route
    once the row has been updated after Hatchet dispatch.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkerConnectionResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkerConnectionResponse]:
    """Get Worker Connection For Session

     Resolve worker WebSocket URL using a device_sessions row (org-scoped).

    Use when the UI has ``session_id`` but ``workflow_run_id`` is not yet
    loaded in client state — polls the same way as the workflow_run_id route
    once the row has been updated after Hatchet dispatch.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkerConnectionResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkerConnectionResponse | None:
    """Get Worker Connection For Session

     Resolve worker WebSocket URL using a device_sessions row (org-scoped).

    Use when the UI has ``session_id`` but ``workflow_run_id`` is not yet
    loaded in client state — polls the same way as the workflow_run_id route
    once the row has been updated after Hatchet dispatch.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkerConnectionResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
