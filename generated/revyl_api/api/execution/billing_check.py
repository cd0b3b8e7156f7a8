from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_check_response import BillingCheckResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    platform: str,
    is_real_device: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform"] = platform

    params["is_real_device"] = is_real_device

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/billing/check",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingCheckResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BillingCheckResponse.from_dict(response.json())

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
) -> Response[BillingCheckResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    platform: str,
    is_real_device: bool | Unset = False,
) -> Response[BillingCheckResponse | HTTPValidationError]:
    """Billing Check

     Check if the org can start a device session.

    Uses the unified pooled-credits check (falling back to per-platform for
    grandfathered Autumn customers). The ``platform`` / ``is_real_device``
    parameters are accepted for call-site compatibility and logged for
    observability, but do not influence the decision — the pool is shared
    across platforms.

    Args:
        platform (str): ios or android
        is_real_device (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingCheckResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        platform=platform,
        is_real_device=is_real_device,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    platform: str,
    is_real_device: bool | Unset = False,
) -> BillingCheckResponse | HTTPValidationError | None:
    """Billing Check

     Check if the org can start a device session.

    Uses the unified pooled-credits check (falling back to per-platform for
    grandfathered Autumn customers). The ``platform`` / ``is_real_device``
    parameters are accepted for call-site compatibility and logged for
    observability, but do not influence the decision — the pool is shared
    across platforms.

    Args:
        platform (str): ios or android
        is_real_device (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingCheckResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        platform=platform,
        is_real_device=is_real_device,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: str,
    is_real_device: bool | Unset = False,
) -> Response[BillingCheckResponse | HTTPValidationError]:
    """Billing Check

     Check if the org can start a device session.

    Uses the unified pooled-credits check (falling back to per-platform for
    grandfathered Autumn customers). The ``platform`` / ``is_real_device``
    parameters are accepted for call-site compatibility and logged for
    observability, but do not influence the decision — the pool is shared
    across platforms.

    Args:
        platform (str): ios or android
        is_real_device (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingCheckResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        platform=platform,
        is_real_device=is_real_device,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: str,
    is_real_device: bool | Unset = False,
) -> BillingCheckResponse | HTTPValidationError | None:
    """Billing Check

     Check if the org can start a device session.

    Uses the unified pooled-credits check (falling back to per-platform for
    grandfathered Autumn customers). The ``platform`` / ``is_real_device``
    parameters are accepted for call-site compatibility and logged for
    observability, but do not influence the decision — the pool is shared
    across platforms.

    Args:
        platform (str): ios or android
        is_real_device (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingCheckResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
            is_real_device=is_real_device,
        )
    ).parsed
