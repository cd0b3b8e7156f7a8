from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.ios_store_kit_config_ref_response import IosStoreKitConfigRefResponse
from ...models.ios_store_kit_config_ref_upsert_request import IosStoreKitConfigRefUpsertRequest
from ...types import Response


def _get_kwargs(
    *,
    body: IosStoreKitConfigRefUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/variables/ios_storekit/refs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: IosStoreKitConfigRefUpsertRequest,
) -> Response[HTTPValidationError | IosStoreKitConfigRefResponse]:
    """Upsert Ios Storekit Config Ref

    Args:
        body (IosStoreKitConfigRefUpsertRequest): Create or replace an explicit iOS StoreKit
            config choice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | IosStoreKitConfigRefResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: IosStoreKitConfigRefUpsertRequest,
) -> HTTPValidationError | IosStoreKitConfigRefResponse | None:
    """Upsert Ios Storekit Config Ref

    Args:
        body (IosStoreKitConfigRefUpsertRequest): Create or replace an explicit iOS StoreKit
            config choice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | IosStoreKitConfigRefResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IosStoreKitConfigRefUpsertRequest,
) -> Response[HTTPValidationError | IosStoreKitConfigRefResponse]:
    """Upsert Ios Storekit Config Ref

    Args:
        body (IosStoreKitConfigRefUpsertRequest): Create or replace an explicit iOS StoreKit
            config choice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | IosStoreKitConfigRefResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IosStoreKitConfigRefUpsertRequest,
) -> HTTPValidationError | IosStoreKitConfigRefResponse | None:
    """Upsert Ios Storekit Config Ref

    Args:
        body (IosStoreKitConfigRefUpsertRequest): Create or replace an explicit iOS StoreKit
            config choice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | IosStoreKitConfigRefResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
