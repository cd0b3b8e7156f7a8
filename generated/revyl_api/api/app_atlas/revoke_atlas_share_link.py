from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_share_link_status_response import AtlasShareLinkStatusResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    app_id: str,
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/atlas/v2/apps/{app_id}/share/{token}".format(
            app_id=quote(str(app_id), safe=""),
            token=quote(str(token), safe=""),
        ),
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
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[AtlasShareLinkStatusResponse | HTTPValidationError]:
    """Revoke Atlas Share Link

    Args:
        app_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasShareLinkStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> AtlasShareLinkStatusResponse | HTTPValidationError | None:
    """Revoke Atlas Share Link

    Args:
        app_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasShareLinkStatusResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[AtlasShareLinkStatusResponse | HTTPValidationError]:
    """Revoke Atlas Share Link

    Args:
        app_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasShareLinkStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> AtlasShareLinkStatusResponse | HTTPValidationError | None:
    """Revoke Atlas Share Link

    Args:
        app_id (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasShareLinkStatusResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            token=token,
            client=client,
        )
    ).parsed
