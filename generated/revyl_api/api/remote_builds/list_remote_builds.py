from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remote_build_list_response import RemoteBuildListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: UUID,
    active_only: bool | Unset = False,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params["active_only"] = active_only

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/remote",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoteBuildListResponse | None:
    if response.status_code == 200:
        response_200 = RemoteBuildListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoteBuildListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    active_only: bool | Unset = False,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | RemoteBuildListResponse]:
    """List Remote Builds

     List an app's remote build jobs, newest first, for live build feeds.

    Args:
        app_id (UUID): App to list build jobs for.
        active_only (bool | Unset): When true, only return queued or running build jobs. Default:
            False.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        active_only=active_only,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    active_only: bool | Unset = False,
    limit: int | Unset = 20,
) -> HTTPValidationError | RemoteBuildListResponse | None:
    """List Remote Builds

     List an app's remote build jobs, newest first, for live build feeds.

    Args:
        app_id (UUID): App to list build jobs for.
        active_only (bool | Unset): When true, only return queued or running build jobs. Default:
            False.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildListResponse
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        active_only=active_only,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    active_only: bool | Unset = False,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | RemoteBuildListResponse]:
    """List Remote Builds

     List an app's remote build jobs, newest first, for live build feeds.

    Args:
        app_id (UUID): App to list build jobs for.
        active_only (bool | Unset): When true, only return queued or running build jobs. Default:
            False.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        active_only=active_only,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    active_only: bool | Unset = False,
    limit: int | Unset = 20,
) -> HTTPValidationError | RemoteBuildListResponse | None:
    """List Remote Builds

     List an app's remote build jobs, newest first, for live build feeds.

    Args:
        app_id (UUID): App to list build jobs for.
        active_only (bool | Unset): When true, only return queued or running build jobs. Default:
            False.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            active_only=active_only,
            limit=limit,
        )
    ).parsed
