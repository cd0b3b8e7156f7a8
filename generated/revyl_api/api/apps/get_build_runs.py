from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_build_runs_response import PaginatedBuildRunsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version_id: UUID,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/builds/{version_id}/runs".format(
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedBuildRunsResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBuildRunsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PaginatedBuildRunsResponse]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[HTTPValidationError | PaginatedBuildRunsResponse]:
    """Get Build Runs

     Get exact-attributed run history for a build.

    Args:
        version_id (UUID):
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedBuildRunsResponse]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> HTTPValidationError | PaginatedBuildRunsResponse | None:
    """Get Build Runs

     Get exact-attributed run history for a build.

    Args:
        version_id (UUID):
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedBuildRunsResponse
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[HTTPValidationError | PaginatedBuildRunsResponse]:
    """Get Build Runs

     Get exact-attributed run history for a build.

    Args:
        version_id (UUID):
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedBuildRunsResponse]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> HTTPValidationError | PaginatedBuildRunsResponse | None:
    """Get Build Runs

     Get exact-attributed run history for a build.

    Args:
        version_id (UUID):
        page (int | Unset): Page number (1-indexed) Default: 1.
        page_size (int | Unset): Number of items per page (max 100) Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedBuildRunsResponse
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
