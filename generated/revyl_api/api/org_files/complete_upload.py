from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_file import OrgFile
from ...models.org_file_complete_upload_request import OrgFileCompleteUploadRequest
from ...types import Response


def _get_kwargs(
    file_id: UUID,
    *,
    body: OrgFileCompleteUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files/{file_id}/complete-upload".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgFile | None:
    if response.status_code == 200:
        response_200 = OrgFile.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgFileCompleteUploadRequest,
) -> Response[HTTPValidationError | OrgFile]:
    """Complete Upload

     Confirm that an S3 upload completed successfully.

    For new uploads: flips status from 'pending' to 'ready'.
    For replacements: updates s3_key/filename/size and keeps status 'ready'.

    Args:
        file_id (UUID):
        body (OrgFileCompleteUploadRequest): Request body for confirming a file upload completed
            successfully.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgFile]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgFileCompleteUploadRequest,
) -> HTTPValidationError | OrgFile | None:
    """Complete Upload

     Confirm that an S3 upload completed successfully.

    For new uploads: flips status from 'pending' to 'ready'.
    For replacements: updates s3_key/filename/size and keeps status 'ready'.

    Args:
        file_id (UUID):
        body (OrgFileCompleteUploadRequest): Request body for confirming a file upload completed
            successfully.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgFile
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgFileCompleteUploadRequest,
) -> Response[HTTPValidationError | OrgFile]:
    """Complete Upload

     Confirm that an S3 upload completed successfully.

    For new uploads: flips status from 'pending' to 'ready'.
    For replacements: updates s3_key/filename/size and keeps status 'ready'.

    Args:
        file_id (UUID):
        body (OrgFileCompleteUploadRequest): Request body for confirming a file upload completed
            successfully.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgFile]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgFileCompleteUploadRequest,
) -> HTTPValidationError | OrgFile | None:
    """Complete Upload

     Confirm that an S3 upload completed successfully.

    For new uploads: flips status from 'pending' to 'ready'.
    For replacements: updates s3_key/filename/size and keeps status 'ready'.

    Args:
        file_id (UUID):
        body (OrgFileCompleteUploadRequest): Request body for confirming a file upload completed
            successfully.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgFile
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
