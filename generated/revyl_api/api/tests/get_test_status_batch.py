from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_execution_batch_response import TestExecutionBatchResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    task_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_ids"] = task_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/status/batch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestExecutionBatchResponse | None:
    if response.status_code == 200:
        response_200 = TestExecutionBatchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestExecutionBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_ids: str,
) -> Response[HTTPValidationError | TestExecutionBatchResponse]:
    """Get Test Status Batch

     Get status for multiple test executions in a single request.

    Args:
        task_ids: Comma-separated list of task IDs
        auth_info: Authenticated user information

    Returns:
        TestExecutionBatchResponse: Status information for each requested test

    Args:
        task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestExecutionBatchResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_ids: str,
) -> HTTPValidationError | TestExecutionBatchResponse | None:
    """Get Test Status Batch

     Get status for multiple test executions in a single request.

    Args:
        task_ids: Comma-separated list of task IDs
        auth_info: Authenticated user information

    Returns:
        TestExecutionBatchResponse: Status information for each requested test

    Args:
        task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestExecutionBatchResponse
    """

    return sync_detailed(
        client=client,
        task_ids=task_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_ids: str,
) -> Response[HTTPValidationError | TestExecutionBatchResponse]:
    """Get Test Status Batch

     Get status for multiple test executions in a single request.

    Args:
        task_ids: Comma-separated list of task IDs
        auth_info: Authenticated user information

    Returns:
        TestExecutionBatchResponse: Status information for each requested test

    Args:
        task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestExecutionBatchResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_ids: str,
) -> HTTPValidationError | TestExecutionBatchResponse | None:
    """Get Test Status Batch

     Get status for multiple test executions in a single request.

    Args:
        task_ids: Comma-separated list of task IDs
        auth_info: Authenticated user information

    Returns:
        TestExecutionBatchResponse: Status information for each requested test

    Args:
        task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestExecutionBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_ids=task_ids,
        )
    ).parsed
