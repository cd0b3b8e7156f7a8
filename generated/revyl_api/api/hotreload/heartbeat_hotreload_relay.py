from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hot_reload_relay_heartbeat_response import HotReloadRelayHeartbeatResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    relay_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/hotreload/relays/{relay_id}/heartbeat".format(
            relay_id=quote(str(relay_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | HotReloadRelayHeartbeatResponse | None:
    if response.status_code == 200:
        response_200 = HotReloadRelayHeartbeatResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | HotReloadRelayHeartbeatResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | HotReloadRelayHeartbeatResponse]:
    """Heartbeat Hotreload Relay

    Args:
        relay_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | HotReloadRelayHeartbeatResponse]
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | HotReloadRelayHeartbeatResponse | None:
    """Heartbeat Hotreload Relay

    Args:
        relay_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | HotReloadRelayHeartbeatResponse
    """

    return sync_detailed(
        relay_id=relay_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | HotReloadRelayHeartbeatResponse]:
    """Heartbeat Hotreload Relay

    Args:
        relay_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | HotReloadRelayHeartbeatResponse]
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | HotReloadRelayHeartbeatResponse | None:
    """Heartbeat Hotreload Relay

    Args:
        relay_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | HotReloadRelayHeartbeatResponse
    """

    return (
        await asyncio_detailed(
            relay_id=relay_id,
            client=client,
        )
    ).parsed
