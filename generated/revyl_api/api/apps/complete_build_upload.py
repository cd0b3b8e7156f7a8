from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_upload_complete_request import BuildUploadCompleteRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    version_id: UUID,
    *,
    body: BuildUploadCompleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/builds/{version_id}/complete-upload".format(
            version_id=quote(str(version_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
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
    body: BuildUploadCompleteRequest,
) -> Response[Any | HTTPValidationError]:
    """Complete Build Upload

     Mark a build upload as complete and update metadata.

    Note: artifact_url is now set in upload-url, so this endpoint
    only updates metadata and package_name. It's optional but useful
    for adding additional info after upload completes.

    Args:
        version_id (UUID):
        body (BuildUploadCompleteRequest): Request to mark upload as complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUploadCompleteRequest,
) -> Any | HTTPValidationError | None:
    """Complete Build Upload

     Mark a build upload as complete and update metadata.

    Note: artifact_url is now set in upload-url, so this endpoint
    only updates metadata and package_name. It's optional but useful
    for adding additional info after upload completes.

    Args:
        version_id (UUID):
        body (BuildUploadCompleteRequest): Request to mark upload as complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUploadCompleteRequest,
) -> Response[Any | HTTPValidationError]:
    """Complete Build Upload

     Mark a build upload as complete and update metadata.

    Note: artifact_url is now set in upload-url, so this endpoint
    only updates metadata and package_name. It's optional but useful
    for adding additional info after upload completes.

    Args:
        version_id (UUID):
        body (BuildUploadCompleteRequest): Request to mark upload as complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUploadCompleteRequest,
) -> Any | HTTPValidationError | None:
    """Complete Build Upload

     Mark a build upload as complete and update metadata.

    Note: artifact_url is now set in upload-url, so this endpoint
    only updates metadata and package_name. It's optional but useful
    for adding additional info after upload completes.

    Args:
        version_id (UUID):
        body (BuildUploadCompleteRequest): Request to mark upload as complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
            body=body,
        )
    ).parsed
