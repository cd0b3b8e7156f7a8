from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_cursor_request import ConnectCursorRequest
from ...models.cursor_connection_status import CursorConnectionStatus
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ConnectCursorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/cursor/connect",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CursorConnectionStatus | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CursorConnectionStatus.from_dict(response.json())

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
) -> Response[CursorConnectionStatus | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConnectCursorRequest,
) -> Response[CursorConnectionStatus | HTTPValidationError]:
    """Connect Cursor

     Validate and store an org's Cursor API key (encrypted).

    Args:
        request: The key plus optional defaults.
        auth_info: Authenticated caller context.

    Returns:
        The resulting connection status.

    Raises:
        HTTPException: 422 for an invalid key, 502 for upstream failures.

    Args:
        body (ConnectCursorRequest): Request body to connect (or update) an org's Cursor API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorConnectionStatus | HTTPValidationError]
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
    body: ConnectCursorRequest,
) -> CursorConnectionStatus | HTTPValidationError | None:
    """Connect Cursor

     Validate and store an org's Cursor API key (encrypted).

    Args:
        request: The key plus optional defaults.
        auth_info: Authenticated caller context.

    Returns:
        The resulting connection status.

    Raises:
        HTTPException: 422 for an invalid key, 502 for upstream failures.

    Args:
        body (ConnectCursorRequest): Request body to connect (or update) an org's Cursor API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorConnectionStatus | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConnectCursorRequest,
) -> Response[CursorConnectionStatus | HTTPValidationError]:
    """Connect Cursor

     Validate and store an org's Cursor API key (encrypted).

    Args:
        request: The key plus optional defaults.
        auth_info: Authenticated caller context.

    Returns:
        The resulting connection status.

    Raises:
        HTTPException: 422 for an invalid key, 502 for upstream failures.

    Args:
        body (ConnectCursorRequest): Request body to connect (or update) an org's Cursor API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorConnectionStatus | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConnectCursorRequest,
) -> CursorConnectionStatus | HTTPValidationError | None:
    """Connect Cursor

     Validate and store an org's Cursor API key (encrypted).

    Args:
        request: The key plus optional defaults.
        auth_info: Authenticated caller context.

    Returns:
        The resulting connection status.

    Raises:
        HTTPException: 422 for an invalid key, 502 for upstream failures.

    Args:
        body (ConnectCursorRequest): Request body to connect (or update) an org's Cursor API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorConnectionStatus | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
