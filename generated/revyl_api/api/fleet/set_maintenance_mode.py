from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.set_maintenance_mode_response_set_maintenance_mode_api_v1_fleet_sandboxes_sandbox_id_maintenance_post import (
    SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sandbox_id: str,
    *,
    enable: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enable"] = enable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/sandboxes/{sandbox_id}/maintenance".format(
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost | None
):
    if response.status_code == 200:
        response_200 = (
            SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost.from_dict(
                response.json()
            )
        )

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
) -> Response[
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    enable: bool | Unset = True,
) -> Response[
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost
]:
    """Set Maintenance Mode

     Set sandbox maintenance mode (admin only).

    Puts a sandbox into or out of maintenance mode. Sandboxes in maintenance
    cannot be claimed by users.

    Args:
        sandbox_id: Sandbox ID or vm_name.
        enable: True to enable maintenance, False to disable.
        auth_info: Authenticated user info.

    Returns:
        dict: Success status and message.

    Raises:
        HTTPException: If sandbox not found or user is not admin.

    Args:
        sandbox_id (str):
        enable (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        enable=enable,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    enable: bool | Unset = True,
) -> (
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost | None
):
    """Set Maintenance Mode

     Set sandbox maintenance mode (admin only).

    Puts a sandbox into or out of maintenance mode. Sandboxes in maintenance
    cannot be claimed by users.

    Args:
        sandbox_id: Sandbox ID or vm_name.
        enable: True to enable maintenance, False to disable.
        auth_info: Authenticated user info.

    Returns:
        dict: Success status and message.

    Raises:
        HTTPException: If sandbox not found or user is not admin.

    Args:
        sandbox_id (str):
        enable (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost
    """

    return sync_detailed(
        sandbox_id=sandbox_id,
        client=client,
        enable=enable,
    ).parsed


async def asyncio_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    enable: bool | Unset = True,
) -> Response[
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost
]:
    """Set Maintenance Mode

     Set sandbox maintenance mode (admin only).

    Puts a sandbox into or out of maintenance mode. Sandboxes in maintenance
    cannot be claimed by users.

    Args:
        sandbox_id: Sandbox ID or vm_name.
        enable: True to enable maintenance, False to disable.
        auth_info: Authenticated user info.

    Returns:
        dict: Success status and message.

    Raises:
        HTTPException: If sandbox not found or user is not admin.

    Args:
        sandbox_id (str):
        enable (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        enable=enable,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    enable: bool | Unset = True,
) -> (
    HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost | None
):
    """Set Maintenance Mode

     Set sandbox maintenance mode (admin only).

    Puts a sandbox into or out of maintenance mode. Sandboxes in maintenance
    cannot be claimed by users.

    Args:
        sandbox_id: Sandbox ID or vm_name.
        enable: True to enable maintenance, False to disable.
        auth_info: Authenticated user info.

    Returns:
        dict: Success status and message.

    Raises:
        HTTPException: If sandbox not found or user is not admin.

    Args:
        sandbox_id (str):
        enable (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SetMaintenanceModeResponseSetMaintenanceModeApiV1FleetSandboxesSandboxIdMaintenancePost
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
            enable=enable,
        )
    ).parsed
