from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fleet_pool_status import FleetPoolStatus
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
        "url": "/api/v1/fleet/sandboxes/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FleetPoolStatus | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FleetPoolStatus.from_dict(response.json())

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
) -> Response[FleetPoolStatus | HTTPValidationError]:
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
) -> Response[FleetPoolStatus | HTTPValidationError]:
    """Get Pool Status

     Get Fleet pool status summary.

    Returns aggregate counts of sandbox availability for quick
    pool health assessment.

    Args:
        org_only: If True, only count sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetPoolStatus: Pool status summary with counts.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetPoolStatus | HTTPValidationError]
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
) -> FleetPoolStatus | HTTPValidationError | None:
    """Get Pool Status

     Get Fleet pool status summary.

    Returns aggregate counts of sandbox availability for quick
    pool health assessment.

    Args:
        org_only: If True, only count sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetPoolStatus: Pool status summary with counts.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetPoolStatus | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        org_only=org_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> Response[FleetPoolStatus | HTTPValidationError]:
    """Get Pool Status

     Get Fleet pool status summary.

    Returns aggregate counts of sandbox availability for quick
    pool health assessment.

    Args:
        org_only: If True, only count sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetPoolStatus: Pool status summary with counts.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetPoolStatus | HTTPValidationError]
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
) -> FleetPoolStatus | HTTPValidationError | None:
    """Get Pool Status

     Get Fleet pool status summary.

    Returns aggregate counts of sandbox availability for quick
    pool health assessment.

    Args:
        org_only: If True, only count sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        FleetPoolStatus: Pool status summary with counts.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetPoolStatus | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            org_only=org_only,
        )
    ).parsed
