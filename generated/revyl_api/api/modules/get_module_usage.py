from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.module_usage_response import ModuleUsageResponse
from ...types import Response


def _get_kwargs(
    module_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/modules/{module_id}/tests".format(
            module_id=quote(str(module_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModuleUsageResponse | None:
    if response.status_code == 200:
        response_200 = ModuleUsageResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ModuleUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ModuleUsageResponse]:
    """Get Module Usage

     Get all tests that use a specific module

    Args:
        module_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModuleUsageResponse]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ModuleUsageResponse | None:
    """Get Module Usage

     Get all tests that use a specific module

    Args:
        module_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModuleUsageResponse
    """

    return sync_detailed(
        module_id=module_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ModuleUsageResponse]:
    """Get Module Usage

     Get all tests that use a specific module

    Args:
        module_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModuleUsageResponse]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ModuleUsageResponse | None:
    """Get Module Usage

     Get all tests that use a specific module

    Args:
        module_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModuleUsageResponse
    """

    return (
        await asyncio_detailed(
            module_id=module_id,
            client=client,
        )
    ).parsed
