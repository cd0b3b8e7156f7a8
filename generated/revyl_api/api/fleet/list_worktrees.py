from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fleet_worktree import FleetWorktree
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "method": "get",
        "url": "/api/v1/fleet/worktrees",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[FleetWorktree] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FleetWorktree.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[FleetWorktree]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FleetWorktree]]:
    """List Worktrees

     List worktrees on a sandbox.

    If sandbox_id is not provided, lists worktrees on user's claimed sandbox.

    Note: This endpoint currently returns an empty list as worktree listing
    requires SSH access to the sandbox. Full implementation will be added
    when SSH infrastructure is available in the backend.

    Args:
        sandbox_id: Optional specific sandbox to query.
        auth_info: Authenticated user info.

    Returns:
        List[FleetWorktree]: Worktrees on the sandbox.

    Raises:
        HTTPException: If sandbox not found or user doesn't have access.

    Args:
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FleetWorktree]]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> HTTPValidationError | list[FleetWorktree] | None:
    """List Worktrees

     List worktrees on a sandbox.

    If sandbox_id is not provided, lists worktrees on user's claimed sandbox.

    Note: This endpoint currently returns an empty list as worktree listing
    requires SSH access to the sandbox. Full implementation will be added
    when SSH infrastructure is available in the backend.

    Args:
        sandbox_id: Optional specific sandbox to query.
        auth_info: Authenticated user info.

    Returns:
        List[FleetWorktree]: Worktrees on the sandbox.

    Raises:
        HTTPException: If sandbox not found or user doesn't have access.

    Args:
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FleetWorktree]
    """

    return sync_detailed(
        client=client,
        sandbox_id=sandbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FleetWorktree]]:
    """List Worktrees

     List worktrees on a sandbox.

    If sandbox_id is not provided, lists worktrees on user's claimed sandbox.

    Note: This endpoint currently returns an empty list as worktree listing
    requires SSH access to the sandbox. Full implementation will be added
    when SSH infrastructure is available in the backend.

    Args:
        sandbox_id: Optional specific sandbox to query.
        auth_info: Authenticated user info.

    Returns:
        List[FleetWorktree]: Worktrees on the sandbox.

    Raises:
        HTTPException: If sandbox not found or user doesn't have access.

    Args:
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FleetWorktree]]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sandbox_id: None | str | Unset = UNSET,
) -> HTTPValidationError | list[FleetWorktree] | None:
    """List Worktrees

     List worktrees on a sandbox.

    If sandbox_id is not provided, lists worktrees on user's claimed sandbox.

    Note: This endpoint currently returns an empty list as worktree listing
    requires SSH access to the sandbox. Full implementation will be added
    when SSH infrastructure is available in the backend.

    Args:
        sandbox_id: Optional specific sandbox to query.
        auth_info: Authenticated user info.

    Returns:
        List[FleetWorktree]: Worktrees on the sandbox.

    Raises:
        HTTPException: If sandbox not found or user doesn't have access.

    Args:
        sandbox_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FleetWorktree]
    """

    return (
        await asyncio_detailed(
            client=client,
            sandbox_id=sandbox_id,
        )
    ).parsed
