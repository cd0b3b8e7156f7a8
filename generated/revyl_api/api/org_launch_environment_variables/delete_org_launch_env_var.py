from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_launch_env_var_delete_response import OrgLaunchEnvVarDeleteResponse
from ...types import Response


def _get_kwargs(
    env_var_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/variables/org_launch_env/{env_var_id}".format(
            env_var_id=quote(str(env_var_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgLaunchEnvVarDeleteResponse | None:
    if response.status_code == 200:
        response_200 = OrgLaunchEnvVarDeleteResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgLaunchEnvVarDeleteResponse]:
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
) -> Response[HTTPValidationError | OrgLaunchEnvVarDeleteResponse]:
    """Delete Org Launch Env Var

    Args:
        env_var_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarDeleteResponse]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | OrgLaunchEnvVarDeleteResponse | None:
    """Delete Org Launch Env Var

    Args:
        env_var_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarDeleteResponse
    """

    return sync_detailed(
        env_var_id=env_var_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | OrgLaunchEnvVarDeleteResponse]:
    """Delete Org Launch Env Var

    Args:
        env_var_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarDeleteResponse]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_var_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | OrgLaunchEnvVarDeleteResponse | None:
    """Delete Org Launch Env Var

    Args:
        env_var_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarDeleteResponse
    """

    return (
        await asyncio_detailed(
            env_var_id=env_var_id,
            client=client,
        )
    ).parsed
