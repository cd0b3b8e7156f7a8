from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_response import BuildResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version_id: UUID,
    *,
    include_download_url: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_download_url"] = include_download_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/builds/{version_id}".format(
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildResponse.from_dict(response.json())

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
) -> Response[BuildResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_url: bool | Unset = False,
) -> Response[BuildResponse | HTTPValidationError]:
    """Get Build

     Get a specific build

    Args:
        version_id (UUID):
        include_download_url (bool | Unset): Include presigned download URL Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        include_download_url=include_download_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_url: bool | Unset = False,
) -> BuildResponse | HTTPValidationError | None:
    """Get Build

     Get a specific build

    Args:
        version_id (UUID):
        include_download_url (bool | Unset): Include presigned download URL Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | HTTPValidationError
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        include_download_url=include_download_url,
    ).parsed


async def asyncio_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_url: bool | Unset = False,
) -> Response[BuildResponse | HTTPValidationError]:
    """Get Build

     Get a specific build

    Args:
        version_id (UUID):
        include_download_url (bool | Unset): Include presigned download URL Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        include_download_url=include_download_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    include_download_url: bool | Unset = False,
) -> BuildResponse | HTTPValidationError | None:
    """Get Build

     Get a specific build

    Args:
        version_id (UUID):
        include_download_url (bool | Unset): Include presigned download URL Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
            include_download_url=include_download_url,
        )
    ).parsed
