from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_task_response import DeleteTaskResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/tests/delete_test_execution/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

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
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTaskResponse | HTTPValidationError]:
    """Delete Test Execution Endpoint

     Delete a test execution task.

    Allows deletion if user has god_mode permission or Owner role in the organization.

    Parameters:
        task_id: The task ID of the test execution to delete
        auth_info: Authenticated user information
        propel_user: Optional PropelAuth user object for role checking

    Returns:
        DeleteTaskResponse: Response containing deletion result

    Raises:
        HTTPException: 403 if not authorized, 404 if task not found, 500 on error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaskResponse | HTTPValidationError]
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
) -> DeleteTaskResponse | HTTPValidationError | None:
    """Delete Test Execution Endpoint

     Delete a test execution task.

    Allows deletion if user has god_mode permission or Owner role in the organization.

    Parameters:
        task_id: The task ID of the test execution to delete
        auth_info: Authenticated user information
        propel_user: Optional PropelAuth user object for role checking

    Returns:
        DeleteTaskResponse: Response containing deletion result

    Raises:
        HTTPException: 403 if not authorized, 404 if task not found, 500 on error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaskResponse | HTTPValidationError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTaskResponse | HTTPValidationError]:
    """Delete Test Execution Endpoint

     Delete a test execution task.

    Allows deletion if user has god_mode permission or Owner role in the organization.

    Parameters:
        task_id: The task ID of the test execution to delete
        auth_info: Authenticated user information
        propel_user: Optional PropelAuth user object for role checking

    Returns:
        DeleteTaskResponse: Response containing deletion result

    Raises:
        HTTPException: 403 if not authorized, 404 if task not found, 500 on error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaskResponse | HTTPValidationError]
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
) -> DeleteTaskResponse | HTTPValidationError | None:
    """Delete Test Execution Endpoint

     Delete a test execution task.

    Allows deletion if user has god_mode permission or Owner role in the organization.

    Parameters:
        task_id: The task ID of the test execution to delete
        auth_info: Authenticated user information
        propel_user: Optional PropelAuth user object for role checking

    Returns:
        DeleteTaskResponse: Response containing deletion result

    Raises:
        HTTPException: 403 if not authorized, 404 if task not found, 500 on error

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaskResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
