from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.update_test_task_response_update_test_task_api_v1_workflows_tasks_update_test_task_put import (
    UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut,
)
from ...models.update_test_task_update_data import UpdateTestTaskUpdateData
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateTestTaskUpdateData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/workflows/tasks/update_test_task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut | None:
    if response.status_code == 200:
        response_200 = UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut.from_dict(
            response.json()
        )

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
) -> Response[HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTestTaskUpdateData,
) -> Response[HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut]:
    """Update Test Task

     Update an existing test execution.

    Note: status, phase, and timing are NOT stored on test_executions.
    They come from device_sessions (source of truth).

    Args:
        body (UpdateTestTaskUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut]
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
    body: UpdateTestTaskUpdateData,
) -> HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut | None:
    """Update Test Task

     Update an existing test execution.

    Note: status, phase, and timing are NOT stored on test_executions.
    They come from device_sessions (source of truth).

    Args:
        body (UpdateTestTaskUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTestTaskUpdateData,
) -> Response[HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut]:
    """Update Test Task

     Update an existing test execution.

    Note: status, phase, and timing are NOT stored on test_executions.
    They come from device_sessions (source of truth).

    Args:
        body (UpdateTestTaskUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateTestTaskUpdateData,
) -> HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut | None:
    """Update Test Task

     Update an existing test execution.

    Note: status, phase, and timing are NOT stored on test_executions.
    They come from device_sessions (source of truth).

    Args:
        body (UpdateTestTaskUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateTestTaskResponseUpdateTestTaskApiV1WorkflowsTasksUpdateTestTaskPut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
