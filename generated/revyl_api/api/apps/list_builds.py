from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_builds_response import PaginatedBuildsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    include_download_urls: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_download_urls"] = include_download_urls

    params["page"] = page

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/{app_id}/builds".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedBuildsResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBuildsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PaginatedBuildsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_urls: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedBuildsResponse]:
    """List Builds

     List builds for an app with pagination

    Args:
        app_id (UUID):
        include_download_urls (bool | Unset): Include presigned download URLs Default: False.
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.
        search (None | str | Unset): Search by version name or package name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedBuildsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        include_download_urls=include_download_urls,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_urls: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | PaginatedBuildsResponse | None:
    """List Builds

     List builds for an app with pagination

    Args:
        app_id (UUID):
        include_download_urls (bool | Unset): Include presigned download URLs Default: False.
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.
        search (None | str | Unset): Search by version name or package name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedBuildsResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        include_download_urls=include_download_urls,
        page=page,
        page_size=page_size,
        search=search,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_urls: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedBuildsResponse]:
    """List Builds

     List builds for an app with pagination

    Args:
        app_id (UUID):
        include_download_urls (bool | Unset): Include presigned download URLs Default: False.
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.
        search (None | str | Unset): Search by version name or package name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedBuildsResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        include_download_urls=include_download_urls,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_urls: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | PaginatedBuildsResponse | None:
    """List Builds

     List builds for an app with pagination

    Args:
        app_id (UUID):
        include_download_urls (bool | Unset): Include presigned download URLs Default: False.
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.
        search (None | str | Unset): Search by version name or package name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedBuildsResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            include_download_urls=include_download_urls,
            page=page,
            page_size=page_size,
            search=search,
        )
    ).parsed
