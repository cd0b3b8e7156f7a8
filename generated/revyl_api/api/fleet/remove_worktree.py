from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remove_worktree_response_remove_worktree_api_v1_fleet_worktrees_branch_delete import (
    RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    branch: str,
    *,
    sandbox_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sandbox_id: None | str | Unset
    if isinstance(sandbox_id, Unset):
        json_sandbox_id = UNSET
    else:
        json_sandbox_id = sandbox_id
    params["sandbox_id"] = json_sandbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/fleet/worktrees/{branch}".format(
            branch=quote(str(branch), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete | None:
    if response.status_code == 200:
        response_200 = RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    branch: str,
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete]:
    """Remove Worktree

     Remove a worktree from a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        branch: Branch name of the worktree to remove.
        sandbox_id: Optional specific sandbox (uses claimed if not specified).
        auth_info: Authenticated user info.

    Returns:
        dict: Success message.

    Raises:
        HTTPException: Not implemented.

    Args:
        branch (str):
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete]
    """

    kwargs = _get_kwargs(
        branch=branch,
        sandbox_id=sandbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    branch: str,
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete | None:
    """Remove Worktree

     Remove a worktree from a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        branch: Branch name of the worktree to remove.
        sandbox_id: Optional specific sandbox (uses claimed if not specified).
        auth_info: Authenticated user info.

    Returns:
        dict: Success message.

    Raises:
        HTTPException: Not implemented.

    Args:
        branch (str):
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete
    """

    return sync_detailed(
        branch=branch,
        client=client,
        sandbox_id=sandbox_id,
    ).parsed


async def asyncio_detailed(
    branch: str,
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete]:
    """Remove Worktree

     Remove a worktree from a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        branch: Branch name of the worktree to remove.
        sandbox_id: Optional specific sandbox (uses claimed if not specified).
        auth_info: Authenticated user info.

    Returns:
        dict: Success message.

    Raises:
        HTTPException: Not implemented.

    Args:
        branch (str):
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete]
    """

    kwargs = _get_kwargs(
        branch=branch,
        sandbox_id=sandbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    branch: str,
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete | None:
    """Remove Worktree

     Remove a worktree from a sandbox.

    Note: This endpoint is not yet implemented as it requires SSH access
    to the sandbox to run git commands.

    Args:
        branch: Branch name of the worktree to remove.
        sandbox_id: Optional specific sandbox (uses claimed if not specified).
        auth_info: Authenticated user info.

    Returns:
        dict: Success message.

    Raises:
        HTTPException: Not implemented.

    Args:
        branch (str):
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoveWorktreeResponseRemoveWorktreeApiV1FleetWorktreesBranchDelete
    """

    return (
        await asyncio_detailed(
            branch=branch,
            client=client,
            sandbox_id=sandbox_id,
        )
    ).parsed
