from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.resolve_slack_channel_request import ResolveSlackChannelRequest
from ...models.slack_channels_response import SlackChannelsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ResolveSlackChannelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/slack/channels/resolve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SlackChannelsResponse | None:
    if response.status_code == 200:
        response_200 = SlackChannelsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SlackChannelsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResolveSlackChannelRequest,
) -> Response[HTTPValidationError | SlackChannelsResponse]:
    """Resolve Channel

     Resolve a Slack channel from a Slack URL or channel ID.

    Accepts a Slack channel link or a bare channel ID and returns the matching
    channel. Channel names are intentionally not resolved because Slack does
    not provide an exact name lookup API; discovering IDs from names requires
    paginating `conversations.list`, which does not scale to large workspaces.

    Used by the rule-creation UI: the user types a channel, the backend
    validates on save. This scales to workspaces of any size because the
    backend looks up the channel directly by ID via `conversations.info` and
    never enumerates workspace channels.

    Args:
        body (ResolveSlackChannelRequest): Request to resolve a Slack channel by free-form input.

            Accepts any of:
            - A Slack channel URL (e.g. "https://foo.slack.com/archives/C0123ABCD")
            - A bare channel ID (e.g. "C0123ABCD")

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SlackChannelsResponse]
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
    body: ResolveSlackChannelRequest,
) -> HTTPValidationError | SlackChannelsResponse | None:
    """Resolve Channel

     Resolve a Slack channel from a Slack URL or channel ID.

    Accepts a Slack channel link or a bare channel ID and returns the matching
    channel. Channel names are intentionally not resolved because Slack does
    not provide an exact name lookup API; discovering IDs from names requires
    paginating `conversations.list`, which does not scale to large workspaces.

    Used by the rule-creation UI: the user types a channel, the backend
    validates on save. This scales to workspaces of any size because the
    backend looks up the channel directly by ID via `conversations.info` and
    never enumerates workspace channels.

    Args:
        body (ResolveSlackChannelRequest): Request to resolve a Slack channel by free-form input.

            Accepts any of:
            - A Slack channel URL (e.g. "https://foo.slack.com/archives/C0123ABCD")
            - A bare channel ID (e.g. "C0123ABCD")

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SlackChannelsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResolveSlackChannelRequest,
) -> Response[HTTPValidationError | SlackChannelsResponse]:
    """Resolve Channel

     Resolve a Slack channel from a Slack URL or channel ID.

    Accepts a Slack channel link or a bare channel ID and returns the matching
    channel. Channel names are intentionally not resolved because Slack does
    not provide an exact name lookup API; discovering IDs from names requires
    paginating `conversations.list`, which does not scale to large workspaces.

    Used by the rule-creation UI: the user types a channel, the backend
    validates on save. This scales to workspaces of any size because the
    backend looks up the channel directly by ID via `conversations.info` and
    never enumerates workspace channels.

    Args:
        body (ResolveSlackChannelRequest): Request to resolve a Slack channel by free-form input.

            Accepts any of:
            - A Slack channel URL (e.g. "https://foo.slack.com/archives/C0123ABCD")
            - A bare channel ID (e.g. "C0123ABCD")

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SlackChannelsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResolveSlackChannelRequest,
) -> HTTPValidationError | SlackChannelsResponse | None:
    """Resolve Channel

     Resolve a Slack channel from a Slack URL or channel ID.

    Accepts a Slack channel link or a bare channel ID and returns the matching
    channel. Channel names are intentionally not resolved because Slack does
    not provide an exact name lookup API; discovering IDs from names requires
    paginating `conversations.list`, which does not scale to large workspaces.

    Used by the rule-creation UI: the user types a channel, the backend
    validates on save. This scales to workspaces of any size because the
    backend looks up the channel directly by ID via `conversations.info` and
    never enumerates workspace channels.

    Args:
        body (ResolveSlackChannelRequest): Request to resolve a Slack channel by free-form input.

            Accepts any of:
            - A Slack channel URL (e.g. "https://foo.slack.com/archives/C0123ABCD")
            - A bare channel ID (e.g. "C0123ABCD")

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SlackChannelsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
