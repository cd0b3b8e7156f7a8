from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.yaml_creation_request import YamlCreationRequest
from ...models.yaml_creation_response import YamlCreationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: YamlCreationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tests/yaml/from-yaml",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | YamlCreationResponse | None:
    if response.status_code == 200:
        response_200 = YamlCreationResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | YamlCreationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: YamlCreationRequest,
) -> Response[HTTPValidationError | YamlCreationResponse]:
    """Create Test From Yaml

     V2 API: Create or update test from YAML

    This endpoint provides YAML-to-test creation with upsert logic:
    - If test with same name exists in org: Updates it
    - If not: Creates new test
    - Validates YAML structure
    - Resolves build configuration
    - Infers platform from build if not provided

    Args:
        body (YamlCreationRequest): Request model for creating tests from YAML

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | YamlCreationResponse]
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
    body: YamlCreationRequest,
) -> HTTPValidationError | YamlCreationResponse | None:
    """Create Test From Yaml

     V2 API: Create or update test from YAML

    This endpoint provides YAML-to-test creation with upsert logic:
    - If test with same name exists in org: Updates it
    - If not: Creates new test
    - Validates YAML structure
    - Resolves build configuration
    - Infers platform from build if not provided

    Args:
        body (YamlCreationRequest): Request model for creating tests from YAML

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | YamlCreationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: YamlCreationRequest,
) -> Response[HTTPValidationError | YamlCreationResponse]:
    """Create Test From Yaml

     V2 API: Create or update test from YAML

    This endpoint provides YAML-to-test creation with upsert logic:
    - If test with same name exists in org: Updates it
    - If not: Creates new test
    - Validates YAML structure
    - Resolves build configuration
    - Infers platform from build if not provided

    Args:
        body (YamlCreationRequest): Request model for creating tests from YAML

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | YamlCreationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: YamlCreationRequest,
) -> HTTPValidationError | YamlCreationResponse | None:
    """Create Test From Yaml

     V2 API: Create or update test from YAML

    This endpoint provides YAML-to-test creation with upsert logic:
    - If test with same name exists in org: Updates it
    - If not: Creates new test
    - Validates YAML structure
    - Resolves build configuration
    - Infers platform from build if not provided

    Args:
        body (YamlCreationRequest): Request model for creating tests from YAML

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | YamlCreationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
