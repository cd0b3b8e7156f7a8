from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_execution_task_update_response import TestExecutionTaskUpdateResponse
from ...models.test_execution_tasks_enhanced_update import TestExecutionTasksEnhancedUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: TestExecutionTasksEnhancedUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tests/update_enhanced_test_execution_task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestExecutionTaskUpdateResponse | None:
    if response.status_code == 200:
        response_200 = TestExecutionTaskUpdateResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestExecutionTaskUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TestExecutionTasksEnhancedUpdate,
) -> Response[HTTPValidationError | TestExecutionTaskUpdateResponse]:
    """Update Enhanced Test Execution Task

     Update an existing enhanced test execution task with detailed tracking support.

    Args:
        body (TestExecutionTasksEnhancedUpdate): Partial update model for enhanced test execution
            tasks (writer input).

            Note: status, phase, and timing are NOT written to test_executions.
            Device_sessions is the source of truth for state and timing.

            created_at and updated_at are auto-managed by the database:
            - created_at: set once at insert (DEFAULT NOW())
            - updated_at: auto-updated by tr_test_executions_updated_at trigger

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestExecutionTaskUpdateResponse]
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
    body: TestExecutionTasksEnhancedUpdate,
) -> HTTPValidationError | TestExecutionTaskUpdateResponse | None:
    """Update Enhanced Test Execution Task

     Update an existing enhanced test execution task with detailed tracking support.

    Args:
        body (TestExecutionTasksEnhancedUpdate): Partial update model for enhanced test execution
            tasks (writer input).

            Note: status, phase, and timing are NOT written to test_executions.
            Device_sessions is the source of truth for state and timing.

            created_at and updated_at are auto-managed by the database:
            - created_at: set once at insert (DEFAULT NOW())
            - updated_at: auto-updated by tr_test_executions_updated_at trigger

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestExecutionTaskUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TestExecutionTasksEnhancedUpdate,
) -> Response[HTTPValidationError | TestExecutionTaskUpdateResponse]:
    """Update Enhanced Test Execution Task

     Update an existing enhanced test execution task with detailed tracking support.

    Args:
        body (TestExecutionTasksEnhancedUpdate): Partial update model for enhanced test execution
            tasks (writer input).

            Note: status, phase, and timing are NOT written to test_executions.
            Device_sessions is the source of truth for state and timing.

            created_at and updated_at are auto-managed by the database:
            - created_at: set once at insert (DEFAULT NOW())
            - updated_at: auto-updated by tr_test_executions_updated_at trigger

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestExecutionTaskUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TestExecutionTasksEnhancedUpdate,
) -> HTTPValidationError | TestExecutionTaskUpdateResponse | None:
    """Update Enhanced Test Execution Task

     Update an existing enhanced test execution task with detailed tracking support.

    Args:
        body (TestExecutionTasksEnhancedUpdate): Partial update model for enhanced test execution
            tasks (writer input).

            Note: status, phase, and timing are NOT written to test_executions.
            Device_sessions is the source of truth for state and timing.

            created_at and updated_at are auto-managed by the database:
            - created_at: set once at insert (DEFAULT NOW())
            - updated_at: auto-updated by tr_test_executions_updated_at trigger

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestExecutionTaskUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
