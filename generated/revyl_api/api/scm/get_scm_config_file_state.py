from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.scm_config_file_state_response import ScmConfigFileStateResponse
from ...models.scm_provider import ScmProvider
from ...types import Response


def _get_kwargs(
    provider: ScmProvider,
    repo_config_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scm/{provider}/configs/{repo_config_id}/config-file".format(
            provider=quote(str(provider), safe=""),
            repo_config_id=quote(str(repo_config_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ScmConfigFileStateResponse | None:
    if response.status_code == 200:
        response_200 = ScmConfigFileStateResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ScmConfigFileStateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: ScmProvider,
    repo_config_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ScmConfigFileStateResponse]:
    """Get Scm Config File State

     Return the committed config-file detection state for a repo config.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        repo_config_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigFileStateResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
        repo_config_id=repo_config_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: ScmProvider,
    repo_config_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ScmConfigFileStateResponse | None:
    """Get Scm Config File State

     Return the committed config-file detection state for a repo config.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        repo_config_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigFileStateResponse
    """

    return sync_detailed(
        provider=provider,
        repo_config_id=repo_config_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: ScmProvider,
    repo_config_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ScmConfigFileStateResponse]:
    """Get Scm Config File State

     Return the committed config-file detection state for a repo config.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        repo_config_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigFileStateResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
        repo_config_id=repo_config_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: ScmProvider,
    repo_config_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ScmConfigFileStateResponse | None:
    """Get Scm Config File State

     Return the committed config-file detection state for a repo config.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        repo_config_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigFileStateResponse
    """

    return (
        await asyncio_detailed(
            provider=provider,
            repo_config_id=repo_config_id,
            client=client,
        )
    ).parsed
