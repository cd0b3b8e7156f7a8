from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocks_to_yaml_request import BlocksToYamlRequest
from ...models.conversion_response import ConversionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BlocksToYamlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tests/yaml/conversion/blocks-to-yaml",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConversionResponse.from_dict(response.json())

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
) -> Response[ConversionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BlocksToYamlRequest,
) -> Response[ConversionResponse | HTTPValidationError]:
    """Convert Blocks To Yaml

     V2 API: Convert blocks to YAML using Phase 1 services

    Uses BidirectionalConversionService which wraps the existing
    BlockToYamlConverter for consistent conversion.

    Args:
        body (BlocksToYamlRequest): Request model for blocks to YAML conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionResponse | HTTPValidationError]
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
    body: BlocksToYamlRequest,
) -> ConversionResponse | HTTPValidationError | None:
    """Convert Blocks To Yaml

     V2 API: Convert blocks to YAML using Phase 1 services

    Uses BidirectionalConversionService which wraps the existing
    BlockToYamlConverter for consistent conversion.

    Args:
        body (BlocksToYamlRequest): Request model for blocks to YAML conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BlocksToYamlRequest,
) -> Response[ConversionResponse | HTTPValidationError]:
    """Convert Blocks To Yaml

     V2 API: Convert blocks to YAML using Phase 1 services

    Uses BidirectionalConversionService which wraps the existing
    BlockToYamlConverter for consistent conversion.

    Args:
        body (BlocksToYamlRequest): Request model for blocks to YAML conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BlocksToYamlRequest,
) -> ConversionResponse | HTTPValidationError | None:
    """Convert Blocks To Yaml

     V2 API: Convert blocks to YAML using Phase 1 services

    Uses BidirectionalConversionService which wraps the existing
    BlockToYamlConverter for consistent conversion.

    Args:
        body (BlocksToYamlRequest): Request model for blocks to YAML conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
