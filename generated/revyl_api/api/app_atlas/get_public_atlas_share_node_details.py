from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_public_atlas_share_node_details_response_get_public_atlas_share_node_details_api_v1_atlas_v2_share_token_nodes_node_id_details_get import (
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    node_id: str,
    *,
    include_screenshots: bool | Unset = False,
    detail_stack_limit: int | Unset = 40,
    detail_observation_limit: int | Unset = 8,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_screenshots"] = include_screenshots

    params["detail_stack_limit"] = detail_stack_limit

    params["detail_observation_limit"] = detail_observation_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/share/{token}/nodes/{node_id}/details".format(
            token=quote(str(token), safe=""),
            node_id=quote(str(node_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet.from_dict(
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
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
    detail_stack_limit: int | Unset = 40,
    detail_observation_limit: int | Unset = 8,
) -> Response[
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
]:
    """Get Public Atlas Share Node Details

    Args:
        token (str):
        node_id (str):
        include_screenshots (bool | Unset):  Default: False.
        detail_stack_limit (int | Unset):  Default: 40.
        detail_observation_limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        token=token,
        node_id=node_id,
        include_screenshots=include_screenshots,
        detail_stack_limit=detail_stack_limit,
        detail_observation_limit=detail_observation_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
    detail_stack_limit: int | Unset = 40,
    detail_observation_limit: int | Unset = 8,
) -> (
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
    | None
):
    """Get Public Atlas Share Node Details

    Args:
        token (str):
        node_id (str):
        include_screenshots (bool | Unset):  Default: False.
        detail_stack_limit (int | Unset):  Default: 40.
        detail_observation_limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet | HTTPValidationError
    """

    return sync_detailed(
        token=token,
        node_id=node_id,
        client=client,
        include_screenshots=include_screenshots,
        detail_stack_limit=detail_stack_limit,
        detail_observation_limit=detail_observation_limit,
    ).parsed


async def asyncio_detailed(
    token: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
    detail_stack_limit: int | Unset = 40,
    detail_observation_limit: int | Unset = 8,
) -> Response[
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
]:
    """Get Public Atlas Share Node Details

    Args:
        token (str):
        node_id (str):
        include_screenshots (bool | Unset):  Default: False.
        detail_stack_limit (int | Unset):  Default: 40.
        detail_observation_limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        token=token,
        node_id=node_id,
        include_screenshots=include_screenshots,
        detail_stack_limit=detail_stack_limit,
        detail_observation_limit=detail_observation_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    include_screenshots: bool | Unset = False,
    detail_stack_limit: int | Unset = 40,
    detail_observation_limit: int | Unset = 8,
) -> (
    GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet
    | HTTPValidationError
    | None
):
    """Get Public Atlas Share Node Details

    Args:
        token (str):
        node_id (str):
        include_screenshots (bool | Unset):  Default: False.
        detail_stack_limit (int | Unset):  Default: 40.
        detail_observation_limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAtlasShareNodeDetailsResponseGetPublicAtlasShareNodeDetailsApiV1AtlasV2ShareTokenNodesNodeIdDetailsGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            token=token,
            node_id=node_id,
            client=client,
            include_screenshots=include_screenshots,
            detail_stack_limit=detail_stack_limit,
            detail_observation_limit=detail_observation_limit,
        )
    ).parsed
