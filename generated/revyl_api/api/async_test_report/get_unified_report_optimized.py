from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.shared_report_optimized_response import SharedReportOptimizedResponse
from ...models.unified_report_request import UnifiedReportRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UnifiedReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/report/async-run/unified-report-optimized",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SharedReportOptimizedResponse | None:
    if response.status_code == 200:
        response_200 = SharedReportOptimizedResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SharedReportOptimizedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UnifiedReportRequest,
) -> Response[HTTPValidationError | SharedReportOptimizedResponse]:
    """Get Unified Report Optimized

     Unified endpoint that handles both public (token-based) and internal (auth-based) report access.

    Public access modes:
    - testId + token: Look up shareable_reports by test_id
    - taskId + token: Look up shareable_reports by task_id (for workflow child tests)

    Internal access mode:
    - taskId (with auth): Direct access for authenticated users

    Args:
        body (UnifiedReportRequest): Request model for unified report endpoint that supports both
            token and auth-based access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SharedReportOptimizedResponse]
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
    body: UnifiedReportRequest,
) -> HTTPValidationError | SharedReportOptimizedResponse | None:
    """Get Unified Report Optimized

     Unified endpoint that handles both public (token-based) and internal (auth-based) report access.

    Public access modes:
    - testId + token: Look up shareable_reports by test_id
    - taskId + token: Look up shareable_reports by task_id (for workflow child tests)

    Internal access mode:
    - taskId (with auth): Direct access for authenticated users

    Args:
        body (UnifiedReportRequest): Request model for unified report endpoint that supports both
            token and auth-based access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SharedReportOptimizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UnifiedReportRequest,
) -> Response[HTTPValidationError | SharedReportOptimizedResponse]:
    """Get Unified Report Optimized

     Unified endpoint that handles both public (token-based) and internal (auth-based) report access.

    Public access modes:
    - testId + token: Look up shareable_reports by test_id
    - taskId + token: Look up shareable_reports by task_id (for workflow child tests)

    Internal access mode:
    - taskId (with auth): Direct access for authenticated users

    Args:
        body (UnifiedReportRequest): Request model for unified report endpoint that supports both
            token and auth-based access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SharedReportOptimizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UnifiedReportRequest,
) -> HTTPValidationError | SharedReportOptimizedResponse | None:
    """Get Unified Report Optimized

     Unified endpoint that handles both public (token-based) and internal (auth-based) report access.

    Public access modes:
    - testId + token: Look up shareable_reports by test_id
    - taskId + token: Look up shareable_reports by task_id (for workflow child tests)

    Internal access mode:
    - taskId (with auth): Direct access for authenticated users

    Args:
        body (UnifiedReportRequest): Request model for unified report endpoint that supports both
            token and auth-based access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SharedReportOptimizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
