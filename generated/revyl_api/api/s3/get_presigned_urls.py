from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.s3_presigned_urls_request import S3PresignedUrlsRequest
from ...models.s3_presigned_urls_response import S3PresignedUrlsResponse
from ...types import Response


def _get_kwargs(
    bucket_name: str,
    *,
    body: S3PresignedUrlsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/storage/s3/presigned-urls/{bucket_name}".format(
            bucket_name=quote(str(bucket_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | S3PresignedUrlsResponse | None:
    if response.status_code == 200:
        response_200 = S3PresignedUrlsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | S3PresignedUrlsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket_name: str,
    *,
    client: AuthenticatedClient,
    body: S3PresignedUrlsRequest,
) -> Response[HTTPValidationError | S3PresignedUrlsResponse]:
    """Get Presigned Urls

     Generate pre-signed URLs for a batch of S3 objects.

    Args:
        bucket_name (str):
        body (S3PresignedUrlsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3PresignedUrlsResponse]
    """

    kwargs = _get_kwargs(
        bucket_name=bucket_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_name: str,
    *,
    client: AuthenticatedClient,
    body: S3PresignedUrlsRequest,
) -> HTTPValidationError | S3PresignedUrlsResponse | None:
    """Get Presigned Urls

     Generate pre-signed URLs for a batch of S3 objects.

    Args:
        bucket_name (str):
        body (S3PresignedUrlsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3PresignedUrlsResponse
    """

    return sync_detailed(
        bucket_name=bucket_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bucket_name: str,
    *,
    client: AuthenticatedClient,
    body: S3PresignedUrlsRequest,
) -> Response[HTTPValidationError | S3PresignedUrlsResponse]:
    """Get Presigned Urls

     Generate pre-signed URLs for a batch of S3 objects.

    Args:
        bucket_name (str):
        body (S3PresignedUrlsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3PresignedUrlsResponse]
    """

    kwargs = _get_kwargs(
        bucket_name=bucket_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_name: str,
    *,
    client: AuthenticatedClient,
    body: S3PresignedUrlsRequest,
) -> HTTPValidationError | S3PresignedUrlsResponse | None:
    """Get Presigned Urls

     Generate pre-signed URLs for a batch of S3 objects.

    Args:
        bucket_name (str):
        body (S3PresignedUrlsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3PresignedUrlsResponse
    """

    return (
        await asyncio_detailed(
            bucket_name=bucket_name,
            client=client,
            body=body,
        )
    ).parsed
