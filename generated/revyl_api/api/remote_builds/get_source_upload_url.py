from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remote_build_source_upload_request import RemoteBuildSourceUploadRequest
from ...models.remote_build_source_upload_response import RemoteBuildSourceUploadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RemoteBuildSourceUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/remote/upload-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoteBuildSourceUploadResponse | None:
    if response.status_code == 200:
        response_200 = RemoteBuildSourceUploadResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoteBuildSourceUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildSourceUploadRequest,
) -> Response[HTTPValidationError | RemoteBuildSourceUploadResponse]:
    """Get Source Upload Url

     Generate a presigned POST for uploading a remote-build source archive.

    Args:
        body (RemoteBuildSourceUploadRequest): Request body for obtaining a presigned URL to
            upload source code.

            Attributes:
                app_id: UUID of the target app.
                filename: Original filename of the source archive.
                file_size: Size of the archive in bytes. Optional — the S3
                    presigned POST ``content-length-range`` condition enforces the
                    size limit at upload time regardless of this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildSourceUploadResponse]
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
    body: RemoteBuildSourceUploadRequest,
) -> HTTPValidationError | RemoteBuildSourceUploadResponse | None:
    """Get Source Upload Url

     Generate a presigned POST for uploading a remote-build source archive.

    Args:
        body (RemoteBuildSourceUploadRequest): Request body for obtaining a presigned URL to
            upload source code.

            Attributes:
                app_id: UUID of the target app.
                filename: Original filename of the source archive.
                file_size: Size of the archive in bytes. Optional — the S3
                    presigned POST ``content-length-range`` condition enforces the
                    size limit at upload time regardless of this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildSourceUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildSourceUploadRequest,
) -> Response[HTTPValidationError | RemoteBuildSourceUploadResponse]:
    """Get Source Upload Url

     Generate a presigned POST for uploading a remote-build source archive.

    Args:
        body (RemoteBuildSourceUploadRequest): Request body for obtaining a presigned URL to
            upload source code.

            Attributes:
                app_id: UUID of the target app.
                filename: Original filename of the source archive.
                file_size: Size of the archive in bytes. Optional — the S3
                    presigned POST ``content-length-range`` condition enforces the
                    size limit at upload time regardless of this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildSourceUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildSourceUploadRequest,
) -> HTTPValidationError | RemoteBuildSourceUploadResponse | None:
    """Get Source Upload Url

     Generate a presigned POST for uploading a remote-build source archive.

    Args:
        body (RemoteBuildSourceUploadRequest): Request body for obtaining a presigned URL to
            upload source code.

            Attributes:
                app_id: UUID of the target app.
                filename: Original filename of the source archive.
                file_size: Size of the archive in bytes. Optional — the S3
                    presigned POST ``content-length-range`` condition enforces the
                    size limit at upload time regardless of this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildSourceUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
