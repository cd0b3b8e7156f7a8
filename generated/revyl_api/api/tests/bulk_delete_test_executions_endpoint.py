from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_test_executions_request import BulkDeleteTestExecutionsRequest
from ...models.delete_task_response import DeleteTaskResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BulkDeleteTestExecutionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tests/bulk_delete_test_executions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTaskResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteTaskResponse.from_dict(response.json())

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
) -> Response[DeleteTaskResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestExecutionsRequest,
) -> Response[DeleteTaskResponse | HTTPValidationError]:
    """Bulk Delete Test Executions Endpoint

     Bulk delete test execution tasks.

    Allows deletion if user has god_mode permission or Owner role in the organization.
    This endpoint is optimized for bulk operations with caching of access checks.

    Parameters:
        request: Contains list of task_ids to delete.
        auth_info: Authenticated user information.
        propel_user: Optional PropelAuth user object for role checking.

    Returns:
        DeleteTaskResponse: Response containing deletion results with counts.

    Raises:
        HTTPException: 400 if no task_ids provided, 500 on critical error.

    Args:
        body (BulkDeleteTestExecutionsRequest): Request model for bulk deleting test executions.

            Attributes:
                task_ids: List of task IDs to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaskResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestExecutionsRequest,
) -> DeleteTaskResponse | HTTPValidationError | None:
    """Bulk Delete Test Executions Endpoint

     Bulk delete test execution tasks.

    Allows deletion if user has god_mode permission or Owner role in the organization.
    This endpoint is optimized for bulk operations with caching of access checks.

    Parameters:
        request: Contains list of task_ids to delete.
        auth_info: Authenticated user information.
        propel_user: Optional PropelAuth user object for role checking.

    Returns:
        DeleteTaskResponse: Response containing deletion results with counts.

    Raises:
        HTTPException: 400 if no task_ids provided, 500 on critical error.

    Args:
        body (BulkDeleteTestExecutionsRequest): Request model for bulk deleting test executions.

            Attributes:
                task_ids: List of task IDs to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaskResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestExecutionsRequest,
) -> Response[DeleteTaskResponse | HTTPValidationError]:
    """Bulk Delete Test Executions Endpoint

     Bulk delete test execution tasks.

    Allows deletion if user has god_mode permission or Owner role in the organization.
    This endpoint is optimized for bulk operations with caching of access checks.

    Parameters:
        request: Contains list of task_ids to delete.
        auth_info: Authenticated user information.
        propel_user: Optional PropelAuth user object for role checking.

    Returns:
        DeleteTaskResponse: Response containing deletion results with counts.

    Raises:
        HTTPException: 400 if no task_ids provided, 500 on critical error.

    Args:
        body (BulkDeleteTestExecutionsRequest): Request model for bulk deleting test executions.

            Attributes:
                task_ids: List of task IDs to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaskResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestExecutionsRequest,
) -> DeleteTaskResponse | HTTPValidationError | None:
    """Bulk Delete Test Executions Endpoint

     Bulk delete test execution tasks.

    Allows deletion if user has god_mode permission or Owner role in the organization.
    This endpoint is optimized for bulk operations with caching of access checks.

    Parameters:
        request: Contains list of task_ids to delete.
        auth_info: Authenticated user information.
        propel_user: Optional PropelAuth user object for role checking.

    Returns:
        DeleteTaskResponse: Response containing deletion results with counts.

    Raises:
        HTTPException: 400 if no task_ids provided, 500 on critical error.

    Args:
        body (BulkDeleteTestExecutionsRequest): Request model for bulk deleting test executions.

            Attributes:
                task_ids: List of task IDs to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaskResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
