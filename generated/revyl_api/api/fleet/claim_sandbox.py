from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_sandbox_response import ClaimSandboxResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    allow_multiple: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allow_multiple"] = allow_multiple

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/sandboxes/claim",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimSandboxResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ClaimSandboxResponse.from_dict(response.json())

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
) -> Response[ClaimSandboxResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    allow_multiple: bool | Unset = False,
) -> Response[ClaimSandboxResponse | HTTPValidationError]:
    """Claim Sandbox

     Claim an available sandbox for the current user.

    Uses atomic database operation to prevent race conditions when
    multiple users try to claim simultaneously.

    Args:
        auth_info: Authenticated user info.
        allow_multiple: If True, allow claiming even if user already has one.

    Returns:
        ClaimSandboxResponse: Result with claimed sandbox details.

    Raises:
        HTTPException: If user already has a sandbox (and allow_multiple=False)
                      or no sandboxes are available.

    Args:
        allow_multiple (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimSandboxResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        allow_multiple=allow_multiple,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    allow_multiple: bool | Unset = False,
) -> ClaimSandboxResponse | HTTPValidationError | None:
    """Claim Sandbox

     Claim an available sandbox for the current user.

    Uses atomic database operation to prevent race conditions when
    multiple users try to claim simultaneously.

    Args:
        auth_info: Authenticated user info.
        allow_multiple: If True, allow claiming even if user already has one.

    Returns:
        ClaimSandboxResponse: Result with claimed sandbox details.

    Raises:
        HTTPException: If user already has a sandbox (and allow_multiple=False)
                      or no sandboxes are available.

    Args:
        allow_multiple (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimSandboxResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        allow_multiple=allow_multiple,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    allow_multiple: bool | Unset = False,
) -> Response[ClaimSandboxResponse | HTTPValidationError]:
    """Claim Sandbox

     Claim an available sandbox for the current user.

    Uses atomic database operation to prevent race conditions when
    multiple users try to claim simultaneously.

    Args:
        auth_info: Authenticated user info.
        allow_multiple: If True, allow claiming even if user already has one.

    Returns:
        ClaimSandboxResponse: Result with claimed sandbox details.

    Raises:
        HTTPException: If user already has a sandbox (and allow_multiple=False)
                      or no sandboxes are available.

    Args:
        allow_multiple (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimSandboxResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        allow_multiple=allow_multiple,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    allow_multiple: bool | Unset = False,
) -> ClaimSandboxResponse | HTTPValidationError | None:
    """Claim Sandbox

     Claim an available sandbox for the current user.

    Uses atomic database operation to prevent race conditions when
    multiple users try to claim simultaneously.

    Args:
        auth_info: Authenticated user info.
        allow_multiple: If True, allow claiming even if user already has one.

    Returns:
        ClaimSandboxResponse: Result with claimed sandbox details.

    Raises:
        HTTPException: If user already has a sandbox (and allow_multiple=False)
                      or no sandboxes are available.

    Args:
        allow_multiple (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimSandboxResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            allow_multiple=allow_multiple,
        )
    ).parsed
