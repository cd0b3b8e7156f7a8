from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_public_atlas_share_graph_response_get_public_atlas_share_graph_api_v1_atlas_v2_share_token_graph_get import (
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    include_screenshots: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_screenshots"] = include_screenshots

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/share/{token}/graph".format(
            token=quote(str(token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError | None
):
    if response.status_code == 200:
        response_200 = GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet.from_dict(
            response.json()
        )

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
) -> Response[
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
) -> Response[
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError
]:
    """Get Public Atlas Share Graph

    Args:
        token (str):
        include_screenshots (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        token=token,
        include_screenshots=include_screenshots,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
) -> (
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError | None
):
    """Get Public Atlas Share Graph

    Args:
        token (str):
        include_screenshots (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError
    """

    return sync_detailed(
        token=token,
        client=client,
        include_screenshots=include_screenshots,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
) -> Response[
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError
]:
    """Get Public Atlas Share Graph

    Args:
        token (str):
        include_screenshots (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        token=token,
        include_screenshots=include_screenshots,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
) -> (
    GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError | None
):
    """Get Public Atlas Share Graph

    Args:
        token (str):
        include_screenshots (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAtlasShareGraphResponseGetPublicAtlasShareGraphApiV1AtlasV2ShareTokenGraphGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            include_screenshots=include_screenshots,
        )
    ).parsed
