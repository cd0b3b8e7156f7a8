from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_enhanced_history_response import TestEnhancedHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    test_id: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["test_id"] = test_id

    params["limit"] = limit

    params["offset"] = offset

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params["sort_order"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/get_test_enhanced_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestEnhancedHistoryResponse | None:
    if response.status_code == 200:
        response_200 = TestEnhancedHistoryResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestEnhancedHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    test_id: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
) -> Response[HTTPValidationError | TestEnhancedHistoryResponse]:
    """Get Test Enhanced History

     Get enhanced test execution history with detailed tracking information.

    Args:
        test_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (None | str | Unset):
        sort_order (str | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestEnhancedHistoryResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        limit=limit,
        offset=offset,
        status=status,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_id: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
) -> HTTPValidationError | TestEnhancedHistoryResponse | None:
    """Get Test Enhanced History

     Get enhanced test execution history with detailed tracking information.

    Args:
        test_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (None | str | Unset):
        sort_order (str | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestEnhancedHistoryResponse
    """

    return sync_detailed(
        client=client,
        test_id=test_id,
        limit=limit,
        offset=offset,
        status=status,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_id: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
) -> Response[HTTPValidationError | TestEnhancedHistoryResponse]:
    """Get Test Enhanced History

     Get enhanced test execution history with detailed tracking information.

    Args:
        test_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (None | str | Unset):
        sort_order (str | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestEnhancedHistoryResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        limit=limit,
        offset=offset,
        status=status,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_id: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
) -> HTTPValidationError | TestEnhancedHistoryResponse | None:
    """Get Test Enhanced History

     Get enhanced test execution history with detailed tracking information.

    Args:
        test_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (None | str | Unset):
        sort_order (str | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestEnhancedHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            test_id=test_id,
            limit=limit,
            offset=offset,
            status=status,
            sort_order=sort_order,
        )
    ).parsed
