from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run import AgentRun
from ...models.cloud_agent_provider_id import CloudAgentProviderId
from ...models.http_validation_error import HTTPValidationError
from ...models.send_message_request import SendMessageRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bc_id: str,
    *,
    body: SendMessageRequest,
    app_id: str,
    provider: CloudAgentProviderId | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/agents/{bc_id}/messages".format(
            bc_id=quote(str(bc_id), safe=""),
        ),
        "params": params,
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
    bc_id: str,
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
    app_id: str,
    provider: CloudAgentProviderId | Unset = UNSET,
) -> Response[AgentRun | HTTPValidationError]:
    """Send Agent Message

     Send a follow-up message to a running agent.

    Args:
        bc_id: Provider agent id.
        request: Follow-up message.
        app_id: Atlas app id the run must belong to (tenancy check).
        provider: Cloud agent provider that owns the run.
        auth_info: Authenticated caller context.

    Returns:
        The updated run.

    Raises:
        HTTPException: 404 when the run is not in the caller's org+app, 502 for
            upstream errors.

    Args:
        bc_id (str):
        app_id (str): Atlas app id the run must belong to
        provider (CloudAgentProviderId | Unset): Canonical cloud-agent provider identifiers.

            Only Cursor is implemented today; add a member here when adding a provider
            so request bodies, the registry, and the frontend can do exhaustive handling.
        body (SendMessageRequest): Follow-up message body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRun | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bc_id=bc_id,
        body=body,
        app_id=app_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bc_id: str,
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
    app_id: str,
    provider: CloudAgentProviderId | Unset = UNSET,
) -> AgentRun | HTTPValidationError | None:
    """Send Agent Message

     Send a follow-up message to a running agent.

    Args:
        bc_id: Provider agent id.
        request: Follow-up message.
        app_id: Atlas app id the run must belong to (tenancy check).
        provider: Cloud agent provider that owns the run.
        auth_info: Authenticated caller context.

    Returns:
        The updated run.

    Raises:
        HTTPException: 404 when the run is not in the caller's org+app, 502 for
            upstream errors.

    Args:
        bc_id (str):
        app_id (str): Atlas app id the run must belong to
        provider (CloudAgentProviderId | Unset): Canonical cloud-agent provider identifiers.

            Only Cursor is implemented today; add a member here when adding a provider
            so request bodies, the registry, and the frontend can do exhaustive handling.
        body (SendMessageRequest): Follow-up message body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRun | HTTPValidationError
    """

    return sync_detailed(
        bc_id=bc_id,
        client=client,
        body=body,
        app_id=app_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    bc_id: str,
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
    app_id: str,
    provider: CloudAgentProviderId | Unset = UNSET,
) -> Response[AgentRun | HTTPValidationError]:
    """Send Agent Message

     Send a follow-up message to a running agent.

    Args:
        bc_id: Provider agent id.
        request: Follow-up message.
        app_id: Atlas app id the run must belong to (tenancy check).
        provider: Cloud agent provider that owns the run.
        auth_info: Authenticated caller context.

    Returns:
        The updated run.

    Raises:
        HTTPException: 404 when the run is not in the caller's org+app, 502 for
            upstream errors.

    Args:
        bc_id (str):
        app_id (str): Atlas app id the run must belong to
        provider (CloudAgentProviderId | Unset): Canonical cloud-agent provider identifiers.

            Only Cursor is implemented today; add a member here when adding a provider
            so request bodies, the registry, and the frontend can do exhaustive handling.
        body (SendMessageRequest): Follow-up message body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRun | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bc_id=bc_id,
        body=body,
        app_id=app_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bc_id: str,
    *,
    client: AuthenticatedClient,
    body: SendMessageRequest,
    app_id: str,
    provider: CloudAgentProviderId | Unset = UNSET,
) -> AgentRun | HTTPValidationError | None:
    """Send Agent Message

     Send a follow-up message to a running agent.

    Args:
        bc_id: Provider agent id.
        request: Follow-up message.
        app_id: Atlas app id the run must belong to (tenancy check).
        provider: Cloud agent provider that owns the run.
        auth_info: Authenticated caller context.

    Returns:
        The updated run.

    Raises:
        HTTPException: 404 when the run is not in the caller's org+app, 502 for
            upstream errors.

    Args:
        bc_id (str):
        app_id (str): Atlas app id the run must belong to
        provider (CloudAgentProviderId | Unset): Canonical cloud-agent provider identifiers.

            Only Cursor is implemented today; add a member here when adding a provider
            so request bodies, the registry, and the frontend can do exhaustive handling.
        body (SendMessageRequest): Follow-up message body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRun | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            bc_id=bc_id,
            client=client,
            body=body,
            app_id=app_id,
            provider=provider,
        )
    ).parsed
