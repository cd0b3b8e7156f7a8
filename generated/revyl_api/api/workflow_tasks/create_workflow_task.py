from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_task_response_create_workflow_task_api_v1_workflows_tasks_create_workflow_task_post import (
    CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_executions_insert import WorkflowExecutionsInsert
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowExecutionsInsert,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workflows/tasks/create_workflow_task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost.from_dict(
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
    CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError
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
    body: WorkflowExecutionsInsert,
) -> Response[
    CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError
]:
    """Create Workflow Task

     Create or update a workflow execution record (upsert).

    Args:
        body (WorkflowExecutionsInsert): WorkflowExecutions Insert Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError]
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
    body: WorkflowExecutionsInsert,
) -> CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError | None:
    """Create Workflow Task

     Create or update a workflow execution record (upsert).

    Args:
        body (WorkflowExecutionsInsert): WorkflowExecutions Insert Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowExecutionsInsert,
) -> Response[
    CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError
]:
    """Create Workflow Task

     Create or update a workflow execution record (upsert).

    Args:
        body (WorkflowExecutionsInsert): WorkflowExecutions Insert Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkflowExecutionsInsert,
) -> CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError | None:
    """Create Workflow Task

     Create or update a workflow execution record (upsert).

    Args:
        body (WorkflowExecutionsInsert): WorkflowExecutions Insert Schema for the new
            workflow_executions table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowTaskResponseCreateWorkflowTaskApiV1WorkflowsTasksCreateWorkflowTaskPost | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
