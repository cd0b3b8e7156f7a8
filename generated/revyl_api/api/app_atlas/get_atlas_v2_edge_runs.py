from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_edge_runs_response import AtlasEdgeRunsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    source: str,
    target: str,
    action_type: str,
    action_label: str,
    build_id: None | str | Unset = UNSET,
    limit: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source"] = source

    params["target"] = target

    params["action_type"] = action_type

    params["action_label"] = action_label

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/apps/{app_id}/edge-runs".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AtlasEdgeRunsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AtlasEdgeRunsResponse.from_dict(response.json())

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
) -> Response[AtlasEdgeRunsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    source: str,
    target: str,
    action_type: str,
    action_label: str,
    build_id: None | str | Unset = UNSET,
    limit: int | Unset = 5,
) -> Response[AtlasEdgeRunsResponse | HTTPValidationError]:
    """Get Atlas V2 Edge Runs

     Lazy, per-edge clip lookup for the edge sidebar.

    Resolves the observed runs behind a single selected map edge (latest first)
    and presigns the run video for the newest run only, so one request paints
    the clip. Other runs are presigned on demand via the per-report endpoint.

    Args:
        app_id (str):
        source (str): Source node entity id
        target (str): Target node entity id
        action_type (str):
        action_label (str):
        build_id (None | str | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasEdgeRunsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        source=source,
        target=target,
        action_type=action_type,
        action_label=action_label,
        build_id=build_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    source: str,
    target: str,
    action_type: str,
    action_label: str,
    build_id: None | str | Unset = UNSET,
    limit: int | Unset = 5,
) -> AtlasEdgeRunsResponse | HTTPValidationError | None:
    """Get Atlas V2 Edge Runs

     Lazy, per-edge clip lookup for the edge sidebar.

    Resolves the observed runs behind a single selected map edge (latest first)
    and presigns the run video for the newest run only, so one request paints
    the clip. Other runs are presigned on demand via the per-report endpoint.

    Args:
        app_id (str):
        source (str): Source node entity id
        target (str): Target node entity id
        action_type (str):
        action_label (str):
        build_id (None | str | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasEdgeRunsResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        source=source,
        target=target,
        action_type=action_type,
        action_label=action_label,
        build_id=build_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    source: str,
    target: str,
    action_type: str,
    action_label: str,
    build_id: None | str | Unset = UNSET,
    limit: int | Unset = 5,
) -> Response[AtlasEdgeRunsResponse | HTTPValidationError]:
    """Get Atlas V2 Edge Runs

     Lazy, per-edge clip lookup for the edge sidebar.

    Resolves the observed runs behind a single selected map edge (latest first)
    and presigns the run video for the newest run only, so one request paints
    the clip. Other runs are presigned on demand via the per-report endpoint.

    Args:
        app_id (str):
        source (str): Source node entity id
        target (str): Target node entity id
        action_type (str):
        action_label (str):
        build_id (None | str | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasEdgeRunsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        source=source,
        target=target,
        action_type=action_type,
        action_label=action_label,
        build_id=build_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    source: str,
    target: str,
    action_type: str,
    action_label: str,
    build_id: None | str | Unset = UNSET,
    limit: int | Unset = 5,
) -> AtlasEdgeRunsResponse | HTTPValidationError | None:
    """Get Atlas V2 Edge Runs

     Lazy, per-edge clip lookup for the edge sidebar.

    Resolves the observed runs behind a single selected map edge (latest first)
    and presigns the run video for the newest run only, so one request paints
    the clip. Other runs are presigned on demand via the per-report endpoint.

    Args:
        app_id (str):
        source (str): Source node entity id
        target (str): Target node entity id
        action_type (str):
        action_label (str):
        build_id (None | str | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasEdgeRunsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            source=source,
            target=target,
            action_type=action_type,
            action_label=action_label,
            build_id=build_id,
            limit=limit,
        )
    ).parsed
