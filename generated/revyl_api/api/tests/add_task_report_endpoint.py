from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.task_report_request import TaskReportRequest
from ...models.task_report_response import TaskReportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TaskReportRequest,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tests/add_task_report",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TaskReportResponse | None:
    if response.status_code == 200:
        response_200 = TaskReportResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TaskReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskReportRequest,
    user_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TaskReportResponse]:
    """Add Task Report Endpoint

     Add report metadata to test_executions table after test execution completes.
    This is the new way to handle reports without relying on test_history.

    - Service authentication can add reports for any user with proper context
    - Regular users can only add their own reports

    Args:
        user_id (None | str | Unset):
        body (TaskReportRequest): Request model for adding report to test executions.

            Note: 'task_id' and 'user_id' are kept for API compatibility.
            Internally these map to 'id' and 'source' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TaskReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TaskReportRequest,
    user_id: None | str | Unset = UNSET,
) -> HTTPValidationError | TaskReportResponse | None:
    """Add Task Report Endpoint

     Add report metadata to test_executions table after test execution completes.
    This is the new way to handle reports without relying on test_history.

    - Service authentication can add reports for any user with proper context
    - Regular users can only add their own reports

    Args:
        user_id (None | str | Unset):
        body (TaskReportRequest): Request model for adding report to test executions.

            Note: 'task_id' and 'user_id' are kept for API compatibility.
            Internally these map to 'id' and 'source' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TaskReportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskReportRequest,
    user_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TaskReportResponse]:
    """Add Task Report Endpoint

     Add report metadata to test_executions table after test execution completes.
    This is the new way to handle reports without relying on test_history.

    - Service authentication can add reports for any user with proper context
    - Regular users can only add their own reports

    Args:
        user_id (None | str | Unset):
        body (TaskReportRequest): Request model for adding report to test executions.

            Note: 'task_id' and 'user_id' are kept for API compatibility.
            Internally these map to 'id' and 'source' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TaskReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TaskReportRequest,
    user_id: None | str | Unset = UNSET,
) -> HTTPValidationError | TaskReportResponse | None:
    """Add Task Report Endpoint

     Add report metadata to test_executions table after test execution completes.
    This is the new way to handle reports without relying on test_history.

    - Service authentication can add reports for any user with proper context
    - Regular users can only add their own reports

    Args:
        user_id (None | str | Unset):
        body (TaskReportRequest): Request model for adding report to test executions.

            Note: 'task_id' and 'user_id' are kept for API compatibility.
            Internally these map to 'id' and 'source' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TaskReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
