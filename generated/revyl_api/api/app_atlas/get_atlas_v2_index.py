from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_atlas_v2_index_response_get_atlas_v2_index_api_v1_atlas_v2_index_get import (
    GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    content_only: bool | Unset = False,
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

    params["content_only"] = content_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/index",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet.from_dict(response.json())

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
) -> Response[GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    content_only: bool | Unset = False,
) -> Response[GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError]:
    """Get Atlas V2 Index

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        content_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        content_only=content_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    content_only: bool | Unset = False,
) -> GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError | None:
    """Get Atlas V2 Index

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        content_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        search=search,
        content_only=content_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    content_only: bool | Unset = False,
) -> Response[GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError]:
    """Get Atlas V2 Index

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        content_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        content_only=content_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search: None | str | Unset = UNSET,
    content_only: bool | Unset = False,
) -> GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError | None:
    """Get Atlas V2 Index

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        search (None | str | Unset):
        content_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2IndexResponseGetAtlasV2IndexApiV1AtlasV2IndexGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
            content_only=content_only,
        )
    ).parsed
