from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.shareable_report_by_session_model import ShareableReportBySessionModel
from ...models.shareable_report_response import ShareableReportResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ShareableReportBySessionModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/report/async-run/generate_shareable_report_link_by_session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ShareableReportResponse | None:
    if response.status_code == 200:
        response_200 = ShareableReportResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ShareableReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ShareableReportBySessionModel,
) -> Response[HTTPValidationError | ShareableReportResponse]:
    """Generate Shareable Report Link By Session

     Generate a shareable report link for a device session.

    Validates org ownership via device_sessions, then upserts into
    shareable_session_reports and returns a token-only public URL.

    Args:
        payload: Contains session_id, optional origin and expiration_hours.
        request: The incoming HTTP request.
        auth_info: Authenticated caller context.

    Returns:
        ShareableReportResponse with the generated link.

    Raises:
        HTTPException: 400 if session_id missing, 404 if session not found.

    Args:
        body (ShareableReportBySessionModel): Request model for generating a shareable report link
            by session_id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShareableReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ShareableReportBySessionModel,
) -> HTTPValidationError | ShareableReportResponse | None:
    """Generate Shareable Report Link By Session

     Generate a shareable report link for a device session.

    Validates org ownership via device_sessions, then upserts into
    shareable_session_reports and returns a token-only public URL.

    Args:
        payload: Contains session_id, optional origin and expiration_hours.
        request: The incoming HTTP request.
        auth_info: Authenticated caller context.

    Returns:
        ShareableReportResponse with the generated link.

    Raises:
        HTTPException: 400 if session_id missing, 404 if session not found.

    Args:
        body (ShareableReportBySessionModel): Request model for generating a shareable report link
            by session_id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShareableReportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShareableReportBySessionModel,
) -> Response[HTTPValidationError | ShareableReportResponse]:
    """Generate Shareable Report Link By Session

     Generate a shareable report link for a device session.

    Validates org ownership via device_sessions, then upserts into
    shareable_session_reports and returns a token-only public URL.

    Args:
        payload: Contains session_id, optional origin and expiration_hours.
        request: The incoming HTTP request.
        auth_info: Authenticated caller context.

    Returns:
        ShareableReportResponse with the generated link.

    Raises:
        HTTPException: 400 if session_id missing, 404 if session not found.

    Args:
        body (ShareableReportBySessionModel): Request model for generating a shareable report link
            by session_id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShareableReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ShareableReportBySessionModel,
) -> HTTPValidationError | ShareableReportResponse | None:
    """Generate Shareable Report Link By Session

     Generate a shareable report link for a device session.

    Validates org ownership via device_sessions, then upserts into
    shareable_session_reports and returns a token-only public URL.

    Args:
        payload: Contains session_id, optional origin and expiration_hours.
        request: The incoming HTTP request.
        auth_info: Authenticated caller context.

    Returns:
        ShareableReportResponse with the generated link.

    Raises:
        HTTPException: 400 if session_id missing, 404 if session not found.

    Args:
        body (ShareableReportBySessionModel): Request model for generating a shareable report link
            by session_id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShareableReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
