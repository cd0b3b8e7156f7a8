from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_stream_upload_build_api_v1_apps_app_id_builds_stream_upload_post import (
    BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
)
from ...models.build_response import BuildResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
    version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds/stream-upload".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildResponse.from_dict(response.json())

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
) -> Response[BuildResponse | HTTPValidationError]:
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
    body: BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
    version: str,
) -> Response[BuildResponse | HTTPValidationError]:
    """Stream Upload Build

     Stream upload a build artifact directly to S3.

    This endpoint handles the entire upload flow in one request:
    1. Validates the app and version
    2. Streams the file directly to S3 (memory-efficient for large files)
    3. Extracts package ID from the artifact (Android package name or iOS bundle ID)
    4. Creates the build record with the artifact URL and package info

    Use this instead of upload-url + direct S3 upload when you want
    a simpler single-request upload flow.

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        body (BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
    version: str,
) -> BuildResponse | HTTPValidationError | None:
    """Stream Upload Build

     Stream upload a build artifact directly to S3.

    This endpoint handles the entire upload flow in one request:
    1. Validates the app and version
    2. Streams the file directly to S3 (memory-efficient for large files)
    3. Extracts package ID from the artifact (Android package name or iOS bundle ID)
    4. Creates the build record with the artifact URL and package info

    Use this instead of upload-url + direct S3 upload when you want
    a simpler single-request upload flow.

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        body (BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
    version: str,
) -> Response[BuildResponse | HTTPValidationError]:
    """Stream Upload Build

     Stream upload a build artifact directly to S3.

    This endpoint handles the entire upload flow in one request:
    1. Validates the app and version
    2. Streams the file directly to S3 (memory-efficient for large files)
    3. Extracts package ID from the artifact (Android package name or iOS bundle ID)
    4. Creates the build record with the artifact URL and package info

    Use this instead of upload-url + direct S3 upload when you want
    a simpler single-request upload flow.

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        body (BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost,
    version: str,
) -> BuildResponse | HTTPValidationError | None:
    """Stream Upload Build

     Stream upload a build artifact directly to S3.

    This endpoint handles the entire upload flow in one request:
    1. Validates the app and version
    2. Streams the file directly to S3 (memory-efficient for large files)
    3. Extracts package ID from the artifact (Android package name or iOS bundle ID)
    4. Creates the build record with the artifact URL and package info

    Use this instead of upload-url + direct S3 upload when you want
    a simpler single-request upload flow.

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        body (BodyStreamUploadBuildApiV1AppsAppIdBuildsStreamUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed
