from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_sessions_session_history_response import DeviceSessionsSessionHistoryResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    source: None | str | Unset = UNSET,
    platform: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    else:
        json_platform = platform
    params["platform"] = json_platform

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/device-sessions/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceSessionsSessionHistoryResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeviceSessionsSessionHistoryResponse.from_dict(response.json())

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
) -> Response[DeviceSessionsSessionHistoryResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    source: None | str | Unset = UNSET,
    platform: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[DeviceSessionsSessionHistoryResponse | HTTPValidationError]:
    """Get Session History

     Get paginated history of device sessions for an organization.

    Args:
        limit: Maximum number of sessions to return (default 50, max 100).
        offset: Number of sessions to skip for pagination.
        source: Optional filter by execution source (ui, cli, api, explore, ci_cd, workflow).
        platform: Optional filter by platform (ios, android).
        status: Optional filter by session status.
        search: Optional text search on test name or device model.
        user_id: Optional filter by user ID (from source_metadata).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        source (None | str | Unset):
        platform (None | str | Unset):
        status (None | str | Unset):
        search (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceSessionsSessionHistoryResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        source=source,
        platform=platform,
        status=status,
        search=search,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    source: None | str | Unset = UNSET,
    platform: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> DeviceSessionsSessionHistoryResponse | HTTPValidationError | None:
    """Get Session History

     Get paginated history of device sessions for an organization.

    Args:
        limit: Maximum number of sessions to return (default 50, max 100).
        offset: Number of sessions to skip for pagination.
        source: Optional filter by execution source (ui, cli, api, explore, ci_cd, workflow).
        platform: Optional filter by platform (ios, android).
        status: Optional filter by session status.
        search: Optional text search on test name or device model.
        user_id: Optional filter by user ID (from source_metadata).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        source (None | str | Unset):
        platform (None | str | Unset):
        status (None | str | Unset):
        search (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceSessionsSessionHistoryResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        source=source,
        platform=platform,
        status=status,
        search=search,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    source: None | str | Unset = UNSET,
    platform: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[DeviceSessionsSessionHistoryResponse | HTTPValidationError]:
    """Get Session History

     Get paginated history of device sessions for an organization.

    Args:
        limit: Maximum number of sessions to return (default 50, max 100).
        offset: Number of sessions to skip for pagination.
        source: Optional filter by execution source (ui, cli, api, explore, ci_cd, workflow).
        platform: Optional filter by platform (ios, android).
        status: Optional filter by session status.
        search: Optional text search on test name or device model.
        user_id: Optional filter by user ID (from source_metadata).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        source (None | str | Unset):
        platform (None | str | Unset):
        status (None | str | Unset):
        search (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceSessionsSessionHistoryResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        source=source,
        platform=platform,
        status=status,
        search=search,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    source: None | str | Unset = UNSET,
    platform: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> DeviceSessionsSessionHistoryResponse | HTTPValidationError | None:
    """Get Session History

     Get paginated history of device sessions for an organization.

    Args:
        limit: Maximum number of sessions to return (default 50, max 100).
        offset: Number of sessions to skip for pagination.
        source: Optional filter by execution source (ui, cli, api, explore, ci_cd, workflow).
        platform: Optional filter by platform (ios, android).
        status: Optional filter by session status.
        search: Optional text search on test name or device model.
        user_id: Optional filter by user ID (from source_metadata).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        source (None | str | Unset):
        platform (None | str | Unset):
        status (None | str | Unset):
        search (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceSessionsSessionHistoryResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            source=source,
            platform=platform,
            status=status,
            search=search,
            user_id=user_id,
        )
    ).parsed
