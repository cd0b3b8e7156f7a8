from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_workspace_response import AppWorkspaceResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    trend_days: int | Unset = 14,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["trend_days"] = trend_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/{app_id}/workspace".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppWorkspaceResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AppWorkspaceResponse.from_dict(response.json())

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
) -> Response[AppWorkspaceResponse | HTTPValidationError]:
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
    trend_days: int | Unset = 14,
) -> Response[AppWorkspaceResponse | HTTPValidationError]:
    """Get App Workspace

     Get app-level release workspace data.

    Args:
        app_id (UUID):
        trend_days (int | Unset): Trend window in days Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppWorkspaceResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        trend_days=trend_days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    trend_days: int | Unset = 14,
) -> AppWorkspaceResponse | HTTPValidationError | None:
    """Get App Workspace

     Get app-level release workspace data.

    Args:
        app_id (UUID):
        trend_days (int | Unset): Trend window in days Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppWorkspaceResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        trend_days=trend_days,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    trend_days: int | Unset = 14,
) -> Response[AppWorkspaceResponse | HTTPValidationError]:
    """Get App Workspace

     Get app-level release workspace data.

    Args:
        app_id (UUID):
        trend_days (int | Unset): Trend window in days Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppWorkspaceResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        trend_days=trend_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    trend_days: int | Unset = 14,
) -> AppWorkspaceResponse | HTTPValidationError | None:
    """Get App Workspace

     Get app-level release workspace data.

    Args:
        app_id (UUID):
        trend_days (int | Unset): Trend window in days Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppWorkspaceResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            trend_days=trend_days,
        )
    ).parsed
