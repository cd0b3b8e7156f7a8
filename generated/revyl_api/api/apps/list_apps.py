from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_apps_response import PaginatedAppsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    platform: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    else:
        json_platform = platform
    params["platform"] = json_platform

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
        "url": "/api/v1/apps/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedAppsResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedAppsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PaginatedAppsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    platform: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedAppsResponse]:
    """List Apps

     List apps for the organization with pagination

    Args:
        platform (None | str | Unset): Filter by platform
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 500) Default: 50.
        search (None | str | Unset): Search by app name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedAppsResponse]
    """

    kwargs = _get_kwargs(
        platform=platform,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    platform: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | PaginatedAppsResponse | None:
    """List Apps

     List apps for the organization with pagination

    Args:
        platform (None | str | Unset): Filter by platform
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 500) Default: 50.
        search (None | str | Unset): Search by app name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedAppsResponse
    """

    return sync_detailed(
        client=client,
        platform=platform,
        page=page,
        page_size=page_size,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedAppsResponse]:
    """List Apps

     List apps for the organization with pagination

    Args:
        platform (None | str | Unset): Filter by platform
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 500) Default: 50.
        search (None | str | Unset): Search by app name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedAppsResponse]
    """

    kwargs = _get_kwargs(
        platform=platform,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | PaginatedAppsResponse | None:
    """List Apps

     List apps for the organization with pagination

    Args:
        platform (None | str | Unset): Filter by platform
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 500) Default: 50.
        search (None | str | Unset): Search by app name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedAppsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
            page=page,
            page_size=page_size,
            search=search,
        )
    ).parsed
