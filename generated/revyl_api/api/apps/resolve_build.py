from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_resolution_request import BuildResolutionRequest
from ...models.build_resolution_response import BuildResolutionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BuildResolutionRequest,
    include_download_url: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_download_url"] = include_download_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/resolve",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildResolutionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildResolutionResponse.from_dict(response.json())

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
) -> Response[BuildResolutionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BuildResolutionRequest,
    include_download_url: bool | Unset = False,
) -> Response[BuildResolutionResponse | HTTPValidationError]:
    """Resolve Build

     Resolve a build based on the resolution precedence:
    1. pinned_version if provided
    2. current_version if set
    3. latest version

    Args:
        include_download_url (bool | Unset): Include presigned download URL Default: False.
        body (BuildResolutionRequest): Request to resolve a build for a test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResolutionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        include_download_url=include_download_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BuildResolutionRequest,
    include_download_url: bool | Unset = False,
) -> BuildResolutionResponse | HTTPValidationError | None:
    """Resolve Build

     Resolve a build based on the resolution precedence:
    1. pinned_version if provided
    2. current_version if set
    3. latest version

    Args:
        include_download_url (bool | Unset): Include presigned download URL Default: False.
        body (BuildResolutionRequest): Request to resolve a build for a test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResolutionResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        include_download_url=include_download_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BuildResolutionRequest,
    include_download_url: bool | Unset = False,
) -> Response[BuildResolutionResponse | HTTPValidationError]:
    """Resolve Build

     Resolve a build based on the resolution precedence:
    1. pinned_version if provided
    2. current_version if set
    3. latest version

    Args:
        include_download_url (bool | Unset): Include presigned download URL Default: False.
        body (BuildResolutionRequest): Request to resolve a build for a test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResolutionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        include_download_url=include_download_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BuildResolutionRequest,
    include_download_url: bool | Unset = False,
) -> BuildResolutionResponse | HTTPValidationError | None:
    """Resolve Build

     Resolve a build based on the resolution precedence:
    1. pinned_version if provided
    2. current_version if set
    3. latest version

    Args:
        include_download_url (bool | Unset): Include presigned download URL Default: False.
        body (BuildResolutionRequest): Request to resolve a build for a test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResolutionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_download_url=include_download_url,
        )
    ).parsed
