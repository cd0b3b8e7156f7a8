from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.ios_store_kit_config_ref_response import IosStoreKitConfigRefResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    scope_type: str,
    scope_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope_type"] = scope_type

    json_scope_id = str(scope_id)
    params["scope_id"] = json_scope_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/ios_storekit/refs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | IosStoreKitConfigRefResponse | None:
    if response.status_code == 200:
        response_200 = IosStoreKitConfigRefResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | IosStoreKitConfigRefResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope_type: str,
    scope_id: UUID,
) -> Response[HTTPValidationError | IosStoreKitConfigRefResponse]:
    """Get Ios Storekit Config Ref

    Args:
        scope_type (str):
        scope_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | IosStoreKitConfigRefResponse]
    """

    kwargs = _get_kwargs(
        scope_type=scope_type,
        scope_id=scope_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope_type: str,
    scope_id: UUID,
) -> HTTPValidationError | IosStoreKitConfigRefResponse | None:
    """Get Ios Storekit Config Ref

    Args:
        scope_type (str):
        scope_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | IosStoreKitConfigRefResponse
    """

    return sync_detailed(
        client=client,
        scope_type=scope_type,
        scope_id=scope_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope_type: str,
    scope_id: UUID,
) -> Response[HTTPValidationError | IosStoreKitConfigRefResponse]:
    """Get Ios Storekit Config Ref

    Args:
        scope_type (str):
        scope_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | IosStoreKitConfigRefResponse]
    """

    kwargs = _get_kwargs(
        scope_type=scope_type,
        scope_id=scope_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope_type: str,
    scope_id: UUID,
) -> HTTPValidationError | IosStoreKitConfigRefResponse | None:
    """Get Ios Storekit Config Ref

    Args:
        scope_type (str):
        scope_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | IosStoreKitConfigRefResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            scope_type=scope_type,
            scope_id=scope_id,
        )
    ).parsed
