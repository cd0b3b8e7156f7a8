from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_explore_launch_request import AtlasExploreLaunchRequest
from ...models.atlas_explore_launch_response import AtlasExploreLaunchResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: AtlasExploreLaunchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/atlas/v2/apps/{app_id}/explorations".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AtlasExploreLaunchResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AtlasExploreLaunchResponse.from_dict(response.json())

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
) -> Response[AtlasExploreLaunchResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AtlasExploreLaunchRequest,
) -> Response[AtlasExploreLaunchResponse | HTTPValidationError]:
    """Launch Atlas Exploration

     Launch a V1 Atlas exploration run via the parent Hatchet workflow.

    Args:
        app_id (UUID):
        body (AtlasExploreLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasExploreLaunchResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AtlasExploreLaunchRequest,
) -> AtlasExploreLaunchResponse | HTTPValidationError | None:
    """Launch Atlas Exploration

     Launch a V1 Atlas exploration run via the parent Hatchet workflow.

    Args:
        app_id (UUID):
        body (AtlasExploreLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasExploreLaunchResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AtlasExploreLaunchRequest,
) -> Response[AtlasExploreLaunchResponse | HTTPValidationError]:
    """Launch Atlas Exploration

     Launch a V1 Atlas exploration run via the parent Hatchet workflow.

    Args:
        app_id (UUID):
        body (AtlasExploreLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasExploreLaunchResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AtlasExploreLaunchRequest,
) -> AtlasExploreLaunchResponse | HTTPValidationError | None:
    """Launch Atlas Exploration

     Launch a V1 Atlas exploration run via the parent Hatchet workflow.

    Args:
        app_id (UUID):
        body (AtlasExploreLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasExploreLaunchResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
