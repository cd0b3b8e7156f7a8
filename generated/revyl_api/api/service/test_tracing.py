from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_tracing_response_200 import TestTracingResponse200
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_tracing",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TestTracingResponse200 | None:
    if response.status_code == 200:
        response_200 = TestTracingResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TestTracingResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TestTracingResponse200]:
    """Test Tracing

     Test endpoint to verify OpenTelemetry tracing and log correlation is working.
    Returns the current trace ID if tracing is active.

    This endpoint demonstrates:
    - Trace/span ID capture
    - Semantic conventions usage
    - Log correlation with traces
    - Execution context propagation

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestTracingResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TestTracingResponse200 | None:
    """Test Tracing

     Test endpoint to verify OpenTelemetry tracing and log correlation is working.
    Returns the current trace ID if tracing is active.

    This endpoint demonstrates:
    - Trace/span ID capture
    - Semantic conventions usage
    - Log correlation with traces
    - Execution context propagation

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestTracingResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TestTracingResponse200]:
    """Test Tracing

     Test endpoint to verify OpenTelemetry tracing and log correlation is working.
    Returns the current trace ID if tracing is active.

    This endpoint demonstrates:
    - Trace/span ID capture
    - Semantic conventions usage
    - Log correlation with traces
    - Execution context propagation

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestTracingResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TestTracingResponse200 | None:
    """Test Tracing

     Test endpoint to verify OpenTelemetry tracing and log correlation is working.
    Returns the current trace ID if tracing is active.

    This endpoint demonstrates:
    - Trace/span ID capture
    - Semantic conventions usage
    - Log correlation with traces
    - Execution context propagation

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestTracingResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
