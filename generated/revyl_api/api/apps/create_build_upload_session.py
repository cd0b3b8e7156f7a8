from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_upload_session_request import BuildUploadSessionRequest
from ...models.build_upload_session_response import BuildUploadSessionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    body: BuildUploadSessionRequest,
    source: str | Unset = "api",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds/upload-session".format(
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
) -> BuildUploadSessionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildUploadSessionResponse.from_dict(response.json())

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
) -> Response[BuildUploadSessionResponse | HTTPValidationError]:
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
    body: BuildUploadSessionRequest,
    source: str | Unset = "api",
) -> Response[BuildUploadSessionResponse | HTTPValidationError]:
    """Create Build Upload Session

     Open a staging upload session for a new build artifact.

    Returns a presigned URL targeting the staging area. No build row is
    created here — POST /{app_id}/builds creates the build after the
    uploaded artifact passes validation, so a build row only ever exists
    for installable builds. Abandoned staging uploads are swept when a
    later session for the same app starts; there is nothing for clients
    to clean up.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildUploadSessionRequest): Request to open a staging upload session for a new build
            artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildUploadSessionResponse | HTTPValidationError]
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
    body: BuildUploadSessionRequest,
    source: str | Unset = "api",
) -> BuildUploadSessionResponse | HTTPValidationError | None:
    """Create Build Upload Session

     Open a staging upload session for a new build artifact.

    Returns a presigned URL targeting the staging area. No build row is
    created here — POST /{app_id}/builds creates the build after the
    uploaded artifact passes validation, so a build row only ever exists
    for installable builds. Abandoned staging uploads are swept when a
    later session for the same app starts; there is nothing for clients
    to clean up.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildUploadSessionRequest): Request to open a staging upload session for a new build
            artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildUploadSessionResponse | HTTPValidationError
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
    body: BuildUploadSessionRequest,
    source: str | Unset = "api",
) -> Response[BuildUploadSessionResponse | HTTPValidationError]:
    """Create Build Upload Session

     Open a staging upload session for a new build artifact.

    Returns a presigned URL targeting the staging area. No build row is
    created here — POST /{app_id}/builds creates the build after the
    uploaded artifact passes validation, so a build row only ever exists
    for installable builds. Abandoned staging uploads are swept when a
    later session for the same app starts; there is nothing for clients
    to clean up.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildUploadSessionRequest): Request to open a staging upload session for a new build
            artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildUploadSessionResponse | HTTPValidationError]
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
    body: BuildUploadSessionRequest,
    source: str | Unset = "api",
) -> BuildUploadSessionResponse | HTTPValidationError | None:
    """Create Build Upload Session

     Open a staging upload session for a new build artifact.

    Returns a presigned URL targeting the staging area. No build row is
    created here — POST /{app_id}/builds creates the build after the
    uploaded artifact passes validation, so a build row only ever exists
    for installable builds. Abandoned staging uploads are swept when a
    later session for the same app starts; there is nothing for clients
    to clean up.

    Args:
        app_id (UUID):
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.
        body (BuildUploadSessionRequest): Request to open a staging upload session for a new build
            artifact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildUploadSessionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
            source=source,
        )
    ).parsed
