from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exploration_run_status_update import ExplorationRunStatusUpdate
from ...models.http_validation_error import HTTPValidationError
from ...models.update_atlas_exploration_status_response_update_atlas_exploration_status_api_v1_atlas_v2_explorations_run_id_status_post import (
    UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost,
)
from ...types import Response


def _get_kwargs(
    run_id: UUID,
    *,
    body: ExplorationRunStatusUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/v2/explorations/{run_id}/status".format(
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
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
    | None
):
    if response.status_code == 200:
        response_200 = UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost.from_dict(
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
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
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
    body: ExplorationRunStatusUpdate,
) -> Response[
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
]:
    """Update Atlas Exploration Status

    Args:
        run_id (UUID):
        body (ExplorationRunStatusUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost]
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
    body: ExplorationRunStatusUpdate,
) -> (
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
    | None
):
    """Update Atlas Exploration Status

    Args:
        run_id (UUID):
        body (ExplorationRunStatusUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
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
    body: ExplorationRunStatusUpdate,
) -> Response[
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
]:
    """Update Atlas Exploration Status

    Args:
        run_id (UUID):
        body (ExplorationRunStatusUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost]
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
    body: ExplorationRunStatusUpdate,
) -> (
    HTTPValidationError
    | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
    | None
):
    """Update Atlas Exploration Status

    Args:
        run_id (UUID):
        body (ExplorationRunStatusUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateAtlasExplorationStatusResponseUpdateAtlasExplorationStatusApiV1AtlasV2ExplorationsRunIdStatusPost
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
