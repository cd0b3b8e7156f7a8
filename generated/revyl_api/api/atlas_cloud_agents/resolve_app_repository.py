from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.resolved_app_repository import ResolvedAppRepository
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str,
    platform: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    else:
        json_platform = platform
    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/agents/repository",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ResolvedAppRepository | None:
    if response.status_code == 200:
        response_200 = ResolvedAppRepository.from_dict(response.json())

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
) -> Response[HTTPValidationError | ResolvedAppRepository]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    platform: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ResolvedAppRepository]:
    """Resolve App Repository

     Resolve the repository associated with an app via the GitHub preview link.

    Used by the Atlas spawn modal to pre-select a repository without forcing the
    user to pick one. Best-effort: returns an empty result when no association
    exists.

    Args:
        app_id: Atlas app id.
        platform: Optional platform hint ("ios"/"android").
        auth_info: Authenticated caller context.
        db_conn: Async DB connection.

    Returns:
        The resolved repository URL (or ``None``) plus its source.

    Args:
        app_id (str): Atlas app id to resolve a repo for
        platform (None | str | Unset): Optional platform hint to disambiguate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolvedAppRepository]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: str,
    platform: None | str | Unset = UNSET,
) -> HTTPValidationError | ResolvedAppRepository | None:
    """Resolve App Repository

     Resolve the repository associated with an app via the GitHub preview link.

    Used by the Atlas spawn modal to pre-select a repository without forcing the
    user to pick one. Best-effort: returns an empty result when no association
    exists.

    Args:
        app_id: Atlas app id.
        platform: Optional platform hint ("ios"/"android").
        auth_info: Authenticated caller context.
        db_conn: Async DB connection.

    Returns:
        The resolved repository URL (or ``None``) plus its source.

    Args:
        app_id (str): Atlas app id to resolve a repo for
        platform (None | str | Unset): Optional platform hint to disambiguate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolvedAppRepository
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    platform: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ResolvedAppRepository]:
    """Resolve App Repository

     Resolve the repository associated with an app via the GitHub preview link.

    Used by the Atlas spawn modal to pre-select a repository without forcing the
    user to pick one. Best-effort: returns an empty result when no association
    exists.

    Args:
        app_id: Atlas app id.
        platform: Optional platform hint ("ios"/"android").
        auth_info: Authenticated caller context.
        db_conn: Async DB connection.

    Returns:
        The resolved repository URL (or ``None``) plus its source.

    Args:
        app_id (str): Atlas app id to resolve a repo for
        platform (None | str | Unset): Optional platform hint to disambiguate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolvedAppRepository]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: str,
    platform: None | str | Unset = UNSET,
) -> HTTPValidationError | ResolvedAppRepository | None:
    """Resolve App Repository

     Resolve the repository associated with an app via the GitHub preview link.

    Used by the Atlas spawn modal to pre-select a repository without forcing the
    user to pick one. Best-effort: returns an empty result when no association
    exists.

    Args:
        app_id: Atlas app id.
        platform: Optional platform hint ("ios"/"android").
        auth_info: Authenticated caller context.
        db_conn: Async DB connection.

    Returns:
        The resolved repository URL (or ``None``) plus its source.

    Args:
        app_id (str): Atlas app id to resolve a repo for
        platform (None | str | Unset): Optional platform hint to disambiguate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolvedAppRepository
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            platform=platform,
        )
    ).parsed
