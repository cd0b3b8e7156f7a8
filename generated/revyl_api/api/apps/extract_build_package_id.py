from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extract_build_package_id_response import ExtractBuildPackageIdResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    version_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/builds/{version_id}/extract-package-id".format(
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExtractBuildPackageIdResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExtractBuildPackageIdResponse.from_dict(response.json())

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
) -> Response[ExtractBuildPackageIdResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ExtractBuildPackageIdResponse | HTTPValidationError]:
    """Extract Build Package Id

     Extract package identifier from an uploaded build artifact for a specific version.
    This can be called immediately after the browser finishes uploading the file,
    before the client calls complete-upload. We locate the artifact in S3 by prefix.

    Args:
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractBuildPackageIdResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ExtractBuildPackageIdResponse | HTTPValidationError | None:
    """Extract Build Package Id

     Extract package identifier from an uploaded build artifact for a specific version.
    This can be called immediately after the browser finishes uploading the file,
    before the client calls complete-upload. We locate the artifact in S3 by prefix.

    Args:
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractBuildPackageIdResponse | HTTPValidationError
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ExtractBuildPackageIdResponse | HTTPValidationError]:
    """Extract Build Package Id

     Extract package identifier from an uploaded build artifact for a specific version.
    This can be called immediately after the browser finishes uploading the file,
    before the client calls complete-upload. We locate the artifact in S3 by prefix.

    Args:
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractBuildPackageIdResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ExtractBuildPackageIdResponse | HTTPValidationError | None:
    """Extract Build Package Id

     Extract package identifier from an uploaded build artifact for a specific version.
    This can be called immediately after the browser finishes uploading the file,
    before the client calls complete-upload. We locate the artifact in S3 by prefix.

    Args:
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractBuildPackageIdResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
        )
    ).parsed
