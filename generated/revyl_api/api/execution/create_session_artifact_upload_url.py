from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.session_artifact_upload_request import SessionArtifactUploadRequest
from ...models.session_artifact_upload_response import SessionArtifactUploadResponse
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: SessionArtifactUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/device-sessions/{session_id}/artifacts/upload-url".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SessionArtifactUploadResponse | None:
    if response.status_code == 200:
        response_200 = SessionArtifactUploadResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SessionArtifactUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionArtifactUploadRequest,
) -> Response[HTTPValidationError | SessionArtifactUploadResponse]:
    """Create Session Artifact Upload Url

     Generate presigned S3 URLs for an ephemeral session artifact.

    Used by the CLI dev-loop to push delta zips to the worker without
    creating persistent database records. Artifacts are scoped to the
    session and expire automatically via S3 presigned URL TTLs.

    Params:
        session_id: The device session to associate the artifact with.
        request: File size and content type of the artifact.
        auth_info: Caller identity (injected via Depends).

    Returns:
        SessionArtifactUploadResponse with upload_url, download_url, s3_key.

    Raises:
        HTTPException 403: If org context is missing.
        HTTPException 404: If the session is not found or not owned by the org.

    Args:
        session_id (str):
        body (SessionArtifactUploadRequest): Request body for generating an ephemeral artifact
            upload URL.

            Params:
                file_size: Size of the artifact in bytes. Must be <= 100 MB.
                content_type: MIME type of the artifact. Defaults to application/zip.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionArtifactUploadResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionArtifactUploadRequest,
) -> HTTPValidationError | SessionArtifactUploadResponse | None:
    """Create Session Artifact Upload Url

     Generate presigned S3 URLs for an ephemeral session artifact.

    Used by the CLI dev-loop to push delta zips to the worker without
    creating persistent database records. Artifacts are scoped to the
    session and expire automatically via S3 presigned URL TTLs.

    Params:
        session_id: The device session to associate the artifact with.
        request: File size and content type of the artifact.
        auth_info: Caller identity (injected via Depends).

    Returns:
        SessionArtifactUploadResponse with upload_url, download_url, s3_key.

    Raises:
        HTTPException 403: If org context is missing.
        HTTPException 404: If the session is not found or not owned by the org.

    Args:
        session_id (str):
        body (SessionArtifactUploadRequest): Request body for generating an ephemeral artifact
            upload URL.

            Params:
                file_size: Size of the artifact in bytes. Must be <= 100 MB.
                content_type: MIME type of the artifact. Defaults to application/zip.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionArtifactUploadResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionArtifactUploadRequest,
) -> Response[HTTPValidationError | SessionArtifactUploadResponse]:
    """Create Session Artifact Upload Url

     Generate presigned S3 URLs for an ephemeral session artifact.

    Used by the CLI dev-loop to push delta zips to the worker without
    creating persistent database records. Artifacts are scoped to the
    session and expire automatically via S3 presigned URL TTLs.

    Params:
        session_id: The device session to associate the artifact with.
        request: File size and content type of the artifact.
        auth_info: Caller identity (injected via Depends).

    Returns:
        SessionArtifactUploadResponse with upload_url, download_url, s3_key.

    Raises:
        HTTPException 403: If org context is missing.
        HTTPException 404: If the session is not found or not owned by the org.

    Args:
        session_id (str):
        body (SessionArtifactUploadRequest): Request body for generating an ephemeral artifact
            upload URL.

            Params:
                file_size: Size of the artifact in bytes. Must be <= 100 MB.
                content_type: MIME type of the artifact. Defaults to application/zip.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionArtifactUploadResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionArtifactUploadRequest,
) -> HTTPValidationError | SessionArtifactUploadResponse | None:
    """Create Session Artifact Upload Url

     Generate presigned S3 URLs for an ephemeral session artifact.

    Used by the CLI dev-loop to push delta zips to the worker without
    creating persistent database records. Artifacts are scoped to the
    session and expire automatically via S3 presigned URL TTLs.

    Params:
        session_id: The device session to associate the artifact with.
        request: File size and content type of the artifact.
        auth_info: Caller identity (injected via Depends).

    Returns:
        SessionArtifactUploadResponse with upload_url, download_url, s3_key.

    Raises:
        HTTPException 403: If org context is missing.
        HTTPException 404: If the session is not found or not owned by the org.

    Args:
        session_id (str):
        body (SessionArtifactUploadRequest): Request body for generating an ephemeral artifact
            upload URL.

            Params:
                file_size: Size of the artifact in bytes. Must be <= 100 MB.
                content_type: MIME type of the artifact. Defaults to application/zip.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionArtifactUploadResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
