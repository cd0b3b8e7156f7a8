from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_worktree_request import CreateWorktreeRequest
from ...models.fleet_worktree import FleetWorktree
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWorktreeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fleet/worktrees",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FleetWorktree | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FleetWorktree.from_dict(response.json())

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
) -> Response[FleetWorktree | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorktreeRequest,
) -> Response[FleetWorktree | HTTPValidationError]:
    """Create Worktree

     Create a new worktree on a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        request: Worktree creation parameters.
        auth_info: Authenticated user info.

    Returns:
        FleetWorktree: The created worktree.

    Raises:
        HTTPException: Not implemented.

    Args:
        body (CreateWorktreeRequest): Request payload for creating a new worktree.

            Attributes:
                branch: Name for the new branch/worktree.
                base_branch: Branch to create the worktree from (default: main).
                sandbox_id: Optional specific sandbox to create on (uses claimed if not specified).
                repo: Repository name (default: cognisim-monorepo).
                copy_env: Whether to copy .env files from local repo.
                install_deps: Whether to run dependency installation.
                setup_script: Optional custom setup script to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetWorktree | HTTPValidationError]
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
    body: CreateWorktreeRequest,
) -> FleetWorktree | HTTPValidationError | None:
    """Create Worktree

     Create a new worktree on a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        request: Worktree creation parameters.
        auth_info: Authenticated user info.

    Returns:
        FleetWorktree: The created worktree.

    Raises:
        HTTPException: Not implemented.

    Args:
        body (CreateWorktreeRequest): Request payload for creating a new worktree.

            Attributes:
                branch: Name for the new branch/worktree.
                base_branch: Branch to create the worktree from (default: main).
                sandbox_id: Optional specific sandbox to create on (uses claimed if not specified).
                repo: Repository name (default: cognisim-monorepo).
                copy_env: Whether to copy .env files from local repo.
                install_deps: Whether to run dependency installation.
                setup_script: Optional custom setup script to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetWorktree | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorktreeRequest,
) -> Response[FleetWorktree | HTTPValidationError]:
    """Create Worktree

     Create a new worktree on a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        request: Worktree creation parameters.
        auth_info: Authenticated user info.

    Returns:
        FleetWorktree: The created worktree.

    Raises:
        HTTPException: Not implemented.

    Args:
        body (CreateWorktreeRequest): Request payload for creating a new worktree.

            Attributes:
                branch: Name for the new branch/worktree.
                base_branch: Branch to create the worktree from (default: main).
                sandbox_id: Optional specific sandbox to create on (uses claimed if not specified).
                repo: Repository name (default: cognisim-monorepo).
                copy_env: Whether to copy .env files from local repo.
                install_deps: Whether to run dependency installation.
                setup_script: Optional custom setup script to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FleetWorktree | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWorktreeRequest,
) -> FleetWorktree | HTTPValidationError | None:
    """Create Worktree

     Create a new worktree on a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        request: Worktree creation parameters.
        auth_info: Authenticated user info.

    Returns:
        FleetWorktree: The created worktree.

    Raises:
        HTTPException: Not implemented.

    Args:
        body (CreateWorktreeRequest): Request payload for creating a new worktree.

            Attributes:
                branch: Name for the new branch/worktree.
                base_branch: Branch to create the worktree from (default: main).
                sandbox_id: Optional specific sandbox to create on (uses claimed if not specified).
                repo: Repository name (default: cognisim-monorepo).
                copy_env: Whether to copy .env files from local repo.
                install_deps: Whether to run dependency installation.
                setup_script: Optional custom setup script to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FleetWorktree | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
