from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.query_tests_endpoint_sort_by import QueryTestsEndpointSortBy
from ...models.query_tests_endpoint_sort_dir import QueryTestsEndpointSortDir
from ...models.query_tests_endpoint_status import QueryTestsEndpointStatus
from ...models.test_list_response import TestListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    status: QueryTestsEndpointStatus | Unset = "all",
    platform: None | str | Unset = UNSET,
    app_id: None | Unset | UUID = UNSET,
    tags: None | str | Unset = UNSET,
    sort_by: QueryTestsEndpointSortBy | Unset = "lastRun",
    sort_dir: QueryTestsEndpointSortDir | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    else:
        json_platform = platform
    params["platform"] = json_platform

    json_app_id: None | str | Unset
    if isinstance(app_id, Unset):
        json_app_id = UNSET
    elif isinstance(app_id, UUID):
        json_app_id = str(app_id)
    else:
        json_app_id = app_id
    params["app_id"] = json_app_id

    json_tags: None | str | Unset
    if isinstance(tags, Unset):
        json_tags = UNSET
    else:
        json_tags = tags
    params["tags"] = json_tags

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir

    params["sort_dir"] = json_sort_dir

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/get_tests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestListResponse | None:
    if response.status_code == 200:
        response_200 = TestListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestListResponse]:
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
    search: None | str | Unset = UNSET,
    status: QueryTestsEndpointStatus | Unset = "all",
    platform: None | str | Unset = UNSET,
    app_id: None | Unset | UUID = UNSET,
    tags: None | str | Unset = UNSET,
    sort_by: QueryTestsEndpointSortBy | Unset = "lastRun",
    sort_dir: QueryTestsEndpointSortDir | Unset = "desc",
) -> Response[HTTPValidationError | TestListResponse]:
    """Query Tests Endpoint

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        status (QueryTestsEndpointStatus | Unset):  Default: 'all'.
        platform (None | str | Unset):
        app_id (None | Unset | UUID):
        tags (None | str | Unset):
        sort_by (QueryTestsEndpointSortBy | Unset):  Default: 'lastRun'.
        sort_dir (QueryTestsEndpointSortDir | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        status=status,
        platform=platform,
        app_id=app_id,
        tags=tags,
        sort_by=sort_by,
        sort_dir=sort_dir,
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
    search: None | str | Unset = UNSET,
    status: QueryTestsEndpointStatus | Unset = "all",
    platform: None | str | Unset = UNSET,
    app_id: None | Unset | UUID = UNSET,
    tags: None | str | Unset = UNSET,
    sort_by: QueryTestsEndpointSortBy | Unset = "lastRun",
    sort_dir: QueryTestsEndpointSortDir | Unset = "desc",
) -> HTTPValidationError | TestListResponse | None:
    """Query Tests Endpoint

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        status (QueryTestsEndpointStatus | Unset):  Default: 'all'.
        platform (None | str | Unset):
        app_id (None | Unset | UUID):
        tags (None | str | Unset):
        sort_by (QueryTestsEndpointSortBy | Unset):  Default: 'lastRun'.
        sort_dir (QueryTestsEndpointSortDir | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        search=search,
        status=status,
        platform=platform,
        app_id=app_id,
        tags=tags,
        sort_by=sort_by,
        sort_dir=sort_dir,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    status: QueryTestsEndpointStatus | Unset = "all",
    platform: None | str | Unset = UNSET,
    app_id: None | Unset | UUID = UNSET,
    tags: None | str | Unset = UNSET,
    sort_by: QueryTestsEndpointSortBy | Unset = "lastRun",
    sort_dir: QueryTestsEndpointSortDir | Unset = "desc",
) -> Response[HTTPValidationError | TestListResponse]:
    """Query Tests Endpoint

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        status (QueryTestsEndpointStatus | Unset):  Default: 'all'.
        platform (None | str | Unset):
        app_id (None | Unset | UUID):
        tags (None | str | Unset):
        sort_by (QueryTestsEndpointSortBy | Unset):  Default: 'lastRun'.
        sort_dir (QueryTestsEndpointSortDir | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        status=status,
        platform=platform,
        app_id=app_id,
        tags=tags,
        sort_by=sort_by,
        sort_dir=sort_dir,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    status: QueryTestsEndpointStatus | Unset = "all",
    platform: None | str | Unset = UNSET,
    app_id: None | Unset | UUID = UNSET,
    tags: None | str | Unset = UNSET,
    sort_by: QueryTestsEndpointSortBy | Unset = "lastRun",
    sort_dir: QueryTestsEndpointSortDir | Unset = "desc",
) -> HTTPValidationError | TestListResponse | None:
    """Query Tests Endpoint

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        status (QueryTestsEndpointStatus | Unset):  Default: 'all'.
        platform (None | str | Unset):
        app_id (None | Unset | UUID):
        tags (None | str | Unset):
        sort_by (QueryTestsEndpointSortBy | Unset):  Default: 'lastRun'.
        sort_dir (QueryTestsEndpointSortDir | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
            status=status,
            platform=platform,
            app_id=app_id,
            tags=tags,
            sort_by=sort_by,
            sort_dir=sort_dir,
        )
    ).parsed
