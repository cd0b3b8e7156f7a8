from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_atlas_v2_workflow_apps_response_get_atlas_v2_workflow_apps_api_v1_atlas_v2_workflows_workflow_execution_id_apps_get import (
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    workflow_execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/workflows/{workflow_execution_id}/apps".format(
            workflow_execution_id=quote(str(workflow_execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet.from_dict(
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
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
]:
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
) -> Response[
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
]:
    """Get Atlas V2 Workflow Apps

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet | HTTPValidationError]
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
) -> (
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
    | None
):
    """Get Atlas V2 Workflow Apps

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet | HTTPValidationError
    """

    return sync_detailed(
        workflow_execution_id=workflow_execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
]:
    """Get Atlas V2 Workflow Apps

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet | HTTPValidationError]
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
) -> (
    GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet
    | HTTPValidationError
    | None
):
    """Get Atlas V2 Workflow Apps

    Args:
        workflow_execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2WorkflowAppsResponseGetAtlasV2WorkflowAppsApiV1AtlasV2WorkflowsWorkflowExecutionIdAppsGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_execution_id=workflow_execution_id,
            client=client,
        )
    ).parsed
