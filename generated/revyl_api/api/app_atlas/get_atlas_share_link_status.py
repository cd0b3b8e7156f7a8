from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_share_link_status_response import AtlasShareLinkStatusResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    build_id: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    origin: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    json_from_time: None | str | Unset
    if isinstance(from_time, Unset):
        json_from_time = UNSET
    else:
        json_from_time = from_time
    params["from_time"] = json_from_time

    json_to_time: None | str | Unset
    if isinstance(to_time, Unset):
        json_to_time = UNSET
    else:
        json_to_time = to_time
    params["to_time"] = json_to_time

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    else:
        json_origin = origin
    params["origin"] = json_origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/apps/{app_id}/share".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AtlasShareLinkStatusResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AtlasShareLinkStatusResponse.from_dict(response.json())

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
) -> Response[AtlasShareLinkStatusResponse | HTTPValidationError]:
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
    build_id: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    origin: None | str | Unset = UNSET,
) -> Response[AtlasShareLinkStatusResponse | HTTPValidationError]:
    """Get Atlas Share Link Status

    Args:
        app_id (str):
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasShareLinkStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        build_id=build_id,
        from_time=from_time,
        to_time=to_time,
        origin=origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    origin: None | str | Unset = UNSET,
) -> AtlasShareLinkStatusResponse | HTTPValidationError | None:
    """Get Atlas Share Link Status

    Args:
        app_id (str):
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasShareLinkStatusResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        build_id=build_id,
        from_time=from_time,
        to_time=to_time,
        origin=origin,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    origin: None | str | Unset = UNSET,
) -> Response[AtlasShareLinkStatusResponse | HTTPValidationError]:
    """Get Atlas Share Link Status

    Args:
        app_id (str):
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasShareLinkStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        build_id=build_id,
        from_time=from_time,
        to_time=to_time,
        origin=origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    origin: None | str | Unset = UNSET,
) -> AtlasShareLinkStatusResponse | HTTPValidationError | None:
    """Get Atlas Share Link Status

    Args:
        app_id (str):
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasShareLinkStatusResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            build_id=build_id,
            from_time=from_time,
            to_time=to_time,
            origin=origin,
        )
    ).parsed
