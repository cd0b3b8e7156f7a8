from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.resolve_ios_store_kit_config_response import ResolveIosStoreKitConfigResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: None | Unset | UUID = UNSET,
    build_id: None | Unset | UUID = UNSET,
    test_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id: None | str | Unset
    if isinstance(app_id, Unset):
        json_app_id = UNSET
    elif isinstance(app_id, UUID):
        json_app_id = str(app_id)
    else:
        json_app_id = app_id
    params["app_id"] = json_app_id

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    elif isinstance(build_id, UUID):
        json_build_id = str(build_id)
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    json_test_id: None | str | Unset
    if isinstance(test_id, Unset):
        json_test_id = UNSET
    elif isinstance(test_id, UUID):
        json_test_id = str(test_id)
    else:
        json_test_id = test_id
    params["test_id"] = json_test_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/ios_storekit/resolve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ResolveIosStoreKitConfigResponse | None:
    if response.status_code == 200:
        response_200 = ResolveIosStoreKitConfigResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ResolveIosStoreKitConfigResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: None | Unset | UUID = UNSET,
    build_id: None | Unset | UUID = UNSET,
    test_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | ResolveIosStoreKitConfigResponse]:
    """Resolve Ios Storekit Config Ref

    Args:
        app_id (None | Unset | UUID):
        build_id (None | Unset | UUID):
        test_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolveIosStoreKitConfigResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        build_id=build_id,
        test_id=test_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: None | Unset | UUID = UNSET,
    build_id: None | Unset | UUID = UNSET,
    test_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | ResolveIosStoreKitConfigResponse | None:
    """Resolve Ios Storekit Config Ref

    Args:
        app_id (None | Unset | UUID):
        build_id (None | Unset | UUID):
        test_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolveIosStoreKitConfigResponse
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        build_id=build_id,
        test_id=test_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: None | Unset | UUID = UNSET,
    build_id: None | Unset | UUID = UNSET,
    test_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | ResolveIosStoreKitConfigResponse]:
    """Resolve Ios Storekit Config Ref

    Args:
        app_id (None | Unset | UUID):
        build_id (None | Unset | UUID):
        test_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolveIosStoreKitConfigResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        build_id=build_id,
        test_id=test_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: None | Unset | UUID = UNSET,
    build_id: None | Unset | UUID = UNSET,
    test_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | ResolveIosStoreKitConfigResponse | None:
    """Resolve Ios Storekit Config Ref

    Args:
        app_id (None | Unset | UUID):
        build_id (None | Unset | UUID):
        test_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolveIosStoreKitConfigResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            build_id=build_id,
            test_id=test_id,
        )
    ).parsed
