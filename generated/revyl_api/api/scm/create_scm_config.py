from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.scm_config_create_request import ScmConfigCreateRequest
from ...models.scm_config_response import ScmConfigResponse
from ...models.scm_provider import ScmProvider
from ...types import Response


def _get_kwargs(
    provider: ScmProvider,
    *,
    body: ScmConfigCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scm/{provider}/configs".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ScmConfigResponse | None:
    if response.status_code == 200:
        response_200 = ScmConfigResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ScmConfigResponse]:
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
    body: ScmConfigCreateRequest,
) -> Response[HTTPValidationError | ScmConfigResponse]:
    """Create Scm Config

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
    body: ScmConfigCreateRequest,
) -> HTTPValidationError | ScmConfigResponse | None:
    """Create Scm Config

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigResponse
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
    body: ScmConfigCreateRequest,
) -> Response[HTTPValidationError | ScmConfigResponse]:
    """Create Scm Config

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: ScmProvider,
    *,
    client: AuthenticatedClient,
    body: ScmConfigCreateRequest,
) -> HTTPValidationError | ScmConfigResponse | None:
    """Create Scm Config

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigResponse
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
