from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_version_list_response import TestVersionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    test_id: str,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/{test_id}/versions".format(
            test_id=quote(str(test_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestVersionListResponse | None:
    if response.status_code == 200:
        response_200 = TestVersionListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestVersionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | TestVersionListResponse]:
    """Get Test Versions Endpoint

     Get version history for a test.
    Returns versions in descending order (newest first).

    Args:
        test_id (str):
        limit (int | Unset): Maximum number of versions to return Default: 50.
        offset (int | Unset): Number of versions to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestVersionListResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | TestVersionListResponse | None:
    """Get Test Versions Endpoint

     Get version history for a test.
    Returns versions in descending order (newest first).

    Args:
        test_id (str):
        limit (int | Unset): Maximum number of versions to return Default: 50.
        offset (int | Unset): Number of versions to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestVersionListResponse
    """

    return sync_detailed(
        test_id=test_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | TestVersionListResponse]:
    """Get Test Versions Endpoint

     Get version history for a test.
    Returns versions in descending order (newest first).

    Args:
        test_id (str):
        limit (int | Unset): Maximum number of versions to return Default: 50.
        offset (int | Unset): Number of versions to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestVersionListResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | TestVersionListResponse | None:
    """Get Test Versions Endpoint

     Get version history for a test.
    Returns versions in descending order (newest first).

    Args:
        test_id (str):
        limit (int | Unset): Maximum number of versions to return Default: 50.
        offset (int | Unset): Number of versions to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestVersionListResponse
    """

    return (
        await asyncio_detailed(
            test_id=test_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
