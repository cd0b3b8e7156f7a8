from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_response import BuildResponse
from ...models.build_update_request import BuildUpdateRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    version_id: UUID,
    *,
    body: BuildUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/apps/builds/{version_id}".format(
            version_id=quote(str(version_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: BuildUpdateRequest,
) -> Response[BuildResponse | HTTPValidationError]:
    """Update Build

     Update a build's metadata and/or package_name and/or version

    Args:
        version_id (UUID):
        body (BuildUpdateRequest): Request model for updating a build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUpdateRequest,
) -> BuildResponse | HTTPValidationError | None:
    """Update Build

     Update a build's metadata and/or package_name and/or version

    Args:
        version_id (UUID):
        body (BuildUpdateRequest): Request model for updating a build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | HTTPValidationError
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUpdateRequest,
) -> Response[BuildResponse | HTTPValidationError]:
    """Update Build

     Update a build's metadata and/or package_name and/or version

    Args:
        version_id (UUID):
        body (BuildUpdateRequest): Request model for updating a build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BuildUpdateRequest,
) -> BuildResponse | HTTPValidationError | None:
    """Update Build

     Update a build's metadata and/or package_name and/or version

    Args:
        version_id (UUID):
        body (BuildUpdateRequest): Request model for updating a build.

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
            body=body,
        )
    ).parsed
