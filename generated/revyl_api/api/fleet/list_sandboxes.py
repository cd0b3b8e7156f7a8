from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fleet_sandbox import FleetSandbox
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
        "url": "/api/v1/fleet/sandboxes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[FleetSandbox] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FleetSandbox.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[FleetSandbox]]:
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
) -> Response[HTTPValidationError | list[FleetSandbox]]:
    """List Sandboxes

     List sandboxes in the Fleet pool.

    By default returns all sandboxes (shared pool + org-owned).
    Use org_only=true to filter to only sandboxes owned by the user's org.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        List[FleetSandbox]: Sandboxes matching the filter criteria.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FleetSandbox]]
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
) -> HTTPValidationError | list[FleetSandbox] | None:
    """List Sandboxes

     List sandboxes in the Fleet pool.

    By default returns all sandboxes (shared pool + org-owned).
    Use org_only=true to filter to only sandboxes owned by the user's org.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        List[FleetSandbox]: Sandboxes matching the filter criteria.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FleetSandbox]
    """

    return sync_detailed(
        client=client,
        org_only=org_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_only: bool | Unset = False,
) -> Response[HTTPValidationError | list[FleetSandbox]]:
    """List Sandboxes

     List sandboxes in the Fleet pool.

    By default returns all sandboxes (shared pool + org-owned).
    Use org_only=true to filter to only sandboxes owned by the user's org.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        List[FleetSandbox]: Sandboxes matching the filter criteria.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FleetSandbox]]
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
) -> HTTPValidationError | list[FleetSandbox] | None:
    """List Sandboxes

     List sandboxes in the Fleet pool.

    By default returns all sandboxes (shared pool + org-owned).
    Use org_only=true to filter to only sandboxes owned by the user's org.

    Args:
        org_only: If True, only return sandboxes owned by user's organization.
        auth_info: Authenticated user info.

    Returns:
        List[FleetSandbox]: Sandboxes matching the filter criteria.

    Raises:
        HTTPException: If database query fails.

    Args:
        org_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FleetSandbox]
    """

    return (
        await asyncio_detailed(
            client=client,
            org_only=org_only,
        )
    ).parsed
