from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_cli_api_key_request import CreateCLIApiKeyRequest
from ...models.create_cli_api_key_response import CreateCLIApiKeyResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateCLIApiKeyRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/entity/users/create_cli_api_key",
    }

    if isinstance(body, CreateCLIApiKeyRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCLIApiKeyResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateCLIApiKeyResponse.from_dict(response.json())

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
) -> Response[CreateCLIApiKeyResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCLIApiKeyRequest | None | Unset = UNSET,
) -> Response[CreateCLIApiKeyResponse | HTTPValidationError]:
    """Create Cli Api Key Endpoint

     Create a long-lived API key for CLI browser-based authentication.

    When a user authenticates the CLI via the browser, this endpoint generates
    a persistent PropelAuth API key so the CLI session never expires. Repeated
    browser logins revoke only prior keys for the same local CLI instance when
    `client_instance_id` is provided. Legacy clients without that identifier
    fall back to revoking all existing CLI-generated keys for the user.

    Parameters:
        auth_info: Authenticated user info injected by require_auth dependency.

    Returns:
        CreateCLIApiKeyResponse containing the api_key_token and api_key_id.

    Raises:
        HTTPException 500: If PropelAuth key creation or cleanup fails.

    Args:
        body (CreateCLIApiKeyRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCLIApiKeyResponse | HTTPValidationError]
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
    body: CreateCLIApiKeyRequest | None | Unset = UNSET,
) -> CreateCLIApiKeyResponse | HTTPValidationError | None:
    """Create Cli Api Key Endpoint

     Create a long-lived API key for CLI browser-based authentication.

    When a user authenticates the CLI via the browser, this endpoint generates
    a persistent PropelAuth API key so the CLI session never expires. Repeated
    browser logins revoke only prior keys for the same local CLI instance when
    `client_instance_id` is provided. Legacy clients without that identifier
    fall back to revoking all existing CLI-generated keys for the user.

    Parameters:
        auth_info: Authenticated user info injected by require_auth dependency.

    Returns:
        CreateCLIApiKeyResponse containing the api_key_token and api_key_id.

    Raises:
        HTTPException 500: If PropelAuth key creation or cleanup fails.

    Args:
        body (CreateCLIApiKeyRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCLIApiKeyResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCLIApiKeyRequest | None | Unset = UNSET,
) -> Response[CreateCLIApiKeyResponse | HTTPValidationError]:
    """Create Cli Api Key Endpoint

     Create a long-lived API key for CLI browser-based authentication.

    When a user authenticates the CLI via the browser, this endpoint generates
    a persistent PropelAuth API key so the CLI session never expires. Repeated
    browser logins revoke only prior keys for the same local CLI instance when
    `client_instance_id` is provided. Legacy clients without that identifier
    fall back to revoking all existing CLI-generated keys for the user.

    Parameters:
        auth_info: Authenticated user info injected by require_auth dependency.

    Returns:
        CreateCLIApiKeyResponse containing the api_key_token and api_key_id.

    Raises:
        HTTPException 500: If PropelAuth key creation or cleanup fails.

    Args:
        body (CreateCLIApiKeyRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCLIApiKeyResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCLIApiKeyRequest | None | Unset = UNSET,
) -> CreateCLIApiKeyResponse | HTTPValidationError | None:
    """Create Cli Api Key Endpoint

     Create a long-lived API key for CLI browser-based authentication.

    When a user authenticates the CLI via the browser, this endpoint generates
    a persistent PropelAuth API key so the CLI session never expires. Repeated
    browser logins revoke only prior keys for the same local CLI instance when
    `client_instance_id` is provided. Legacy clients without that identifier
    fall back to revoking all existing CLI-generated keys for the user.

    Parameters:
        auth_info: Authenticated user info injected by require_auth dependency.

    Returns:
        CreateCLIApiKeyResponse containing the api_key_token and api_key_id.

    Raises:
        HTTPException 500: If PropelAuth key creation or cleanup fails.

    Args:
        body (CreateCLIApiKeyRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCLIApiKeyResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
