from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.module_single_response import ModuleSingleResponse
from ...models.update_module_request import UpdateModuleRequest
from ...types import Response


def _get_kwargs(
    module_id: UUID,
    *,
    body: UpdateModuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/modules/update/{module_id}".format(
            module_id=quote(str(module_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModuleSingleResponse | None:
    if response.status_code == 200:
        response_200 = ModuleSingleResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ModuleSingleResponse]:
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
    body: UpdateModuleRequest,
) -> Response[HTTPValidationError | ModuleSingleResponse]:
    """Update Module

     Update an existing module

    Args:
        module_id (UUID):
        body (UpdateModuleRequest): Request model for updating an existing module

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModuleSingleResponse]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateModuleRequest,
) -> HTTPValidationError | ModuleSingleResponse | None:
    """Update Module

     Update an existing module

    Args:
        module_id (UUID):
        body (UpdateModuleRequest): Request model for updating an existing module

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModuleSingleResponse
    """

    return sync_detailed(
        module_id=module_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateModuleRequest,
) -> Response[HTTPValidationError | ModuleSingleResponse]:
    """Update Module

     Update an existing module

    Args:
        module_id (UUID):
        body (UpdateModuleRequest): Request model for updating an existing module

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModuleSingleResponse]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateModuleRequest,
) -> HTTPValidationError | ModuleSingleResponse | None:
    """Update Module

     Update an existing module

    Args:
        module_id (UUID):
        body (UpdateModuleRequest): Request model for updating an existing module

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModuleSingleResponse
    """

    return (
        await asyncio_detailed(
            module_id=module_id,
            client=client,
            body=body,
        )
    ).parsed
