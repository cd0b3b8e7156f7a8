from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_multipart_upload_start_request import BuildMultipartUploadStartRequest
from ...models.build_multipart_upload_start_response import BuildMultipartUploadStartResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    body: BuildMultipartUploadStartRequest,
    source: str | Unset = "api",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds/multipart-upload/start".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildMultipartUploadStartResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildMultipartUploadStartResponse.from_dict(response.json())

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
) -> Response[BuildMultipartUploadStartResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildMultipartUploadStartRequest,
    source: str | Unset = "api",
) -> Response[BuildMultipartUploadStartResponse | HTTPValidationError]:
    """Start Build Multipart Upload

     Start an S3 multipart upload into the staging area.

    Like upload-session, no build row is created here: the client uploads
    parts directly to S3, assembles them with the presigned complete URL,
    then POST /{app_id}/builds validates the staged artifact and inserts the
    build row — identical to the single-PUT staging flow from that point on.
    The abort URL is a courtesy: the bucket's AbortIncompleteMultipartUpload
    lifecycle rule frees unfinished parts, and assembled-but-never-finalized
    staging objects are swept when a later session for the same app starts.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildMultipartUploadStartRequest): Request to start an S3 multipart upload for a
            large build artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildMultipartUploadStartResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildMultipartUploadStartRequest,
    source: str | Unset = "api",
) -> BuildMultipartUploadStartResponse | HTTPValidationError | None:
    """Start Build Multipart Upload

     Start an S3 multipart upload into the staging area.

    Like upload-session, no build row is created here: the client uploads
    parts directly to S3, assembles them with the presigned complete URL,
    then POST /{app_id}/builds validates the staged artifact and inserts the
    build row — identical to the single-PUT staging flow from that point on.
    The abort URL is a courtesy: the bucket's AbortIncompleteMultipartUpload
    lifecycle rule frees unfinished parts, and assembled-but-never-finalized
    staging objects are swept when a later session for the same app starts.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildMultipartUploadStartRequest): Request to start an S3 multipart upload for a
            large build artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildMultipartUploadStartResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
        source=source,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildMultipartUploadStartRequest,
    source: str | Unset = "api",
) -> Response[BuildMultipartUploadStartResponse | HTTPValidationError]:
    """Start Build Multipart Upload

     Start an S3 multipart upload into the staging area.

    Like upload-session, no build row is created here: the client uploads
    parts directly to S3, assembles them with the presigned complete URL,
    then POST /{app_id}/builds validates the staged artifact and inserts the
    build row — identical to the single-PUT staging flow from that point on.
    The abort URL is a courtesy: the bucket's AbortIncompleteMultipartUpload
    lifecycle rule frees unfinished parts, and assembled-but-never-finalized
    staging objects are swept when a later session for the same app starts.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildMultipartUploadStartRequest): Request to start an S3 multipart upload for a
            large build artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildMultipartUploadStartResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildMultipartUploadStartRequest,
    source: str | Unset = "api",
) -> BuildMultipartUploadStartResponse | HTTPValidationError | None:
    """Start Build Multipart Upload

     Start an S3 multipart upload into the staging area.

    Like upload-session, no build row is created here: the client uploads
    parts directly to S3, assembles them with the presigned complete URL,
    then POST /{app_id}/builds validates the staged artifact and inserts the
    build row — identical to the single-PUT staging flow from that point on.
    The abort URL is a courtesy: the bucket's AbortIncompleteMultipartUpload
    lifecycle rule frees unfinished parts, and assembled-but-never-finalized
    staging objects are swept when a later session for the same app starts.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildMultipartUploadStartRequest): Request to start an S3 multipart upload for a
            large build artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildMultipartUploadStartResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
            source=source,
        )
    ).parsed
