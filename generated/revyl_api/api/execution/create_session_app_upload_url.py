from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.session_app_upload_url_request import SessionAppUploadUrlRequest
from ...models.session_app_upload_url_response import SessionAppUploadUrlResponse
from ...types import Response


def _get_kwargs(
    workflow_run_id: str,
    *,
    body: SessionAppUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/sessions/{workflow_run_id}/app-upload-url".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SessionAppUploadUrlResponse | None:
    if response.status_code == 200:
        response_200 = SessionAppUploadUrlResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SessionAppUploadUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionAppUploadUrlRequest,
) -> Response[HTTPValidationError | SessionAppUploadUrlResponse]:
    """Create Session App Upload Url

     Presign an S3 PUT for an ephemeral app upload scoped to this session.

    Args:
        workflow_run_id (str):
        body (SessionAppUploadUrlRequest): Request body for a session-scoped app upload URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionAppUploadUrlResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionAppUploadUrlRequest,
) -> HTTPValidationError | SessionAppUploadUrlResponse | None:
    """Create Session App Upload Url

     Presign an S3 PUT for an ephemeral app upload scoped to this session.

    Args:
        workflow_run_id (str):
        body (SessionAppUploadUrlRequest): Request body for a session-scoped app upload URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionAppUploadUrlResponse
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionAppUploadUrlRequest,
) -> Response[HTTPValidationError | SessionAppUploadUrlResponse]:
    """Create Session App Upload Url

     Presign an S3 PUT for an ephemeral app upload scoped to this session.

    Args:
        workflow_run_id (str):
        body (SessionAppUploadUrlRequest): Request body for a session-scoped app upload URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionAppUploadUrlResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionAppUploadUrlRequest,
) -> HTTPValidationError | SessionAppUploadUrlResponse | None:
    """Create Session App Upload Url

     Presign an S3 PUT for an ephemeral app upload scoped to this session.

    Args:
        workflow_run_id (str):
        body (SessionAppUploadUrlRequest): Request body for a session-scoped app upload URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionAppUploadUrlResponse
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
            body=body,
        )
    ).parsed
