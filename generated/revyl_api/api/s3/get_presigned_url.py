from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.s3_presigned_url_response import S3PresignedUrlResponse
from ...types import Response


def _get_kwargs(
    bucket_name: str,
    file_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/storage/s3/presigned-url/{bucket_name}/{file_key}".format(
            bucket_name=quote(str(bucket_name), safe=""),
            file_key=quote(str(file_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | S3PresignedUrlResponse | None:
    if response.status_code == 200:
        response_200 = S3PresignedUrlResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | S3PresignedUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket_name: str,
    file_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | S3PresignedUrlResponse]:
    """Get Presigned Url

     Generate a pre-signed URL for an S3 object

    Args:
        bucket_name (str):
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3PresignedUrlResponse]
    """

    kwargs = _get_kwargs(
        bucket_name=bucket_name,
        file_key=file_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_name: str,
    file_key: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | S3PresignedUrlResponse | None:
    """Get Presigned Url

     Generate a pre-signed URL for an S3 object

    Args:
        bucket_name (str):
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3PresignedUrlResponse
    """

    return sync_detailed(
        bucket_name=bucket_name,
        file_key=file_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    bucket_name: str,
    file_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | S3PresignedUrlResponse]:
    """Get Presigned Url

     Generate a pre-signed URL for an S3 object

    Args:
        bucket_name (str):
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | S3PresignedUrlResponse]
    """

    kwargs = _get_kwargs(
        bucket_name=bucket_name,
        file_key=file_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_name: str,
    file_key: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | S3PresignedUrlResponse | None:
    """Get Presigned Url

     Generate a pre-signed URL for an S3 object

    Args:
        bucket_name (str):
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | S3PresignedUrlResponse
    """

    return (
        await asyncio_detailed(
            bucket_name=bucket_name,
            file_key=file_key,
            client=client,
        )
    ).parsed
