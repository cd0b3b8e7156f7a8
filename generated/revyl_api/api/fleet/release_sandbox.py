from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.release_sandbox_response import ReleaseSandboxResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sandbox_id: str,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/sandboxes/{sandbox_id}/release".format(
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ReleaseSandboxResponse | None:
    if response.status_code == 200:
        response_200 = ReleaseSandboxResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ReleaseSandboxResponse]:
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
    force: bool | Unset = False,
) -> Response[HTTPValidationError | ReleaseSandboxResponse]:
    """Release Sandbox

     Release a claimed sandbox back to the pool.

    Only the user who claimed the sandbox can release it, unless
    force=True (requires admin permissions).

    Args:
        sandbox_id: UUID or vm_name of the sandbox to release.
        auth_info: Authenticated user info.
        force: If True, allow releasing sandbox claimed by another user (admin only).

    Returns:
        ReleaseSandboxResponse: Result of the release operation.

    Raises:
        HTTPException: If sandbox not found or user doesn't own it.

    Args:
        sandbox_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReleaseSandboxResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
) -> HTTPValidationError | ReleaseSandboxResponse | None:
    """Release Sandbox

     Release a claimed sandbox back to the pool.

    Only the user who claimed the sandbox can release it, unless
    force=True (requires admin permissions).

    Args:
        sandbox_id: UUID or vm_name of the sandbox to release.
        auth_info: Authenticated user info.
        force: If True, allow releasing sandbox claimed by another user (admin only).

    Returns:
        ReleaseSandboxResponse: Result of the release operation.

    Raises:
        HTTPException: If sandbox not found or user doesn't own it.

    Args:
        sandbox_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReleaseSandboxResponse
    """

    return sync_detailed(
        sandbox_id=sandbox_id,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
) -> Response[HTTPValidationError | ReleaseSandboxResponse]:
    """Release Sandbox

     Release a claimed sandbox back to the pool.

    Only the user who claimed the sandbox can release it, unless
    force=True (requires admin permissions).

    Args:
        sandbox_id: UUID or vm_name of the sandbox to release.
        auth_info: Authenticated user info.
        force: If True, allow releasing sandbox claimed by another user (admin only).

    Returns:
        ReleaseSandboxResponse: Result of the release operation.

    Raises:
        HTTPException: If sandbox not found or user doesn't own it.

    Args:
        sandbox_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReleaseSandboxResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
) -> HTTPValidationError | ReleaseSandboxResponse | None:
    """Release Sandbox

     Release a claimed sandbox back to the pool.

    Only the user who claimed the sandbox can release it, unless
    force=True (requires admin permissions).

    Args:
        sandbox_id: UUID or vm_name of the sandbox to release.
        auth_info: Authenticated user info.
        force: If True, allow releasing sandbox claimed by another user (admin only).

    Returns:
        ReleaseSandboxResponse: Result of the release operation.

    Raises:
        HTTPException: If sandbox not found or user doesn't own it.

    Args:
        sandbox_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReleaseSandboxResponse
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
            force=force,
        )
    ).parsed
