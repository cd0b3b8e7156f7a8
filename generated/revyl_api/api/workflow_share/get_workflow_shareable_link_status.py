from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_share_status_response import WorkflowShareStatusResponse
from ...types import Response


def _get_kwargs(
    workflow_task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/share/shareable_link_status/{workflow_task_id}".format(
            workflow_task_id=quote(str(workflow_task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkflowShareStatusResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowShareStatusResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkflowShareStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkflowShareStatusResponse]:
    """Get Workflow Shareable Link Status

     Get the current share status for a workflow and its child tests.

    Args:
        workflow_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowShareStatusResponse]
    """

    kwargs = _get_kwargs(
        workflow_task_id=workflow_task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkflowShareStatusResponse | None:
    """Get Workflow Shareable Link Status

     Get the current share status for a workflow and its child tests.

    Args:
        workflow_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowShareStatusResponse
    """

    return sync_detailed(
        workflow_task_id=workflow_task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkflowShareStatusResponse]:
    """Get Workflow Shareable Link Status

     Get the current share status for a workflow and its child tests.

    Args:
        workflow_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowShareStatusResponse]
    """

    kwargs = _get_kwargs(
        workflow_task_id=workflow_task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkflowShareStatusResponse | None:
    """Get Workflow Shareable Link Status

     Get the current share status for a workflow and its child tests.

    Args:
        workflow_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowShareStatusResponse
    """

    return (
        await asyncio_detailed(
            workflow_task_id=workflow_task_id,
            client=client,
        )
    ).parsed
