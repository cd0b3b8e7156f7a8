from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.update_workflow_task_response_update_workflow_task_api_v1_workflows_tasks_update_workflow_task_put import (
    UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut,
)
from ...models.workflow_executions_update import WorkflowExecutionsUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowExecutionsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/workflows/tasks/update_workflow_task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut | None:
    if response.status_code == 200:
        response_200 = UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut.from_dict(
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
) -> Response[
    HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowExecutionsUpdate,
) -> Response[
    HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut
]:
    """Update Workflow Task

     Update an existing workflow execution.

    Args:
        body (WorkflowExecutionsUpdate): WorkflowExecutions Update Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut]
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
    body: WorkflowExecutionsUpdate,
) -> HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut | None:
    """Update Workflow Task

     Update an existing workflow execution.

    Args:
        body (WorkflowExecutionsUpdate): WorkflowExecutions Update Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowExecutionsUpdate,
) -> Response[
    HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut
]:
    """Update Workflow Task

     Update an existing workflow execution.

    Args:
        body (WorkflowExecutionsUpdate): WorkflowExecutions Update Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkflowExecutionsUpdate,
) -> HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut | None:
    """Update Workflow Task

     Update an existing workflow execution.

    Args:
        body (WorkflowExecutionsUpdate): WorkflowExecutions Update Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateWorkflowTaskResponseUpdateWorkflowTaskApiV1WorkflowsTasksUpdateWorkflowTaskPut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
