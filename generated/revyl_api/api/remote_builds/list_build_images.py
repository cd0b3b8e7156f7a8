from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_image_option import BuildImageOption
from ...models.http_validation_error import HTTPValidationError
from ...models.list_build_images_platform_type_0 import (
    ListBuildImagesPlatformType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    platform: ListBuildImagesPlatformType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    elif isinstance(platform, str):
        json_platform = platform
    else:
        json_platform = platform
    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/remote/build-images",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[BuildImageOption] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BuildImageOption.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[BuildImageOption]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    platform: ListBuildImagesPlatformType0 | None | Unset = UNSET,
) -> Response[HTTPValidationError | list[BuildImageOption]]:
    """List Build Images

     List selectable sandbox build images.

    Args:
        platform (ListBuildImagesPlatformType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[BuildImageOption]]
    """

    kwargs = _get_kwargs(
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    platform: ListBuildImagesPlatformType0 | None | Unset = UNSET,
) -> HTTPValidationError | list[BuildImageOption] | None:
    """List Build Images

     List selectable sandbox build images.

    Args:
        platform (ListBuildImagesPlatformType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[BuildImageOption]
    """

    return sync_detailed(
        client=client,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: ListBuildImagesPlatformType0 | None | Unset = UNSET,
) -> Response[HTTPValidationError | list[BuildImageOption]]:
    """List Build Images

     List selectable sandbox build images.

    Args:
        platform (ListBuildImagesPlatformType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[BuildImageOption]]
    """

    kwargs = _get_kwargs(
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: ListBuildImagesPlatformType0 | None | Unset = UNSET,
) -> HTTPValidationError | list[BuildImageOption] | None:
    """List Build Images

     List selectable sandbox build images.

    Args:
        platform (ListBuildImagesPlatformType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[BuildImageOption]
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
        )
    ).parsed
