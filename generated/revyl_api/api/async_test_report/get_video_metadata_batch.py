from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.video_metadata_batch_request_v1 import VideoMetadataBatchRequestV1
from ...models.video_metadata_batch_response_v1 import VideoMetadataBatchResponseV1
from ...types import Response


def _get_kwargs(
    *,
    body: VideoMetadataBatchRequestV1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/report/async-run/video-metadata-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | VideoMetadataBatchResponseV1 | None:
    if response.status_code == 200:
        response_200 = VideoMetadataBatchResponseV1.from_dict(response.json())

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
) -> Response[HTTPValidationError | VideoMetadataBatchResponseV1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchRequestV1,
) -> Response[HTTPValidationError | VideoMetadataBatchResponseV1]:
    """Get Video Metadata Batch

     Lightweight batch endpoint for video + step metadata.

    Optimized for replay mode - only returns video URL and step timeline data,
    skipping images and full report content. Much faster than N individual calls
    to the full report endpoint.

    Args:
        body (VideoMetadataBatchRequestV1): Request model for batch video metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoMetadataBatchResponseV1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchRequestV1,
) -> HTTPValidationError | VideoMetadataBatchResponseV1 | None:
    """Get Video Metadata Batch

     Lightweight batch endpoint for video + step metadata.

    Optimized for replay mode - only returns video URL and step timeline data,
    skipping images and full report content. Much faster than N individual calls
    to the full report endpoint.

    Args:
        body (VideoMetadataBatchRequestV1): Request model for batch video metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoMetadataBatchResponseV1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchRequestV1,
) -> Response[HTTPValidationError | VideoMetadataBatchResponseV1]:
    """Get Video Metadata Batch

     Lightweight batch endpoint for video + step metadata.

    Optimized for replay mode - only returns video URL and step timeline data,
    skipping images and full report content. Much faster than N individual calls
    to the full report endpoint.

    Args:
        body (VideoMetadataBatchRequestV1): Request model for batch video metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoMetadataBatchResponseV1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchRequestV1,
) -> HTTPValidationError | VideoMetadataBatchResponseV1 | None:
    """Get Video Metadata Batch

     Lightweight batch endpoint for video + step metadata.

    Optimized for replay mode - only returns video URL and step timeline data,
    skipping images and full report content. Much faster than N individual calls
    to the full report endpoint.

    Args:
        body (VideoMetadataBatchRequestV1): Request model for batch video metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoMetadataBatchResponseV1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
