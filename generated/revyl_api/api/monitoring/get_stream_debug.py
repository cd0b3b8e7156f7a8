from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_stream_debug_response_200_item import GetStreamDebugResponse200Item
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entity_id: str,
    *,
    stream_type: str | Unset = "tests",
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stream_type"] = stream_type

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/monitor/stream/debug/{entity_id}".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[GetStreamDebugResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetStreamDebugResponse200Item.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[GetStreamDebugResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    stream_type: str | Unset = "tests",
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | list[GetStreamDebugResponse200Item]]:
    """Get Stream Debug

     Read recent stream entries for a specific entity (test, workflow, or session).

    Returns the last N entries from the org's stream that match the given
    entity ID.  Useful for debugging event flow and sharing diagnostics.

    Args:
        entity_id (str):
        stream_type (str | Unset): Stream type: tests, workflows, sessions Default: 'tests'.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GetStreamDebugResponse200Item]]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        stream_type=stream_type,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    stream_type: str | Unset = "tests",
    limit: int | Unset = 100,
) -> HTTPValidationError | list[GetStreamDebugResponse200Item] | None:
    """Get Stream Debug

     Read recent stream entries for a specific entity (test, workflow, or session).

    Returns the last N entries from the org's stream that match the given
    entity ID.  Useful for debugging event flow and sharing diagnostics.

    Args:
        entity_id (str):
        stream_type (str | Unset): Stream type: tests, workflows, sessions Default: 'tests'.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GetStreamDebugResponse200Item]
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        stream_type=stream_type,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    stream_type: str | Unset = "tests",
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | list[GetStreamDebugResponse200Item]]:
    """Get Stream Debug

     Read recent stream entries for a specific entity (test, workflow, or session).

    Returns the last N entries from the org's stream that match the given
    entity ID.  Useful for debugging event flow and sharing diagnostics.

    Args:
        entity_id (str):
        stream_type (str | Unset): Stream type: tests, workflows, sessions Default: 'tests'.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GetStreamDebugResponse200Item]]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        stream_type=stream_type,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    stream_type: str | Unset = "tests",
    limit: int | Unset = 100,
) -> HTTPValidationError | list[GetStreamDebugResponse200Item] | None:
    """Get Stream Debug

     Read recent stream entries for a specific entity (test, workflow, or session).

    Returns the last N entries from the org's stream that match the given
    entity ID.  Useful for debugging event flow and sharing diagnostics.

    Args:
        entity_id (str):
        stream_type (str | Unset): Stream type: tests, workflows, sessions Default: 'tests'.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GetStreamDebugResponse200Item]
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            stream_type=stream_type,
            limit=limit,
        )
    ).parsed
