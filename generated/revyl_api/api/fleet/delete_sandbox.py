from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_sandbox_response_delete_sandbox_api_v1_fleet_sandboxes_sandbox_name_delete import (
    DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    sandbox_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/fleet/sandboxes/{sandbox_name}".format(
            sandbox_name=quote(str(sandbox_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete.from_dict(response.json())

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
) -> Response[DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError]:
    """Delete Sandbox

     Delete a sandbox from the fleet database (admin unprovision).

    Permanently removes the sandbox row from fleet_sandboxes.
    Called by the fleet CLI during `fleet sandbox unprovision`.

    Args:
        sandbox_name: The vm_name of the sandbox to delete.
        auth_info: Authenticated user info (service key or admin).

    Returns:
        dict with success status and message.

    Raises:
        HTTPException 403: If user is not an admin.
        HTTPException 404: If the sandbox does not exist.
        HTTPException 409: If the sandbox is currently claimed.
        HTTPException 500: If the database operation fails.

    Args:
        sandbox_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        sandbox_name=sandbox_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError | None:
    """Delete Sandbox

     Delete a sandbox from the fleet database (admin unprovision).

    Permanently removes the sandbox row from fleet_sandboxes.
    Called by the fleet CLI during `fleet sandbox unprovision`.

    Args:
        sandbox_name: The vm_name of the sandbox to delete.
        auth_info: Authenticated user info (service key or admin).

    Returns:
        dict with success status and message.

    Raises:
        HTTPException 403: If user is not an admin.
        HTTPException 404: If the sandbox does not exist.
        HTTPException 409: If the sandbox is currently claimed.
        HTTPException 500: If the database operation fails.

    Args:
        sandbox_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError
    """

    return sync_detailed(
        sandbox_name=sandbox_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    sandbox_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError]:
    """Delete Sandbox

     Delete a sandbox from the fleet database (admin unprovision).

    Permanently removes the sandbox row from fleet_sandboxes.
    Called by the fleet CLI during `fleet sandbox unprovision`.

    Args:
        sandbox_name: The vm_name of the sandbox to delete.
        auth_info: Authenticated user info (service key or admin).

    Returns:
        dict with success status and message.

    Raises:
        HTTPException 403: If user is not an admin.
        HTTPException 404: If the sandbox does not exist.
        HTTPException 409: If the sandbox is currently claimed.
        HTTPException 500: If the database operation fails.

    Args:
        sandbox_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        sandbox_name=sandbox_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError | None:
    """Delete Sandbox

     Delete a sandbox from the fleet database (admin unprovision).

    Permanently removes the sandbox row from fleet_sandboxes.
    Called by the fleet CLI during `fleet sandbox unprovision`.

    Args:
        sandbox_name: The vm_name of the sandbox to delete.
        auth_info: Authenticated user info (service key or admin).

    Returns:
        dict with success status and message.

    Raises:
        HTTPException 403: If user is not an admin.
        HTTPException 404: If the sandbox does not exist.
        HTTPException 409: If the sandbox is currently claimed.
        HTTPException 500: If the database operation fails.

    Args:
        sandbox_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSandboxResponseDeleteSandboxApiV1FleetSandboxesSandboxNameDelete | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            sandbox_name=sandbox_name,
            client=client,
        )
    ).parsed
