from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_create_from_upload_request import BuildCreateFromUploadRequest
from ...models.build_response import BuildResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: BuildCreateFromUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: BuildCreateFromUploadRequest,
) -> Response[BuildResponse | HTTPValidationError]:
    """Create Build From Upload

     Create a build from a completed staging upload.

    Locates the artifact staged by the upload session, validates it
    server-side, copies it to its permanent location, and inserts the build
    row. Invalid artifacts never produce a build row; their staging objects
    are deleted immediately.

    Args:
        app_id (UUID):
        body (BuildCreateFromUploadRequest): Request to create a build from a completed staging
            upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildCreateFromUploadRequest,
) -> BuildResponse | HTTPValidationError | None:
    """Create Build From Upload

     Create a build from a completed staging upload.

    Locates the artifact staged by the upload session, validates it
    server-side, copies it to its permanent location, and inserts the build
    row. Invalid artifacts never produce a build row; their staging objects
    are deleted immediately.

    Args:
        app_id (UUID):
        body (BuildCreateFromUploadRequest): Request to create a build from a completed staging
            upload.

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
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildCreateFromUploadRequest,
) -> Response[BuildResponse | HTTPValidationError]:
    """Create Build From Upload

     Create a build from a completed staging upload.

    Locates the artifact staged by the upload session, validates it
    server-side, copies it to its permanent location, and inserts the build
    row. Invalid artifacts never produce a build row; their staging objects
    are deleted immediately.

    Args:
        app_id (UUID):
        body (BuildCreateFromUploadRequest): Request to create a build from a completed staging
            upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildCreateFromUploadRequest,
) -> BuildResponse | HTTPValidationError | None:
    """Create Build From Upload

     Create a build from a completed staging upload.

    Locates the artifact staged by the upload session, validates it
    server-side, copies it to its permanent location, and inserts the build
    row. Invalid artifacts never produce a build row; their staging objects
    are deleted immediately.

    Args:
        app_id (UUID):
        body (BuildCreateFromUploadRequest): Request to create a build from a completed staging
            upload.

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
        )
    ).parsed
