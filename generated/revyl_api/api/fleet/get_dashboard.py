from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fleet_dashboard_response import FleetDashboardResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    org_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_only"] = org_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fleet/sandboxes/dashboard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FleetDashboardResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FleetDashboardResponse.from_dict(response.json())

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
) -> Response[FleetDashboardResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> Response[FleetDashboardResponse | HTTPValidationError]:
    """Get Dashboard

     Get combined dashboard data in a single call.

    Returns all data needed to render the Fleet Dashboard UI:
    - Pool status summary
    - All sandboxes (or org-only if filtered)
    - User's claimed sandbox (if any)
    - Worktrees on user's sandbox

    This reduces round-trips compared to calling individual endpoints.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetDashboardResponse: Combined dashboard data.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetDashboardResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        org_only=org_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> FleetDashboardResponse | HTTPValidationError | None:
    """Get Dashboard

     Get combined dashboard data in a single call.

    Returns all data needed to render the Fleet Dashboard UI:
    - Pool status summary
    - All sandboxes (or org-only if filtered)
    - User's claimed sandbox (if any)
    - Worktrees on user's sandbox

    This reduces round-trips compared to calling individual endpoints.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetDashboardResponse: Combined dashboard data.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetDashboardResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        org_only=org_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> Response[FleetDashboardResponse | HTTPValidationError]:
    """Get Dashboard

     Get combined dashboard data in a single call.

    Returns all data needed to render the Fleet Dashboard UI:
    - Pool status summary
    - All sandboxes (or org-only if filtered)
    - User's claimed sandbox (if any)
    - Worktrees on user's sandbox

    This reduces round-trips compared to calling individual endpoints.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetDashboardResponse: Combined dashboard data.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetDashboardResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        org_only=org_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> FleetDashboardResponse | HTTPValidationError | None:
    """Get Dashboard

     Get combined dashboard data in a single call.

    Returns all data needed to render the Fleet Dashboard UI:
    - Pool status summary
    - All sandboxes (or org-only if filtered)
    - User's claimed sandbox (if any)
    - Worktrees on user's sandbox

    This reduces round-trips compared to calling individual endpoints.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetDashboardResponse: Combined dashboard data.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetDashboardResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            org_only=org_only,
        )
    ).parsed
