from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hitl_approval_response import HITLApprovalResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/hitl/get_approval_status/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HITLApprovalResponse | None | HTTPValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> HITLApprovalResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = HITLApprovalResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HITLApprovalResponse | None, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[HITLApprovalResponse | None | HTTPValidationError]:
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
) -> Response[HITLApprovalResponse | None | HTTPValidationError]:
    """Get Approval Status

     Get approval status for a test execution task.

    Called by workflow polling loop and frontend UI.
    Automatically times out stale pending requests.
    Returns None if no approval request exists for this task (avoiding 404 browser errors).

    Parameters:
        task_id: The test execution task ID to check approval status for.
        auth_info: Authentication info from the request.

    Returns:
        HITLApprovalResponse if approval request exists, None otherwise.

    Exceptions:
        HTTPException 500: If there's an error fetching approval status.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HITLApprovalResponse | None | HTTPValidationError]
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
) -> HITLApprovalResponse | None | HTTPValidationError | None:
    """Get Approval Status

     Get approval status for a test execution task.

    Called by workflow polling loop and frontend UI.
    Automatically times out stale pending requests.
    Returns None if no approval request exists for this task (avoiding 404 browser errors).

    Parameters:
        task_id: The test execution task ID to check approval status for.
        auth_info: Authentication info from the request.

    Returns:
        HITLApprovalResponse if approval request exists, None otherwise.

    Exceptions:
        HTTPException 500: If there's an error fetching approval status.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HITLApprovalResponse | None | HTTPValidationError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HITLApprovalResponse | None | HTTPValidationError]:
    """Get Approval Status

     Get approval status for a test execution task.

    Called by workflow polling loop and frontend UI.
    Automatically times out stale pending requests.
    Returns None if no approval request exists for this task (avoiding 404 browser errors).

    Parameters:
        task_id: The test execution task ID to check approval status for.
        auth_info: Authentication info from the request.

    Returns:
        HITLApprovalResponse if approval request exists, None otherwise.

    Exceptions:
        HTTPException 500: If there's an error fetching approval status.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HITLApprovalResponse | None | HTTPValidationError]
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
) -> HITLApprovalResponse | None | HTTPValidationError | None:
    """Get Approval Status

     Get approval status for a test execution task.

    Called by workflow polling loop and frontend UI.
    Automatically times out stale pending requests.
    Returns None if no approval request exists for this task (avoiding 404 browser errors).

    Parameters:
        task_id: The test execution task ID to check approval status for.
        auth_info: Authentication info from the request.

    Returns:
        HITLApprovalResponse if approval request exists, None otherwise.

    Exceptions:
        HTTPException 500: If there's an error fetching approval status.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HITLApprovalResponse | None | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
