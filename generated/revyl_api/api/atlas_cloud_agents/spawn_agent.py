from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run import AgentRun
from ...models.http_validation_error import HTTPValidationError
from ...models.spawn_agent_request import SpawnAgentRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SpawnAgentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/agents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRun | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentRun.from_dict(response.json())

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
) -> Response[AgentRun | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SpawnAgentRequest,
) -> Response[AgentRun | HTTPValidationError]:
    """Spawn Agent

     Spawn a cloud agent for an Atlas task.

    Args:
        request: Task + Atlas context options (including the provider).
        auth_info: Authenticated caller context.

    Returns:
        The created :class:`AgentRun` (id + open-in-provider url).

    Raises:
        HTTPException: 422 for bad input/invalid credential, 502 for upstream
            errors.

    Args:
        body (SpawnAgentRequest): Request body to spawn a cloud agent from Atlas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRun | HTTPValidationError]
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
    body: SpawnAgentRequest,
) -> AgentRun | HTTPValidationError | None:
    """Spawn Agent

     Spawn a cloud agent for an Atlas task.

    Args:
        request: Task + Atlas context options (including the provider).
        auth_info: Authenticated caller context.

    Returns:
        The created :class:`AgentRun` (id + open-in-provider url).

    Raises:
        HTTPException: 422 for bad input/invalid credential, 502 for upstream
            errors.

    Args:
        body (SpawnAgentRequest): Request body to spawn a cloud agent from Atlas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRun | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpawnAgentRequest,
) -> Response[AgentRun | HTTPValidationError]:
    """Spawn Agent

     Spawn a cloud agent for an Atlas task.

    Args:
        request: Task + Atlas context options (including the provider).
        auth_info: Authenticated caller context.

    Returns:
        The created :class:`AgentRun` (id + open-in-provider url).

    Raises:
        HTTPException: 422 for bad input/invalid credential, 502 for upstream
            errors.

    Args:
        body (SpawnAgentRequest): Request body to spawn a cloud agent from Atlas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRun | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpawnAgentRequest,
) -> AgentRun | HTTPValidationError | None:
    """Spawn Agent

     Spawn a cloud agent for an Atlas task.

    Args:
        request: Task + Atlas context options (including the provider).
        auth_info: Authenticated caller context.

    Returns:
        The created :class:`AgentRun` (id + open-in-provider url).

    Raises:
        HTTPException: 422 for bad input/invalid credential, 502 for upstream
            errors.

    Args:
        body (SpawnAgentRequest): Request body to spawn a cloud agent from Atlas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRun | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
