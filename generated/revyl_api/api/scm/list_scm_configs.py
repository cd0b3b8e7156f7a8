from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.scm_configs_response import ScmConfigsResponse
from ...models.scm_provider import ScmProvider
from ...types import Response


def _get_kwargs(
    provider: ScmProvider,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scm/{provider}/configs".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ScmConfigsResponse | None:
    if response.status_code == 200:
        response_200 = ScmConfigsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ScmConfigsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ScmConfigsResponse]:
    """List Scm Configs

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigsResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ScmConfigsResponse | None:
    """List Scm Configs

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigsResponse
    """

    return sync_detailed(
        provider=provider,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ScmConfigsResponse]:
    """List Scm Configs

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigsResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ScmConfigsResponse | None:
    """List Scm Configs

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigsResponse
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
        )
    ).parsed
