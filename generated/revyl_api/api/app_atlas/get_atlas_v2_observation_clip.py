from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_observation_clip import AtlasObservationClip
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    app_id: str,
    observation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/apps/{app_id}/observations/{observation_id}/clip".format(
            app_id=quote(str(app_id), safe=""),
            observation_id=quote(str(observation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AtlasObservationClip | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AtlasObservationClip.from_dict(response.json())

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
) -> Response[AtlasObservationClip | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AtlasObservationClip | HTTPValidationError]:
    """Get Atlas V2 Observation Clip

     Presign the run video + capture timestamp behind one screenshot.

    Lazily called when a designer enables the "animate" overlay on the
    screen-detail screenshot, so the player can loop ~1s either side of the
    moment the frame was captured.

    Args:
        app_id (str):
        observation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasObservationClip | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        observation_id=observation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> AtlasObservationClip | HTTPValidationError | None:
    """Get Atlas V2 Observation Clip

     Presign the run video + capture timestamp behind one screenshot.

    Lazily called when a designer enables the "animate" overlay on the
    screen-detail screenshot, so the player can loop ~1s either side of the
    moment the frame was captured.

    Args:
        app_id (str):
        observation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasObservationClip | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        observation_id=observation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AtlasObservationClip | HTTPValidationError]:
    """Get Atlas V2 Observation Clip

     Presign the run video + capture timestamp behind one screenshot.

    Lazily called when a designer enables the "animate" overlay on the
    screen-detail screenshot, so the player can loop ~1s either side of the
    moment the frame was captured.

    Args:
        app_id (str):
        observation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasObservationClip | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        observation_id=observation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> AtlasObservationClip | HTTPValidationError | None:
    """Get Atlas V2 Observation Clip

     Presign the run video + capture timestamp behind one screenshot.

    Lazily called when a designer enables the "animate" overlay on the
    screen-detail screenshot, so the player can loop ~1s either side of the
    moment the frame was captured.

    Args:
        app_id (str):
        observation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasObservationClip | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            observation_id=observation_id,
            client=client,
        )
    ).parsed
