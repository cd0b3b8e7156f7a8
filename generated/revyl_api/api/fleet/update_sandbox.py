from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.update_sandbox_request import UpdateSandboxRequest
from ...models.update_sandbox_response import UpdateSandboxResponse
from ...types import Response


def _get_kwargs(
    sandbox_id: str,
    *,
    body: UpdateSandboxRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/fleet/sandboxes/{sandbox_id}".format(
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateSandboxResponse | None:
    if response.status_code == 200:
        response_200 = UpdateSandboxResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UpdateSandboxResponse]:
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
    body: UpdateSandboxRequest,
) -> Response[HTTPValidationError | UpdateSandboxResponse]:
    """Update Sandbox

     Update sandbox properties (admin only).

    Allows admins to update sandbox configuration like tunnel_hostname,
    status, SSH settings, etc. Regular users can only update their own
    claimed sandboxes with limited fields.

    Args:
        sandbox_id: Sandbox ID or vm_name to update.
        request: Update request with fields to change.
        auth_info: Authenticated user info.

    Returns:
        UpdateSandboxResponse: Success status and updated sandbox.

    Raises:
        HTTPException: If sandbox not found or user lacks permission.

    Args:
        sandbox_id (str):
        body (UpdateSandboxRequest): Request payload for updating sandbox properties (admin only).

            All fields are optional - only provided fields will be updated.

            Attributes:
                org_id: Organization ID to assign this sandbox to. Set to empty string
                    to clear (move to shared pool). Admin only.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                status: Sandbox status (available, claimed, maintenance, reserved).
                ssh_user: SSH username for connections.
                ssh_port: SSH port number.
                specs: Hardware specifications.
                tags: Flexible labels for filtering.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateSandboxResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSandboxRequest,
) -> HTTPValidationError | UpdateSandboxResponse | None:
    """Update Sandbox

     Update sandbox properties (admin only).

    Allows admins to update sandbox configuration like tunnel_hostname,
    status, SSH settings, etc. Regular users can only update their own
    claimed sandboxes with limited fields.

    Args:
        sandbox_id: Sandbox ID or vm_name to update.
        request: Update request with fields to change.
        auth_info: Authenticated user info.

    Returns:
        UpdateSandboxResponse: Success status and updated sandbox.

    Raises:
        HTTPException: If sandbox not found or user lacks permission.

    Args:
        sandbox_id (str):
        body (UpdateSandboxRequest): Request payload for updating sandbox properties (admin only).

            All fields are optional - only provided fields will be updated.

            Attributes:
                org_id: Organization ID to assign this sandbox to. Set to empty string
                    to clear (move to shared pool). Admin only.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                status: Sandbox status (available, claimed, maintenance, reserved).
                ssh_user: SSH username for connections.
                ssh_port: SSH port number.
                specs: Hardware specifications.
                tags: Flexible labels for filtering.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateSandboxResponse
    """

    return sync_detailed(
        sandbox_id=sandbox_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSandboxRequest,
) -> Response[HTTPValidationError | UpdateSandboxResponse]:
    """Update Sandbox

     Update sandbox properties (admin only).

    Allows admins to update sandbox configuration like tunnel_hostname,
    status, SSH settings, etc. Regular users can only update their own
    claimed sandboxes with limited fields.

    Args:
        sandbox_id: Sandbox ID or vm_name to update.
        request: Update request with fields to change.
        auth_info: Authenticated user info.

    Returns:
        UpdateSandboxResponse: Success status and updated sandbox.

    Raises:
        HTTPException: If sandbox not found or user lacks permission.

    Args:
        sandbox_id (str):
        body (UpdateSandboxRequest): Request payload for updating sandbox properties (admin only).

            All fields are optional - only provided fields will be updated.

            Attributes:
                org_id: Organization ID to assign this sandbox to. Set to empty string
                    to clear (move to shared pool). Admin only.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                status: Sandbox status (available, claimed, maintenance, reserved).
                ssh_user: SSH username for connections.
                ssh_port: SSH port number.
                specs: Hardware specifications.
                tags: Flexible labels for filtering.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateSandboxResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSandboxRequest,
) -> HTTPValidationError | UpdateSandboxResponse | None:
    """Update Sandbox

     Update sandbox properties (admin only).

    Allows admins to update sandbox configuration like tunnel_hostname,
    status, SSH settings, etc. Regular users can only update their own
    claimed sandboxes with limited fields.

    Args:
        sandbox_id: Sandbox ID or vm_name to update.
        request: Update request with fields to change.
        auth_info: Authenticated user info.

    Returns:
        UpdateSandboxResponse: Success status and updated sandbox.

    Raises:
        HTTPException: If sandbox not found or user lacks permission.

    Args:
        sandbox_id (str):
        body (UpdateSandboxRequest): Request payload for updating sandbox properties (admin only).

            All fields are optional - only provided fields will be updated.

            Attributes:
                org_id: Organization ID to assign this sandbox to. Set to empty string
                    to clear (move to shared pool). Admin only.
                tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                status: Sandbox status (available, claimed, maintenance, reserved).
                ssh_user: SSH username for connections.
                ssh_port: SSH port number.
                specs: Hardware specifications.
                tags: Flexible labels for filtering.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateSandboxResponse
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
            body=body,
        )
    ).parsed
