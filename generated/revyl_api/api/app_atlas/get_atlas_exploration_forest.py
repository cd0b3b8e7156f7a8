from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_atlas_exploration_forest_response_get_atlas_exploration_forest_api_v1_atlas_v2_explorations_run_id_forest_get import (
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: UUID,
    *,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_variants"] = include_variants

    params["include_details"] = include_details

    params["include_flows"] = include_flows

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/explorations/{run_id}/forest".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = (
            GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet.from_dict(
                response.json()
            )
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
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
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
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 1000,
) -> Response[
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
    | HTTPValidationError
]:
    """Get Atlas Exploration Forest

     Atlas graph scoped to a single exploration run (all lanes unioned).

    Exploration runs target one app, so this is a run-scoped single-app graph
    rather than a multi-app forest. Returned in the same shape the app Atlas
    panel consumes via ``graphDataOverride``.

    Args:
        run_id (UUID):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 1000,
) -> (
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
    | HTTPValidationError
    | None
):
    """Get Atlas Exploration Forest

     Atlas graph scoped to a single exploration run (all lanes unioned).

    Exploration runs target one app, so this is a run-scoped single-app graph
    rather than a multi-app forest. Returned in the same shape the app Atlas
    panel consumes via ``graphDataOverride``.

    Args:
        run_id (UUID):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet | HTTPValidationError
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 1000,
) -> Response[
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
    | HTTPValidationError
]:
    """Get Atlas Exploration Forest

     Atlas graph scoped to a single exploration run (all lanes unioned).

    Exploration runs target one app, so this is a run-scoped single-app graph
    rather than a multi-app forest. Returned in the same shape the app Atlas
    panel consumes via ``graphDataOverride``.

    Args:
        run_id (UUID):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_variants=include_variants,
        include_details=include_details,
        include_flows=include_flows,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    include_variants: bool | Unset = False,
    include_details: bool | Unset = False,
    include_flows: bool | Unset = True,
    limit: int | Unset = 1000,
) -> (
    GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet
    | HTTPValidationError
    | None
):
    """Get Atlas Exploration Forest

     Atlas graph scoped to a single exploration run (all lanes unioned).

    Exploration runs target one app, so this is a run-scoped single-app graph
    rather than a multi-app forest. Returned in the same shape the app Atlas
    panel consumes via ``graphDataOverride``.

    Args:
        run_id (UUID):
        include_variants (bool | Unset):  Default: False.
        include_details (bool | Unset):  Default: False.
        include_flows (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAtlasExplorationForestResponseGetAtlasExplorationForestApiV1AtlasV2ExplorationsRunIdForestGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            include_variants=include_variants,
            include_details=include_details,
            include_flows=include_flows,
            limit=limit,
        )
    ).parsed
