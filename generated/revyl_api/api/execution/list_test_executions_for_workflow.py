from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_test_executions_for_workflow_response_200_item import ListTestExecutionsForWorkflowResponse200Item
from ...types import Response


def _get_kwargs(
    workflow_execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/test-executions/by-workflow/{workflow_execution_id}".format(
            workflow_execution_id=quote(str(workflow_execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListTestExecutionsForWorkflowResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]]:
    """List Test Executions For Workflow

     List all test executions for a workflow execution with status from device_sessions.

    Used by the workflow orchestrator to recover dispatch state after crash/restart.

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]]
    """

    kwargs = _get_kwargs(
        workflow_execution_id=workflow_execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item] | None:
    """List Test Executions For Workflow

     List all test executions for a workflow execution with status from device_sessions.

    Used by the workflow orchestrator to recover dispatch state after crash/restart.

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]
    """

    return sync_detailed(
        workflow_execution_id=workflow_execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]]:
    """List Test Executions For Workflow

     List all test executions for a workflow execution with status from device_sessions.

    Used by the workflow orchestrator to recover dispatch state after crash/restart.

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]]
    """

    kwargs = _get_kwargs(
        workflow_execution_id=workflow_execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item] | None:
    """List Test Executions For Workflow

     List all test executions for a workflow execution with status from device_sessions.

    Used by the workflow orchestrator to recover dispatch state after crash/restart.

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ListTestExecutionsForWorkflowResponse200Item]
    """

    return (
        await asyncio_detailed(
            workflow_execution_id=workflow_execution_id,
            client=client,
        )
    ).parsed
