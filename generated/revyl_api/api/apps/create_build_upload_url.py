from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_create_response import BuildCreateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    version: str,
    file_name: str,
    source: str | Unset = "api",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["file_name"] = file_name

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/builds/upload-url".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildCreateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildCreateResponse.from_dict(response.json())

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
) -> Response[BuildCreateResponse | HTTPValidationError]:
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
    version: str,
    file_name: str,
    source: str | Unset = "api",
) -> Response[BuildCreateResponse | HTTPValidationError]:
    """Create Build Upload Url

     Create a new build and get upload URL (mobile platforms only)

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        file_name (str): Name of the file to upload
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildCreateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version=version,
        file_name=file_name,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    version: str,
    file_name: str,
    source: str | Unset = "api",
) -> BuildCreateResponse | HTTPValidationError | None:
    """Create Build Upload Url

     Create a new build and get upload URL (mobile platforms only)

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        file_name (str): Name of the file to upload
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildCreateResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        version=version,
        file_name=file_name,
        source=source,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    version: str,
    file_name: str,
    source: str | Unset = "api",
) -> Response[BuildCreateResponse | HTTPValidationError]:
    """Create Build Upload Url

     Create a new build and get upload URL (mobile platforms only)

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        file_name (str): Name of the file to upload
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildCreateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version=version,
        file_name=file_name,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    version: str,
    file_name: str,
    source: str | Unset = "api",
) -> BuildCreateResponse | HTTPValidationError | None:
    """Create Build Upload Url

     Create a new build and get upload URL (mobile platforms only)

    Args:
        app_id (UUID):
        version (str): Version string (must be unique)
        file_name (str): Name of the file to upload
        source (str | Unset): Build upload source for backend-owned lifecycle analytics Default:
            'api'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildCreateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            version=version,
            file_name=file_name,
            source=source,
        )
    ).parsed
