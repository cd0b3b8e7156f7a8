from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_launch_env_vars_response import OrgLaunchEnvVarsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    test_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["test_id"] = test_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/org_launch_env/test-attachments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgLaunchEnvVarsResponse | None:
    if response.status_code == 200:
        response_200 = OrgLaunchEnvVarsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgLaunchEnvVarsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    test_id: str,
) -> Response[HTTPValidationError | OrgLaunchEnvVarsResponse]:
    """List Test Launch Env Var Attachments

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarsResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_id: str,
) -> HTTPValidationError | OrgLaunchEnvVarsResponse | None:
    """List Test Launch Env Var Attachments

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarsResponse
    """

    return sync_detailed(
        client=client,
        test_id=test_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_id: str,
) -> Response[HTTPValidationError | OrgLaunchEnvVarsResponse]:
    """List Test Launch Env Var Attachments

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgLaunchEnvVarsResponse]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_id: str,
) -> HTTPValidationError | OrgLaunchEnvVarsResponse | None:
    """List Test Launch Env Var Attachments

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgLaunchEnvVarsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            test_id=test_id,
        )
    ).parsed
