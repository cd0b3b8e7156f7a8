from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fleet_auth_validate_response import FleetAuthValidateResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fleet/auth/validate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FleetAuthValidateResponse | None:
    if response.status_code == 200:
        response_200 = FleetAuthValidateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FleetAuthValidateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FleetAuthValidateResponse]:
    """Validate Auth

     Validate API key and return user information.

    Used by FleetDashboard to verify API key on launch and get user context.
    The require_auth dependency handles the actual validation.

    Args:
        auth_info: Authenticated user info from require_auth dependency.

    Returns:
        FleetAuthValidateResponse: User info if valid, error otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetAuthValidateResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FleetAuthValidateResponse | None:
    """Validate Auth

     Validate API key and return user information.

    Used by FleetDashboard to verify API key on launch and get user context.
    The require_auth dependency handles the actual validation.

    Args:
        auth_info: Authenticated user info from require_auth dependency.

    Returns:
        FleetAuthValidateResponse: User info if valid, error otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetAuthValidateResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FleetAuthValidateResponse]:
    """Validate Auth

     Validate API key and return user information.

    Used by FleetDashboard to verify API key on launch and get user context.
    The require_auth dependency handles the actual validation.

    Args:
        auth_info: Authenticated user info from require_auth dependency.

    Returns:
        FleetAuthValidateResponse: User info if valid, error otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetAuthValidateResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FleetAuthValidateResponse | None:
    """Validate Auth

     Validate API key and return user information.

    Used by FleetDashboard to verify API key on launch and get user context.
    The require_auth dependency handles the actual validation.

    Args:
        auth_info: Authenticated user info from require_auth dependency.

    Returns:
        FleetAuthValidateResponse: User info if valid, error otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetAuthValidateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
