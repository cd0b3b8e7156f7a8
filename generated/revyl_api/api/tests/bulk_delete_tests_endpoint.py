from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_tests_request import BulkDeleteTestsRequest
from ...models.bulk_delete_tests_response import BulkDeleteTestsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BulkDeleteTestsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tests/bulk_delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkDeleteTestsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BulkDeleteTestsResponse.from_dict(response.json())

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
) -> Response[BulkDeleteTestsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestsRequest,
) -> Response[BulkDeleteTestsResponse | HTTPValidationError]:
    """Bulk Delete Tests Endpoint

     Bulk delete tests (soft delete).

    Validates access for each test and performs soft delete by setting deleted=True.
    Only tests the user has access to will be deleted.

    Args:
        body (BulkDeleteTestsRequest): Request model for bulk test deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkDeleteTestsResponse | HTTPValidationError]
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
    body: BulkDeleteTestsRequest,
) -> BulkDeleteTestsResponse | HTTPValidationError | None:
    """Bulk Delete Tests Endpoint

     Bulk delete tests (soft delete).

    Validates access for each test and performs soft delete by setting deleted=True.
    Only tests the user has access to will be deleted.

    Args:
        body (BulkDeleteTestsRequest): Request model for bulk test deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkDeleteTestsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestsRequest,
) -> Response[BulkDeleteTestsResponse | HTTPValidationError]:
    """Bulk Delete Tests Endpoint

     Bulk delete tests (soft delete).

    Validates access for each test and performs soft delete by setting deleted=True.
    Only tests the user has access to will be deleted.

    Args:
        body (BulkDeleteTestsRequest): Request model for bulk test deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkDeleteTestsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteTestsRequest,
) -> BulkDeleteTestsResponse | HTTPValidationError | None:
    """Bulk Delete Tests Endpoint

     Bulk delete tests (soft delete).

    Validates access for each test and performs soft delete by setting deleted=True.
    Only tests the user has access to will be deleted.

    Args:
        body (BulkDeleteTestsRequest): Request model for bulk test deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkDeleteTestsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
