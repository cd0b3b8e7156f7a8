from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.user_tests_response import UserTestsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status_history_limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status_history_limit"] = status_history_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/entity/users/get_user_tests_with_details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UserTestsResponse | None:
    if response.status_code == 200:
        response_200 = UserTestsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UserTestsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status_history_limit: int | Unset = 50,
) -> Response[HTTPValidationError | UserTestsResponse]:
    """Get User Tests With Details Endpoint

    Args:
        status_history_limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserTestsResponse]
    """

    kwargs = _get_kwargs(
        status_history_limit=status_history_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status_history_limit: int | Unset = 50,
) -> HTTPValidationError | UserTestsResponse | None:
    """Get User Tests With Details Endpoint

    Args:
        status_history_limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserTestsResponse
    """

    return sync_detailed(
        client=client,
        status_history_limit=status_history_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status_history_limit: int | Unset = 50,
) -> Response[HTTPValidationError | UserTestsResponse]:
    """Get User Tests With Details Endpoint

    Args:
        status_history_limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserTestsResponse]
    """

    kwargs = _get_kwargs(
        status_history_limit=status_history_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status_history_limit: int | Unset = 50,
) -> HTTPValidationError | UserTestsResponse | None:
    """Get User Tests With Details Endpoint

    Args:
        status_history_limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserTestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status_history_limit=status_history_limit,
        )
    ).parsed
