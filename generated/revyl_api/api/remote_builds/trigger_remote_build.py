from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remote_build_request import RemoteBuildRequest
from ...models.remote_build_trigger_response import RemoteBuildTriggerResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RemoteBuildRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/remote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoteBuildTriggerResponse | None:
    if response.status_code == 200:
        response_200 = RemoteBuildTriggerResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoteBuildTriggerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildRequest,
) -> Response[HTTPValidationError | RemoteBuildTriggerResponse]:
    """Trigger Remote Build

     Enqueue a first-class sandbox-build job behind the stable remote API.

    Args:
        body (RemoteBuildRequest): Request body to trigger a remote build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildTriggerResponse]
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
    body: RemoteBuildRequest,
) -> HTTPValidationError | RemoteBuildTriggerResponse | None:
    """Trigger Remote Build

     Enqueue a first-class sandbox-build job behind the stable remote API.

    Args:
        body (RemoteBuildRequest): Request body to trigger a remote build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildTriggerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildRequest,
) -> Response[HTTPValidationError | RemoteBuildTriggerResponse]:
    """Trigger Remote Build

     Enqueue a first-class sandbox-build job behind the stable remote API.

    Args:
        body (RemoteBuildRequest): Request body to trigger a remote build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildTriggerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RemoteBuildRequest,
) -> HTTPValidationError | RemoteBuildTriggerResponse | None:
    """Trigger Remote Build

     Enqueue a first-class sandbox-build job behind the stable remote API.

    Args:
        body (RemoteBuildRequest): Request body to trigger a remote build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildTriggerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
