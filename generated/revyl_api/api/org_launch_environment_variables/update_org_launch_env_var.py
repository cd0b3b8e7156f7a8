from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_launch_env_var_response import OrgLaunchEnvVarResponse
from ...models.org_launch_env_var_update import OrgLaunchEnvVarUpdate
from ...types import Response


def _get_kwargs(
    env_var_id: UUID,
    *,
    body: OrgLaunchEnvVarUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/variables/org_launch_env/{env_var_id}".format(
            env_var_id=quote(str(env_var_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgLaunchEnvVarResponse | None:
    if response.status_code == 200:
        response_200 = OrgLaunchEnvVarResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgLaunchEnvVarResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgLaunchEnvVarUpdate,
) -> Response[HTTPValidationError | OrgLaunchEnvVarResponse]:
    """Update Org Launch Env Var

    Args:
        env_var_id (UUID):
        body (OrgLaunchEnvVarUpdate): Request model for updating an org launch environment
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarResponse]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgLaunchEnvVarUpdate,
) -> HTTPValidationError | OrgLaunchEnvVarResponse | None:
    """Update Org Launch Env Var

    Args:
        env_var_id (UUID):
        body (OrgLaunchEnvVarUpdate): Request model for updating an org launch environment
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarResponse
    """

    return sync_detailed(
        env_var_id=env_var_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgLaunchEnvVarUpdate,
) -> Response[HTTPValidationError | OrgLaunchEnvVarResponse]:
    """Update Org Launch Env Var

    Args:
        env_var_id (UUID):
        body (OrgLaunchEnvVarUpdate): Request model for updating an org launch environment
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarResponse]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgLaunchEnvVarUpdate,
) -> HTTPValidationError | OrgLaunchEnvVarResponse | None:
    """Update Org Launch Env Var

    Args:
        env_var_id (UUID):
        body (OrgLaunchEnvVarUpdate): Request model for updating an org launch environment
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarResponse
    """

    return (
        await asyncio_detailed(
            env_var_id=env_var_id,
            client=client,
            body=body,
        )
    ).parsed
