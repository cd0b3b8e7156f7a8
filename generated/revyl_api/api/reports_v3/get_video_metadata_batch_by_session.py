from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.video_metadata_batch_by_session_request import VideoMetadataBatchBySessionRequest
from ...models.video_metadata_batch_response import VideoMetadataBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: VideoMetadataBatchBySessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reports-v3/reports/video-metadata-batch-by-session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | VideoMetadataBatchResponse | None:
    if response.status_code == 200:
        response_200 = VideoMetadataBatchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | VideoMetadataBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchBySessionRequest,
) -> Response[HTTPValidationError | VideoMetadataBatchResponse]:
    """Get Video Metadata Batch By Session

     Video metadata for session-linked reports (e.g. exploration lanes).

    Mirrors /reports/video-metadata-batch but keys on device session id, since
    session-based runs link reports to a device_session rather than a
    test_execution. The response `videos` map is keyed by session id.

    Args:
        body (VideoMetadataBatchBySessionRequest): Request for batch video metadata keyed by
            device session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoMetadataBatchResponse]
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
    body: VideoMetadataBatchBySessionRequest,
) -> HTTPValidationError | VideoMetadataBatchResponse | None:
    """Get Video Metadata Batch By Session

     Video metadata for session-linked reports (e.g. exploration lanes).

    Mirrors /reports/video-metadata-batch but keys on device session id, since
    session-based runs link reports to a device_session rather than a
    test_execution. The response `videos` map is keyed by session id.

    Args:
        body (VideoMetadataBatchBySessionRequest): Request for batch video metadata keyed by
            device session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoMetadataBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchBySessionRequest,
) -> Response[HTTPValidationError | VideoMetadataBatchResponse]:
    """Get Video Metadata Batch By Session

     Video metadata for session-linked reports (e.g. exploration lanes).

    Mirrors /reports/video-metadata-batch but keys on device session id, since
    session-based runs link reports to a device_session rather than a
    test_execution. The response `videos` map is keyed by session id.

    Args:
        body (VideoMetadataBatchBySessionRequest): Request for batch video metadata keyed by
            device session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoMetadataBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoMetadataBatchBySessionRequest,
) -> HTTPValidationError | VideoMetadataBatchResponse | None:
    """Get Video Metadata Batch By Session

     Video metadata for session-linked reports (e.g. exploration lanes).

    Mirrors /reports/video-metadata-batch but keys on device session id, since
    session-based runs link reports to a device_session rather than a
    test_execution. The response `videos` map is keyed by session id.

    Args:
        body (VideoMetadataBatchBySessionRequest): Request for batch video metadata keyed by
            device session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoMetadataBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
