from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_queued: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_queued"] = include_queued

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/monitor/stream/unified",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_queued: bool | Unset = True,
) -> Response[HTTPValidationError | str]:
    """Stream Unified Updates

     Unified SSE stream for all real-time updates (tests, workflows, sessions).

    On connect, fetches the current state from the database and sends it as
    an ``initial_state`` event.  Then enters a blocking-read loop on three
    Redis Streams (tests, workflows, sessions) and forwards new entries as
    SSE events.  No polling — events are written to streams at DB-write time
    by the backend endpoints themselves.

    Args:
        include_queued (bool | Unset): Include queued tests Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        include_queued=include_queued,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include_queued: bool | Unset = True,
) -> HTTPValidationError | str | None:
    """Stream Unified Updates

     Unified SSE stream for all real-time updates (tests, workflows, sessions).

    On connect, fetches the current state from the database and sends it as
    an ``initial_state`` event.  Then enters a blocking-read loop on three
    Redis Streams (tests, workflows, sessions) and forwards new entries as
    SSE events.  No polling — events are written to streams at DB-write time
    by the backend endpoints themselves.

    Args:
        include_queued (bool | Unset): Include queued tests Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | str
    """

    return sync_detailed(
        client=client,
        include_queued=include_queued,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_queued: bool | Unset = True,
) -> Response[HTTPValidationError | str]:
    """Stream Unified Updates

     Unified SSE stream for all real-time updates (tests, workflows, sessions).

    On connect, fetches the current state from the database and sends it as
    an ``initial_state`` event.  Then enters a blocking-read loop on three
    Redis Streams (tests, workflows, sessions) and forwards new entries as
    SSE events.  No polling — events are written to streams at DB-write time
    by the backend endpoints themselves.

    Args:
        include_queued (bool | Unset): Include queued tests Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        include_queued=include_queued,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_queued: bool | Unset = True,
) -> HTTPValidationError | str | None:
    """Stream Unified Updates

     Unified SSE stream for all real-time updates (tests, workflows, sessions).

    On connect, fetches the current state from the database and sends it as
    an ``initial_state`` event.  Then enters a blocking-read loop on three
    Redis Streams (tests, workflows, sessions) and forwards new entries as
    SSE events.  No polling — events are written to streams at DB-write time
    by the backend endpoints themselves.

    Args:
        include_queued (bool | Unset): Include queued tests Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            include_queued=include_queued,
        )
    ).parsed
