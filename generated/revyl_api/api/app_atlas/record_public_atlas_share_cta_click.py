from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.record_public_atlas_share_cta_click_response_record_public_atlas_share_cta_click_api_v1_atlas_v2_share_token_cta_click_post import (
    RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost,
)
from ...types import Response


def _get_kwargs(
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/v2/share/{token}/cta-click".format(
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
    | None
):
    if response.status_code == 200:
        response_200 = RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost.from_dict(
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
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
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
) -> Response[
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
]:
    """Record Public Atlas Share Cta Click

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
) -> (
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
    | None
):
    """Record Public Atlas Share Cta Click

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
    """

    return sync_detailed(
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
]:
    """Record Public Atlas Share Cta Click

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
) -> (
    HTTPValidationError
    | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
    | None
):
    """Record Public Atlas Share Cta Click

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RecordPublicAtlasShareCtaClickResponseRecordPublicAtlasShareCtaClickApiV1AtlasV2ShareTokenCtaClickPost
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
        )
    ).parsed
