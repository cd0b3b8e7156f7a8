from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_atlas_v2_workflow_forest_response_get_atlas_v2_workflow_forest_api_v1_atlas_v2_workflows_workflow_execution_id_forest_get import (
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_execution_id: str,
    *,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 500,
    app_limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_variants"] = include_variants

    params["include_details"] = include_details

    params["include_flows"] = include_flows

    params["limit"] = limit

    params["app_limit"] = app_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/workflows/{workflow_execution_id}/forest".format(
            workflow_execution_id=quote(str(workflow_execution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet.from_dict(
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
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
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
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 500,
    app_limit: int | Unset = 100,
) -> Response[
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
    | HTTPValidationError
]:
    """Get Atlas V2 Workflow Forest

    Args:
        workflow_execution_id (str):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 500.
        app_limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_execution_id=workflow_execution_id,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
        app_limit=app_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 500,
    app_limit: int | Unset = 100,
) -> (
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
    | HTTPValidationError
    | None
):
    """Get Atlas V2 Workflow Forest

    Args:
        workflow_execution_id (str):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 500.
        app_limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet | HTTPValidationError
    """

    return sync_detailed(
        workflow_execution_id=workflow_execution_id,
        client=client,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
        app_limit=app_limit,
    ).parsed


async def asyncio_detailed(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 500,
    app_limit: int | Unset = 100,
) -> Response[
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
    | HTTPValidationError
]:
    """Get Atlas V2 Workflow Forest

    Args:
        workflow_execution_id (str):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 500.
        app_limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_execution_id=workflow_execution_id,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
        app_limit=app_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_execution_id: str,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 500,
    app_limit: int | Unset = 100,
) -> (
    GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet
    | HTTPValidationError
    | None
):
    """Get Atlas V2 Workflow Forest

    Args:
        workflow_execution_id (str):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 500.
        app_limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasV2WorkflowForestResponseGetAtlasV2WorkflowForestApiV1AtlasV2WorkflowsWorkflowExecutionIdForestGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_execution_id=workflow_execution_id,
            client=client,
            include_variants=include_variants,
            include_details=include_details,
            include_flows=include_flows,
            limit=limit,
            app_limit=app_limit,
        )
    ).parsed
