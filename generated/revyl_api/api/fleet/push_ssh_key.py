from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.push_ssh_key_request import PushSSHKeyRequest
from ...models.push_ssh_key_response import PushSSHKeyResponse
from ...types import Response


def _get_kwargs(
    sandbox_id: str,
    *,
    body: PushSSHKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/sandboxes/{sandbox_id}/ssh-key".format(
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PushSSHKeyResponse | None:
    if response.status_code == 200:
        response_200 = PushSSHKeyResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PushSSHKeyResponse]:
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
    body: PushSSHKeyRequest,
) -> Response[HTTPValidationError | PushSSHKeyResponse]:
    """Push Ssh Key

     Push an SSH public key to a sandbox.

    Adds the provided SSH public key to the sandbox's authorized_keys file.
    The backend SSHs into the sandbox using its existing credentials to add the key.

    Args:
        sandbox_id: UUID of the sandbox to push the key to.
        request: Request containing the public key.
        auth_info: Authenticated user info.

    Returns:
        PushSSHKeyResponse: Result of the key push operation.

    Raises:
        HTTPException: If sandbox not found or SSH operation fails.

    Args:
        sandbox_id (str):
        body (PushSSHKeyRequest): Request payload for pushing an SSH public key to a sandbox.

            The backend will SSH into the sandbox and add the key to authorized_keys.

            Attributes:
                public_key: The SSH public key content (e.g., "ssh-ed25519 AAAA... user@host").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PushSSHKeyResponse]
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
    body: PushSSHKeyRequest,
) -> HTTPValidationError | PushSSHKeyResponse | None:
    """Push Ssh Key

     Push an SSH public key to a sandbox.

    Adds the provided SSH public key to the sandbox's authorized_keys file.
    The backend SSHs into the sandbox using its existing credentials to add the key.

    Args:
        sandbox_id: UUID of the sandbox to push the key to.
        request: Request containing the public key.
        auth_info: Authenticated user info.

    Returns:
        PushSSHKeyResponse: Result of the key push operation.

    Raises:
        HTTPException: If sandbox not found or SSH operation fails.

    Args:
        sandbox_id (str):
        body (PushSSHKeyRequest): Request payload for pushing an SSH public key to a sandbox.

            The backend will SSH into the sandbox and add the key to authorized_keys.

            Attributes:
                public_key: The SSH public key content (e.g., "ssh-ed25519 AAAA... user@host").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PushSSHKeyResponse
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
    body: PushSSHKeyRequest,
) -> Response[HTTPValidationError | PushSSHKeyResponse]:
    """Push Ssh Key

     Push an SSH public key to a sandbox.

    Adds the provided SSH public key to the sandbox's authorized_keys file.
    The backend SSHs into the sandbox using its existing credentials to add the key.

    Args:
        sandbox_id: UUID of the sandbox to push the key to.
        request: Request containing the public key.
        auth_info: Authenticated user info.

    Returns:
        PushSSHKeyResponse: Result of the key push operation.

    Raises:
        HTTPException: If sandbox not found or SSH operation fails.

    Args:
        sandbox_id (str):
        body (PushSSHKeyRequest): Request payload for pushing an SSH public key to a sandbox.

            The backend will SSH into the sandbox and add the key to authorized_keys.

            Attributes:
                public_key: The SSH public key content (e.g., "ssh-ed25519 AAAA... user@host").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PushSSHKeyResponse]
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
    body: PushSSHKeyRequest,
) -> HTTPValidationError | PushSSHKeyResponse | None:
    """Push Ssh Key

     Push an SSH public key to a sandbox.

    Adds the provided SSH public key to the sandbox's authorized_keys file.
    The backend SSHs into the sandbox using its existing credentials to add the key.

    Args:
        sandbox_id: UUID of the sandbox to push the key to.
        request: Request containing the public key.
        auth_info: Authenticated user info.

    Returns:
        PushSSHKeyResponse: Result of the key push operation.

    Raises:
        HTTPException: If sandbox not found or SSH operation fails.

    Args:
        sandbox_id (str):
        body (PushSSHKeyRequest): Request payload for pushing an SSH public key to a sandbox.

            The backend will SSH into the sandbox and add the key to authorized_keys.

            Attributes:
                public_key: The SSH public key content (e.g., "ssh-ed25519 AAAA... user@host").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PushSSHKeyResponse
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
            body=body,
        )
    ).parsed
