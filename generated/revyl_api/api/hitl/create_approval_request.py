from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hitl_approval_request import HITLApprovalRequest
from ...models.hitl_approval_response import HITLApprovalResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: HITLApprovalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/hitl/create_approval_request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HITLApprovalResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = HITLApprovalResponse.from_dict(response.json())

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
) -> Response[HITLApprovalResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HITLApprovalRequest,
) -> Response[HITLApprovalResponse | HTTPValidationError]:
    """Create Approval Request

     Create a new HITL approval request.
    Called by workflow after test execution completes.

    Args:
        body (HITLApprovalRequest): Request to create HITL approval record.

            Note: 'test_execution_task_id' is kept for API compatibility.
            Internally this maps to 'test_execution_id' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HITLApprovalResponse | HTTPValidationError]
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
    body: HITLApprovalRequest,
) -> HITLApprovalResponse | HTTPValidationError | None:
    """Create Approval Request

     Create a new HITL approval request.
    Called by workflow after test execution completes.

    Args:
        body (HITLApprovalRequest): Request to create HITL approval record.

            Note: 'test_execution_task_id' is kept for API compatibility.
            Internally this maps to 'test_execution_id' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HITLApprovalResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HITLApprovalRequest,
) -> Response[HITLApprovalResponse | HTTPValidationError]:
    """Create Approval Request

     Create a new HITL approval request.
    Called by workflow after test execution completes.

    Args:
        body (HITLApprovalRequest): Request to create HITL approval record.

            Note: 'test_execution_task_id' is kept for API compatibility.
            Internally this maps to 'test_execution_id' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HITLApprovalResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HITLApprovalRequest,
) -> HITLApprovalResponse | HTTPValidationError | None:
    """Create Approval Request

     Create a new HITL approval request.
    Called by workflow after test execution completes.

    Args:
        body (HITLApprovalRequest): Request to create HITL approval record.

            Note: 'test_execution_task_id' is kept for API compatibility.
            Internally this maps to 'test_execution_id' in the new schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HITLApprovalResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
