from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.register_sandbox_request import RegisterSandboxRequest
from ...models.register_sandbox_response import RegisterSandboxResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterSandboxRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/sandboxes/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RegisterSandboxResponse | None:
    if response.status_code == 200:
        response_200 = RegisterSandboxResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RegisterSandboxResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterSandboxRequest,
) -> Response[HTTPValidationError | RegisterSandboxResponse]:
    """Register Sandbox

     Register (upsert) a sandbox during provisioning.

    Called by the fleet CLI after provisioning a Mac, or by the Ansible
    playbook during sandbox setup. Inserts a new row if the vm_name doesn't
    exist, or updates the existing row if it does.

    This is the bridge between SSM-based provisioning (admin) and
    Supabase-based state (developer CLI / FleetDashboard).

    Args:
        request: Sandbox registration data (vm_name is the unique key).
        response: FastAPI response object (to set 201 status on create).
        auth_info: Authenticated user info (service key or admin user).

    Returns:
        RegisterSandboxResponse: The registered sandbox and whether it was
            newly created or updated.

    Raises:
        HTTPException: If the database operation fails.

    Args:
        body (RegisterSandboxRequest): Request payload for registering (upserting) a sandbox
            during provisioning.

            Called by the fleet CLI or Ansible playbook after provisioning a Mac.
            Upserts into fleet_sandboxes by vm_name so the sandbox is discoverable
            by the developer CLI and FleetDashboard.

            Attributes:
                vm_name: Unique VM name (e.g., "Revyl-Mac-mini-W641QMFKQR").
                hostname: mDNS hostname (e.g., "Revyl-Mac-mini-W641QMFKQR.local").
                org_id: Organization ID to reserve this sandbox for. If set, only
                    users from this org can claim it. NULL means shared pool.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                ssh_user: SSH username for connections (default: revyl-admin).
                ssh_port: SSH port number (default: 22).
                status: Initial sandbox status (default: available).
                specs: Hardware specifications (cpu_cores, memory_gb, chip).
                tags: Flexible labels for filtering (location, tier, etc.).
                db_env: Target database environment override. When set, the backend
                    routes the registration to the specified Supabase instance
                    instead of the backend's default. Use "staging" for internal
                    sandboxes and "production" for external/customer sandboxes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterSandboxResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegisterSandboxRequest,
) -> HTTPValidationError | RegisterSandboxResponse | None:
    """Register Sandbox

     Register (upsert) a sandbox during provisioning.

    Called by the fleet CLI after provisioning a Mac, or by the Ansible
    playbook during sandbox setup. Inserts a new row if the vm_name doesn't
    exist, or updates the existing row if it does.

    This is the bridge between SSM-based provisioning (admin) and
    Supabase-based state (developer CLI / FleetDashboard).

    Args:
        request: Sandbox registration data (vm_name is the unique key).
        response: FastAPI response object (to set 201 status on create).
        auth_info: Authenticated user info (service key or admin user).

    Returns:
        RegisterSandboxResponse: The registered sandbox and whether it was
            newly created or updated.

    Raises:
        HTTPException: If the database operation fails.

    Args:
        body (RegisterSandboxRequest): Request payload for registering (upserting) a sandbox
            during provisioning.

            Called by the fleet CLI or Ansible playbook after provisioning a Mac.
            Upserts into fleet_sandboxes by vm_name so the sandbox is discoverable
            by the developer CLI and FleetDashboard.

            Attributes:
                vm_name: Unique VM name (e.g., "Revyl-Mac-mini-W641QMFKQR").
                hostname: mDNS hostname (e.g., "Revyl-Mac-mini-W641QMFKQR.local").
                org_id: Organization ID to reserve this sandbox for. If set, only
                    users from this org can claim it. NULL means shared pool.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                ssh_user: SSH username for connections (default: revyl-admin).
                ssh_port: SSH port number (default: 22).
                status: Initial sandbox status (default: available).
                specs: Hardware specifications (cpu_cores, memory_gb, chip).
                tags: Flexible labels for filtering (location, tier, etc.).
                db_env: Target database environment override. When set, the backend
                    routes the registration to the specified Supabase instance
                    instead of the backend's default. Use "staging" for internal
                    sandboxes and "production" for external/customer sandboxes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterSandboxResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterSandboxRequest,
) -> Response[HTTPValidationError | RegisterSandboxResponse]:
    """Register Sandbox

     Register (upsert) a sandbox during provisioning.

    Called by the fleet CLI after provisioning a Mac, or by the Ansible
    playbook during sandbox setup. Inserts a new row if the vm_name doesn't
    exist, or updates the existing row if it does.

    This is the bridge between SSM-based provisioning (admin) and
    Supabase-based state (developer CLI / FleetDashboard).

    Args:
        request: Sandbox registration data (vm_name is the unique key).
        response: FastAPI response object (to set 201 status on create).
        auth_info: Authenticated user info (service key or admin user).

    Returns:
        RegisterSandboxResponse: The registered sandbox and whether it was
            newly created or updated.

    Raises:
        HTTPException: If the database operation fails.

    Args:
        body (RegisterSandboxRequest): Request payload for registering (upserting) a sandbox
            during provisioning.

            Called by the fleet CLI or Ansible playbook after provisioning a Mac.
            Upserts into fleet_sandboxes by vm_name so the sandbox is discoverable
            by the developer CLI and FleetDashboard.

            Attributes:
                vm_name: Unique VM name (e.g., "Revyl-Mac-mini-W641QMFKQR").
                hostname: mDNS hostname (e.g., "Revyl-Mac-mini-W641QMFKQR.local").
                org_id: Organization ID to reserve this sandbox for. If set, only
                    users from this org can claim it. NULL means shared pool.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                ssh_user: SSH username for connections (default: revyl-admin).
                ssh_port: SSH port number (default: 22).
                status: Initial sandbox status (default: available).
                specs: Hardware specifications (cpu_cores, memory_gb, chip).
                tags: Flexible labels for filtering (location, tier, etc.).
                db_env: Target database environment override. When set, the backend
                    routes the registration to the specified Supabase instance
                    instead of the backend's default. Use "staging" for internal
                    sandboxes and "production" for external/customer sandboxes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterSandboxResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterSandboxRequest,
) -> HTTPValidationError | RegisterSandboxResponse | None:
    """Register Sandbox

     Register (upsert) a sandbox during provisioning.

    Called by the fleet CLI after provisioning a Mac, or by the Ansible
    playbook during sandbox setup. Inserts a new row if the vm_name doesn't
    exist, or updates the existing row if it does.

    This is the bridge between SSM-based provisioning (admin) and
    Supabase-based state (developer CLI / FleetDashboard).

    Args:
        request: Sandbox registration data (vm_name is the unique key).
        response: FastAPI response object (to set 201 status on create).
        auth_info: Authenticated user info (service key or admin user).

    Returns:
        RegisterSandboxResponse: The registered sandbox and whether it was
            newly created or updated.

    Raises:
        HTTPException: If the database operation fails.

    Args:
        body (RegisterSandboxRequest): Request payload for registering (upserting) a sandbox
            during provisioning.

            Called by the fleet CLI or Ansible playbook after provisioning a Mac.
            Upserts into fleet_sandboxes by vm_name so the sandbox is discoverable
            by the developer CLI and FleetDashboard.

            Attributes:
                vm_name: Unique VM name (e.g., "Revyl-Mac-mini-W641QMFKQR").
                hostname: mDNS hostname (e.g., "Revyl-Mac-mini-W641QMFKQR.local").
                org_id: Organization ID to reserve this sandbox for. If set, only
                    users from this org can claim it. NULL means shared pool.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                ssh_user: SSH username for connections (default: revyl-admin).
                ssh_port: SSH port number (default: 22).
                status: Initial sandbox status (default: available).
                specs: Hardware specifications (cpu_cores, memory_gb, chip).
                tags: Flexible labels for filtering (location, tier, etc.).
                db_env: Target database environment override. When set, the backend
                    routes the registration to the specified Supabase instance
                    instead of the backend's default. Use "staging" for internal
                    sandboxes and "production" for external/customer sandboxes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterSandboxResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
