from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_variable_response import GlobalVariableResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    variable_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/variables/global/{variable_id}".format(
            variable_id=quote(str(variable_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalVariableResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GlobalVariableResponse.from_dict(response.json())

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
) -> Response[GlobalVariableResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    variable_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[GlobalVariableResponse | HTTPValidationError]:
    """Delete Global Variable

     Delete a global variable.

    Args:
        variable_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_id: UUID,
    *,
    client: AuthenticatedClient,
) -> GlobalVariableResponse | HTTPValidationError | None:
    """Delete Global Variable

     Delete a global variable.

    Args:
        variable_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalVariableResponse | HTTPValidationError
    """

    return sync_detailed(
        variable_id=variable_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    variable_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[GlobalVariableResponse | HTTPValidationError]:
    """Delete Global Variable

     Delete a global variable.

    Args:
        variable_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_id: UUID,
    *,
    client: AuthenticatedClient,
) -> GlobalVariableResponse | HTTPValidationError | None:
    """Delete Global Variable

     Delete a global variable.

    Args:
        variable_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalVariableResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            variable_id=variable_id,
            client=client,
        )
    ).parsed
