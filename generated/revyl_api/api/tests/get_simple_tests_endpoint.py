from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.simple_test_list_response import SimpleTestListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/get_simple_tests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SimpleTestListResponse | None:
    if response.status_code == 200:
        response_200 = SimpleTestListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SimpleTestListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | SimpleTestListResponse]:
    """Get Simple Tests Endpoint

     Get a lightweight list of tests with app and tag metadata.

    Returns id, name, platform, app_id/app_name, and tags for each test.
    Heavier fields (resolved builds, cached elements, execution status) are
    intentionally omitted to keep the response fast for list/filter UIs.

    Args:
        limit (int | Unset): Maximum number of tests to return Default: 100.
        offset (int | Unset): Number of tests to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SimpleTestListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> HTTPValidationError | SimpleTestListResponse | None:
    """Get Simple Tests Endpoint

     Get a lightweight list of tests with app and tag metadata.

    Returns id, name, platform, app_id/app_name, and tags for each test.
    Heavier fields (resolved builds, cached elements, execution status) are
    intentionally omitted to keep the response fast for list/filter UIs.

    Args:
        limit (int | Unset): Maximum number of tests to return Default: 100.
        offset (int | Unset): Number of tests to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SimpleTestListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | SimpleTestListResponse]:
    """Get Simple Tests Endpoint

     Get a lightweight list of tests with app and tag metadata.

    Returns id, name, platform, app_id/app_name, and tags for each test.
    Heavier fields (resolved builds, cached elements, execution status) are
    intentionally omitted to keep the response fast for list/filter UIs.

    Args:
        limit (int | Unset): Maximum number of tests to return Default: 100.
        offset (int | Unset): Number of tests to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SimpleTestListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> HTTPValidationError | SimpleTestListResponse | None:
    """Get Simple Tests Endpoint

     Get a lightweight list of tests with app and tag metadata.

    Returns id, name, platform, app_id/app_name, and tags for each test.
    Heavier fields (resolved builds, cached elements, execution status) are
    intentionally omitted to keep the response fast for list/filter UIs.

    Args:
        limit (int | Unset): Maximum number of tests to return Default: 100.
        offset (int | Unset): Number of tests to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SimpleTestListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
