from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.start_device_info import StartDeviceInfo
from ...models.start_device_response import StartDeviceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StartDeviceInfo,
    x_revyl_client: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_revyl_client, Unset):
        headers["X-Revyl-Client"] = x_revyl_client

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/start_device",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StartDeviceResponse | None:
    if response.status_code == 200:
        response_200 = StartDeviceResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | StartDeviceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartDeviceInfo,
    x_revyl_client: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StartDeviceResponse]:
    """Start Device

    Args:
        x_revyl_client (None | str | Unset):
        body (StartDeviceInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StartDeviceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_revyl_client=x_revyl_client,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StartDeviceInfo,
    x_revyl_client: None | str | Unset = UNSET,
) -> HTTPValidationError | StartDeviceResponse | None:
    """Start Device

    Args:
        x_revyl_client (None | str | Unset):
        body (StartDeviceInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StartDeviceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_revyl_client=x_revyl_client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartDeviceInfo,
    x_revyl_client: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StartDeviceResponse]:
    """Start Device

    Args:
        x_revyl_client (None | str | Unset):
        body (StartDeviceInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StartDeviceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_revyl_client=x_revyl_client,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartDeviceInfo,
    x_revyl_client: None | str | Unset = UNSET,
) -> HTTPValidationError | StartDeviceResponse | None:
    """Start Device

    Args:
        x_revyl_client (None | str | Unset):
        body (StartDeviceInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StartDeviceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_revyl_client=x_revyl_client,
        )
    ).parsed
