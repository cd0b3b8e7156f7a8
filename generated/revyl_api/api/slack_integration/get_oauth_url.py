from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.slack_o_auth_url_response import SlackOAuthUrlResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    redirect_uri: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["redirect_uri"] = redirect_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/integrations/slack/oauth-url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SlackOAuthUrlResponse | None:
    if response.status_code == 200:
        response_200 = SlackOAuthUrlResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SlackOAuthUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    redirect_uri: str,
) -> Response[HTTPValidationError | SlackOAuthUrlResponse]:
    """Get Oauth Url

     Generate a Slack OAuth authorization URL.

    The frontend should redirect the user to this URL to initiate the OAuth flow.
    After authorization, Slack will redirect back to the redirect_uri with a code.

    Args:
        redirect_uri (str): Frontend callback URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SlackOAuthUrlResponse]
    """

    kwargs = _get_kwargs(
        redirect_uri=redirect_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    redirect_uri: str,
) -> HTTPValidationError | SlackOAuthUrlResponse | None:
    """Get Oauth Url

     Generate a Slack OAuth authorization URL.

    The frontend should redirect the user to this URL to initiate the OAuth flow.
    After authorization, Slack will redirect back to the redirect_uri with a code.

    Args:
        redirect_uri (str): Frontend callback URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SlackOAuthUrlResponse
    """

    return sync_detailed(
        client=client,
        redirect_uri=redirect_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    redirect_uri: str,
) -> Response[HTTPValidationError | SlackOAuthUrlResponse]:
    """Get Oauth Url

     Generate a Slack OAuth authorization URL.

    The frontend should redirect the user to this URL to initiate the OAuth flow.
    After authorization, Slack will redirect back to the redirect_uri with a code.

    Args:
        redirect_uri (str): Frontend callback URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SlackOAuthUrlResponse]
    """

    kwargs = _get_kwargs(
        redirect_uri=redirect_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    redirect_uri: str,
) -> HTTPValidationError | SlackOAuthUrlResponse | None:
    """Get Oauth Url

     Generate a Slack OAuth authorization URL.

    The frontend should redirect the user to this URL to initiate the OAuth flow.
    After authorization, Slack will redirect back to the redirect_uri with a code.

    Args:
        redirect_uri (str): Frontend callback URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SlackOAuthUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            redirect_uri=redirect_uri,
        )
    ).parsed
