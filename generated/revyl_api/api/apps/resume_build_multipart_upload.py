from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_multipart_upload_resume_request import BuildMultipartUploadResumeRequest
from ...models.build_multipart_upload_resume_response import BuildMultipartUploadResumeResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: BuildMultipartUploadResumeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds/multipart-upload/resume".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildMultipartUploadResumeResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildMultipartUploadResumeResponse.from_dict(response.json())

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
) -> Response[BuildMultipartUploadResumeResponse | HTTPValidationError]:
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
    body: BuildMultipartUploadResumeRequest,
) -> Response[BuildMultipartUploadResumeResponse | HTTPValidationError]:
    """Resume Build Multipart Upload

     Resume an interrupted multipart upload started by the route above.

    S3 is the only durable record of an in-progress upload (no build row
    exists yet), so this asks S3 which parts it already holds and re-presigns
    fresh URLs for every part. The client uploads only the missing parts and
    assembles the object with the returned ETags — a dropped connection costs
    one part, never the whole artifact. The part_size is recomputed from the
    unchanged file_size, so it matches the original start deterministically.

    Args:
        app_id (UUID):
        body (BuildMultipartUploadResumeRequest): Request to resume an interrupted multipart
            upload.

            The client persists the start response and replays the identifying fields
            here; the server reconstructs the same staging key, asks S3 which parts it
            already holds, and re-presigns fresh URLs for the remaining parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildMultipartUploadResumeResponse | HTTPValidationError]
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
    body: BuildMultipartUploadResumeRequest,
) -> BuildMultipartUploadResumeResponse | HTTPValidationError | None:
    """Resume Build Multipart Upload

     Resume an interrupted multipart upload started by the route above.

    S3 is the only durable record of an in-progress upload (no build row
    exists yet), so this asks S3 which parts it already holds and re-presigns
    fresh URLs for every part. The client uploads only the missing parts and
    assembles the object with the returned ETags — a dropped connection costs
    one part, never the whole artifact. The part_size is recomputed from the
    unchanged file_size, so it matches the original start deterministically.

    Args:
        app_id (UUID):
        body (BuildMultipartUploadResumeRequest): Request to resume an interrupted multipart
            upload.

            The client persists the start response and replays the identifying fields
            here; the server reconstructs the same staging key, asks S3 which parts it
            already holds, and re-presigns fresh URLs for the remaining parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildMultipartUploadResumeResponse | HTTPValidationError
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
    body: BuildMultipartUploadResumeRequest,
) -> Response[BuildMultipartUploadResumeResponse | HTTPValidationError]:
    """Resume Build Multipart Upload

     Resume an interrupted multipart upload started by the route above.

    S3 is the only durable record of an in-progress upload (no build row
    exists yet), so this asks S3 which parts it already holds and re-presigns
    fresh URLs for every part. The client uploads only the missing parts and
    assembles the object with the returned ETags — a dropped connection costs
    one part, never the whole artifact. The part_size is recomputed from the
    unchanged file_size, so it matches the original start deterministically.

    Args:
        app_id (UUID):
        body (BuildMultipartUploadResumeRequest): Request to resume an interrupted multipart
            upload.

            The client persists the start response and replays the identifying fields
            here; the server reconstructs the same staging key, asks S3 which parts it
            already holds, and re-presigns fresh URLs for the remaining parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildMultipartUploadResumeResponse | HTTPValidationError]
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
    body: BuildMultipartUploadResumeRequest,
) -> BuildMultipartUploadResumeResponse | HTTPValidationError | None:
    """Resume Build Multipart Upload

     Resume an interrupted multipart upload started by the route above.

    S3 is the only durable record of an in-progress upload (no build row
    exists yet), so this asks S3 which parts it already holds and re-presigns
    fresh URLs for every part. The client uploads only the missing parts and
    assembles the object with the returned ETags — a dropped connection costs
    one part, never the whole artifact. The part_size is recomputed from the
    unchanged file_size, so it matches the original start deterministically.

    Args:
        app_id (UUID):
        body (BuildMultipartUploadResumeRequest): Request to resume an interrupted multipart
            upload.

            The client persists the start response and replays the identifying fields
            here; the server reconstructs the same staging key, asks S3 which parts it
            already holds, and re-presigns fresh URLs for the remaining parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildMultipartUploadResumeResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
