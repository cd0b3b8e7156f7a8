from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_test_response import CancelTestResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/tests/status/cancel/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelTestResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CancelTestResponse.from_dict(response.json())

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
) -> Response[CancelTestResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelTestResponse | HTTPValidationError]:
    """Cancel Test

     Cancel a running test execution by task ID.

    This endpoint:
    1. Fetches the test execution status from the database
    2. Checks if the test is already in a terminal state
    3. Updates test_executions and device_sessions status to 'cancelled'
    4. Cancels the Hatchet workflow run if one exists

    Args:
        task_id: The test execution ID to cancel
        auth_info: Authentication info from the request

    Returns:
        CancelTestResponse with success status and message

    Raises:
        HTTPException: 404 if test not found, 500 on internal error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelTestResponse | HTTPValidationError | None:
    """Cancel Test

     Cancel a running test execution by task ID.

    This endpoint:
    1. Fetches the test execution status from the database
    2. Checks if the test is already in a terminal state
    3. Updates test_executions and device_sessions status to 'cancelled'
    4. Cancels the Hatchet workflow run if one exists

    Args:
        task_id: The test execution ID to cancel
        auth_info: Authentication info from the request

    Returns:
        CancelTestResponse with success status and message

    Raises:
        HTTPException: 404 if test not found, 500 on internal error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTestResponse | HTTPValidationError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelTestResponse | HTTPValidationError]:
    """Cancel Test

     Cancel a running test execution by task ID.

    This endpoint:
    1. Fetches the test execution status from the database
    2. Checks if the test is already in a terminal state
    3. Updates test_executions and device_sessions status to 'cancelled'
    4. Cancels the Hatchet workflow run if one exists

    Args:
        task_id: The test execution ID to cancel
        auth_info: Authentication info from the request

    Returns:
        CancelTestResponse with success status and message

    Raises:
        HTTPException: 404 if test not found, 500 on internal error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelTestResponse | HTTPValidationError | None:
    """Cancel Test

     Cancel a running test execution by task ID.

    This endpoint:
    1. Fetches the test execution status from the database
    2. Checks if the test is already in a terminal state
    3. Updates test_executions and device_sessions status to 'cancelled'
    4. Cancels the Hatchet workflow run if one exists

    Args:
        task_id: The test execution ID to cancel
        auth_info: Authentication info from the request

    Returns:
        CancelTestResponse with success status and message

    Raises:
        HTTPException: 404 if test not found, 500 on internal error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTestResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
