from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_test_execution_response_get_test_execution_api_v1_execution_test_executions_execution_id_get import (
    GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/test-executions/{execution_id}".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet.from_dict(
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
) -> Response[GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError]:
    """Get Test Execution

     Get a test execution record by ID.

    Includes workflow_run_id, status, and timing from the linked device_session
    via FK traversal. These fields are the source of truth after the schema
    migration where device_sessions holds status/timing data.
    Filtered by org_id to prevent cross-org data access.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError | None:
    """Get Test Execution

     Get a test execution record by ID.

    Includes workflow_run_id, status, and timing from the linked device_session
    via FK traversal. These fields are the source of truth after the schema
    migration where device_sessions holds status/timing data.
    Filtered by org_id to prevent cross-org data access.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError]:
    """Get Test Execution

     Get a test execution record by ID.

    Includes workflow_run_id, status, and timing from the linked device_session
    via FK traversal. These fields are the source of truth after the schema
    migration where device_sessions holds status/timing data.
    Filtered by org_id to prevent cross-org data access.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError | None:
    """Get Test Execution

     Get a test execution record by ID.

    Includes workflow_run_id, status, and timing from the linked device_session
    via FK traversal. These fields are the source of truth after the schema
    migration where device_sessions holds status/timing data.
    Filtered by org_id to prevent cross-org data access.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTestExecutionResponseGetTestExecutionApiV1ExecutionTestExecutionsExecutionIdGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
        )
    ).parsed
