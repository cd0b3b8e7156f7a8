from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.scm_config_file_push_request import ScmConfigFilePushRequest
from ...models.scm_config_file_rescan_response import ScmConfigFileRescanResponse
from ...models.scm_provider import ScmProvider
from ...types import Response


def _get_kwargs(
    provider: ScmProvider,
    *,
    body: ScmConfigFilePushRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scm/{provider}/configs/push".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ScmConfigFileRescanResponse | None:
    if response.status_code == 200:
        response_200 = ScmConfigFileRescanResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ScmConfigFileRescanResponse]:
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
    body: ScmConfigFilePushRequest,
) -> Response[HTTPValidationError | ScmConfigFileRescanResponse]:
    """Push Scm Config File

     Apply a ``.revyl/config.yaml`` pushed directly from the CLI.

    Unlike the GitHub-driven flow, this reconciles the uploaded file contents
    immediately without requiring a commit/push to the default branch, so a
    repo can be configured straight from ``revyl github push``.

    Parameters:
        request: The repo identity plus the raw config file contents.
        auth_info: Authenticated caller (user token or CLI API key); the
            organization is resolved from it.
        db_conn: Async DB connection bound to the request transaction.

    Returns:
        The detection state and serialized config after reconciliation.

    Raises:
        HTTPException: 400 when the org is missing or the config file is
            malformed/empty, 403 when GitHub automation is not enabled, or 404
            when no GitHub installation/config exists for the repo.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigFilePushRequest): A ``.revyl/config.yaml`` pushed directly from the CLI.

            Attributes:
                namespace: Repository owner/namespace (e.g. ``revyl``).
                project: Repository name (e.g. ``my-app``).
                content: The raw YAML contents of the config file.
                config_file_path: The repo-relative path the file lives at; used only
                    for display in the settings UI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigFileRescanResponse]
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
    body: ScmConfigFilePushRequest,
) -> HTTPValidationError | ScmConfigFileRescanResponse | None:
    """Push Scm Config File

     Apply a ``.revyl/config.yaml`` pushed directly from the CLI.

    Unlike the GitHub-driven flow, this reconciles the uploaded file contents
    immediately without requiring a commit/push to the default branch, so a
    repo can be configured straight from ``revyl github push``.

    Parameters:
        request: The repo identity plus the raw config file contents.
        auth_info: Authenticated caller (user token or CLI API key); the
            organization is resolved from it.
        db_conn: Async DB connection bound to the request transaction.

    Returns:
        The detection state and serialized config after reconciliation.

    Raises:
        HTTPException: 400 when the org is missing or the config file is
            malformed/empty, 403 when GitHub automation is not enabled, or 404
            when no GitHub installation/config exists for the repo.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigFilePushRequest): A ``.revyl/config.yaml`` pushed directly from the CLI.

            Attributes:
                namespace: Repository owner/namespace (e.g. ``revyl``).
                project: Repository name (e.g. ``my-app``).
                content: The raw YAML contents of the config file.
                config_file_path: The repo-relative path the file lives at; used only
                    for display in the settings UI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigFileRescanResponse
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
    body: ScmConfigFilePushRequest,
) -> Response[HTTPValidationError | ScmConfigFileRescanResponse]:
    """Push Scm Config File

     Apply a ``.revyl/config.yaml`` pushed directly from the CLI.

    Unlike the GitHub-driven flow, this reconciles the uploaded file contents
    immediately without requiring a commit/push to the default branch, so a
    repo can be configured straight from ``revyl github push``.

    Parameters:
        request: The repo identity plus the raw config file contents.
        auth_info: Authenticated caller (user token or CLI API key); the
            organization is resolved from it.
        db_conn: Async DB connection bound to the request transaction.

    Returns:
        The detection state and serialized config after reconciliation.

    Raises:
        HTTPException: 400 when the org is missing or the config file is
            malformed/empty, 403 when GitHub automation is not enabled, or 404
            when no GitHub installation/config exists for the repo.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigFilePushRequest): A ``.revyl/config.yaml`` pushed directly from the CLI.

            Attributes:
                namespace: Repository owner/namespace (e.g. ``revyl``).
                project: Repository name (e.g. ``my-app``).
                content: The raw YAML contents of the config file.
                config_file_path: The repo-relative path the file lives at; used only
                    for display in the settings UI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScmConfigFileRescanResponse]
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
    body: ScmConfigFilePushRequest,
) -> HTTPValidationError | ScmConfigFileRescanResponse | None:
    """Push Scm Config File

     Apply a ``.revyl/config.yaml`` pushed directly from the CLI.

    Unlike the GitHub-driven flow, this reconciles the uploaded file contents
    immediately without requiring a commit/push to the default branch, so a
    repo can be configured straight from ``revyl github push``.

    Parameters:
        request: The repo identity plus the raw config file contents.
        auth_info: Authenticated caller (user token or CLI API key); the
            organization is resolved from it.
        db_conn: Async DB connection bound to the request transaction.

    Returns:
        The detection state and serialized config after reconciliation.

    Raises:
        HTTPException: 400 when the org is missing or the config file is
            malformed/empty, 403 when GitHub automation is not enabled, or 404
            when no GitHub installation/config exists for the repo.

    Args:
        provider (ScmProvider): Supported SCM providers. Add new members as providers are
            implemented.
        body (ScmConfigFilePushRequest): A ``.revyl/config.yaml`` pushed directly from the CLI.

            Attributes:
                namespace: Repository owner/namespace (e.g. ``revyl``).
                project: Repository name (e.g. ``my-app``).
                content: The raw YAML contents of the config file.
                config_file_path: The repo-relative path the file lives at; used only
                    for display in the settings UI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScmConfigFileRescanResponse
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
