from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_atlas_exploration_finding_response_create_atlas_exploration_finding_api_v1_atlas_v2_explorations_run_id_findings_post import (
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.report_finding_create import ReportFindingCreate
from ...types import Response


def _get_kwargs(
    run_id: UUID,
    *,
    body: ReportFindingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/v2/explorations/{run_id}/findings".format(
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
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost.from_dict(
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
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
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
    body: ReportFindingCreate,
) -> Response[
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
    | HTTPValidationError
]:
    """Create Atlas Exploration Finding

    Args:
        run_id (UUID):
        body (ReportFindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost | HTTPValidationError]
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
    body: ReportFindingCreate,
) -> (
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
    | HTTPValidationError
    | None
):
    """Create Atlas Exploration Finding

    Args:
        run_id (UUID):
        body (ReportFindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost | HTTPValidationError
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
    body: ReportFindingCreate,
) -> Response[
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
    | HTTPValidationError
]:
    """Create Atlas Exploration Finding

    Args:
        run_id (UUID):
        body (ReportFindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost | HTTPValidationError]
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
    body: ReportFindingCreate,
) -> (
    CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost
    | HTTPValidationError
    | None
):
    """Create Atlas Exploration Finding

    Args:
        run_id (UUID):
        body (ReportFindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAtlasExplorationFindingResponseCreateAtlasExplorationFindingApiV1AtlasV2ExplorationsRunIdFindingsPost | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
