from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.ssh_key_status_response import SSHKeyStatusResponse
from ...types import Response


def _get_kwargs(
    sandbox_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fleet/sandboxes/{sandbox_id}/ssh-key/status".format(
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SSHKeyStatusResponse | None:
    if response.status_code == 200:
        response_200 = SSHKeyStatusResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SSHKeyStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SSHKeyStatusResponse]:
    """Get Ssh Key Status

     Check SSH key configuration status on a sandbox.

    Tests SSH connectivity to the sandbox to determine if the user's
    SSH key is properly configured.

    Args:
        sandbox_id: UUID of the sandbox to check.
        auth_info: Authenticated user info.

    Returns:
        SSHKeyStatusResponse: SSH key configuration status.

    Raises:
        HTTPException: If sandbox not found.

    Args:
        sandbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SSHKeyStatusResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SSHKeyStatusResponse | None:
    """Get Ssh Key Status

     Check SSH key configuration status on a sandbox.

    Tests SSH connectivity to the sandbox to determine if the user's
    SSH key is properly configured.

    Args:
        sandbox_id: UUID of the sandbox to check.
        auth_info: Authenticated user info.

    Returns:
        SSHKeyStatusResponse: SSH key configuration status.

    Raises:
        HTTPException: If sandbox not found.

    Args:
        sandbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SSHKeyStatusResponse
    """

    return sync_detailed(
        sandbox_id=sandbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SSHKeyStatusResponse]:
    """Get Ssh Key Status

     Check SSH key configuration status on a sandbox.

    Tests SSH connectivity to the sandbox to determine if the user's
    SSH key is properly configured.

    Args:
        sandbox_id: UUID of the sandbox to check.
        auth_info: Authenticated user info.

    Returns:
        SSHKeyStatusResponse: SSH key configuration status.

    Raises:
        HTTPException: If sandbox not found.

    Args:
        sandbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SSHKeyStatusResponse]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SSHKeyStatusResponse | None:
    """Get Ssh Key Status

     Check SSH key configuration status on a sandbox.

    Tests SSH connectivity to the sandbox to determine if the user's
    SSH key is properly configured.

    Args:
        sandbox_id: UUID of the sandbox to check.
        auth_info: Authenticated user info.

    Returns:
        SSHKeyStatusResponse: SSH key configuration status.

    Raises:
        HTTPException: If sandbox not found.

    Args:
        sandbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SSHKeyStatusResponse
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
        )
    ).parsed
