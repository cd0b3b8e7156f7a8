from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_detail_response import GetWorkflowDetailResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/get_detail/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkflowDetailResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetWorkflowDetailResponse.from_dict(response.json())

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
) -> Response[GetWorkflowDetailResponse | HTTPValidationError]:
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
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[GetWorkflowDetailResponse | HTTPValidationError]:
    """Get Workflow Detail

     Get enriched workflow data for detail view including:
    - Complete workflow info
    - Test details with last execution status
    - Full execution history
    - Settings and configuration

    Optimized: Single SQL query replaces 10+ sequential Supabase calls.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowDetailResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> GetWorkflowDetailResponse | HTTPValidationError | None:
    """Get Workflow Detail

     Get enriched workflow data for detail view including:
    - Complete workflow info
    - Test details with last execution status
    - Full execution history
    - Settings and configuration

    Optimized: Single SQL query replaces 10+ sequential Supabase calls.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowDetailResponse | HTTPValidationError
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[GetWorkflowDetailResponse | HTTPValidationError]:
    """Get Workflow Detail

     Get enriched workflow data for detail view including:
    - Complete workflow info
    - Test details with last execution status
    - Full execution history
    - Settings and configuration

    Optimized: Single SQL query replaces 10+ sequential Supabase calls.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowDetailResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> GetWorkflowDetailResponse | HTTPValidationError | None:
    """Get Workflow Detail

     Get enriched workflow data for detail view including:
    - Complete workflow info
    - Test details with last execution status
    - Full execution history
    - Settings and configuration

    Optimized: Single SQL query replaces 10+ sequential Supabase calls.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowDetailResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
