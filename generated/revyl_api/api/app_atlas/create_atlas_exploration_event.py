from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_atlas_exploration_event_response_create_atlas_exploration_event_api_v1_atlas_v2_explorations_run_id_events_post import (
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost,
)
from ...models.exploration_event_create import ExplorationEventCreate
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    run_id: UUID,
    *,
    body: ExplorationEventCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/v2/explorations/{run_id}/events".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost.from_dict(
            response.json()
        )

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
) -> Response[
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExplorationEventCreate,
) -> Response[
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
]:
    """Create Atlas Exploration Event

    Args:
        run_id (UUID):
        body (ExplorationEventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExplorationEventCreate,
) -> (
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
    | None
):
    """Create Atlas Exploration Event

    Args:
        run_id (UUID):
        body (ExplorationEventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost | HTTPValidationError
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExplorationEventCreate,
) -> Response[
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
]:
    """Create Atlas Exploration Event

    Args:
        run_id (UUID):
        body (ExplorationEventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExplorationEventCreate,
) -> (
    CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost
    | HTTPValidationError
    | None
):
    """Create Atlas Exploration Event

    Args:
        run_id (UUID):
        body (ExplorationEventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAtlasExplorationEventResponseCreateAtlasExplorationEventApiV1AtlasV2ExplorationsRunIdEventsPost | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
