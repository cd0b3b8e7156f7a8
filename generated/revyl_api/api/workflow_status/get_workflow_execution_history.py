from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_execution_history_response import WorkflowExecutionHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/status/history/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkflowExecutionHistoryResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowExecutionHistoryResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkflowExecutionHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    start_date: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkflowExecutionHistoryResponse]:
    """Get Workflow Execution History

     Get execution history with org-based authorization.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        start_date (str | Unset): Start date in ISO format (YYYY-MM-DD) - get executions from this
            date to now

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowExecutionHistoryResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        offset=offset,
        start_date=start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    start_date: str | Unset = UNSET,
) -> HTTPValidationError | WorkflowExecutionHistoryResponse | None:
    """Get Workflow Execution History

     Get execution history with org-based authorization.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        start_date (str | Unset): Start date in ISO format (YYYY-MM-DD) - get executions from this
            date to now

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowExecutionHistoryResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        limit=limit,
        offset=offset,
        start_date=start_date,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    start_date: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkflowExecutionHistoryResponse]:
    """Get Workflow Execution History

     Get execution history with org-based authorization.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        start_date (str | Unset): Start date in ISO format (YYYY-MM-DD) - get executions from this
            date to now

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowExecutionHistoryResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        offset=offset,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    start_date: str | Unset = UNSET,
) -> HTTPValidationError | WorkflowExecutionHistoryResponse | None:
    """Get Workflow Execution History

     Get execution history with org-based authorization.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        start_date (str | Unset): Start date in ISO format (YYYY-MM-DD) - get executions from this
            date to now

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowExecutionHistoryResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            limit=limit,
            offset=offset,
            start_date=start_date,
        )
    ).parsed
