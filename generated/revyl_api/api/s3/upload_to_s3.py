from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upload_to_s3_api_v1_storage_s3_upload_post import BodyUploadToS3ApiV1StorageS3UploadPost
from ...models.http_validation_error import HTTPValidationError
from ...models.s3_upload_response import S3UploadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BodyUploadToS3ApiV1StorageS3UploadPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/storage/s3/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | S3UploadResponse | None:
    if response.status_code == 200:
        response_200 = S3UploadResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | S3UploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadToS3ApiV1StorageS3UploadPost,
) -> Response[HTTPValidationError | S3UploadResponse]:
    """Upload To S3

     Upload a file to S3 and return a pre-signed URL

    Args:
        body (BodyUploadToS3ApiV1StorageS3UploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3UploadResponse]
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
    body: BodyUploadToS3ApiV1StorageS3UploadPost,
) -> HTTPValidationError | S3UploadResponse | None:
    """Upload To S3

     Upload a file to S3 and return a pre-signed URL

    Args:
        body (BodyUploadToS3ApiV1StorageS3UploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3UploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadToS3ApiV1StorageS3UploadPost,
) -> Response[HTTPValidationError | S3UploadResponse]:
    """Upload To S3

     Upload a file to S3 and return a pre-signed URL

    Args:
        body (BodyUploadToS3ApiV1StorageS3UploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3UploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadToS3ApiV1StorageS3UploadPost,
) -> HTTPValidationError | S3UploadResponse | None:
    """Upload To S3

     Upload a file to S3 and return a pre-signed URL

    Args:
        body (BodyUploadToS3ApiV1StorageS3UploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3UploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
