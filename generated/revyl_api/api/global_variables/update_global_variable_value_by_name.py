from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_variable_response import GlobalVariableResponse
from ...models.global_variable_value_update import GlobalVariableValueUpdate
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    variable_name: str,
    *,
    body: GlobalVariableValueUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/variables/global/by-name/{variable_name}".format(
            variable_name=quote(str(variable_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    variable_name: str,
    *,
    client: AuthenticatedClient,
    body: GlobalVariableValueUpdate,
) -> Response[GlobalVariableResponse | HTTPValidationError]:
    """Update Global Variable Value By Name

     Set the value of a non-secret global variable by name.

    Used by test-execution writers (script + extraction blocks) that assign
    into a pre-existing global. Returns 404 if the variable does not exist
    in the caller's organization, and 403 if it is marked is_secret.

    Args:
        variable_name (str):
        body (GlobalVariableValueUpdate): Request model for setting a global variable's value by
            name.

            Used by step-execution callers (extraction / code-execution blocks) that
            write into pre-existing, non-secret global variables. Secrets and
            metadata changes go through the full GlobalVariableUpdate path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        variable_name=variable_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_name: str,
    *,
    client: AuthenticatedClient,
    body: GlobalVariableValueUpdate,
) -> GlobalVariableResponse | HTTPValidationError | None:
    """Update Global Variable Value By Name

     Set the value of a non-secret global variable by name.

    Used by test-execution writers (script + extraction blocks) that assign
    into a pre-existing global. Returns 404 if the variable does not exist
    in the caller's organization, and 403 if it is marked is_secret.

    Args:
        variable_name (str):
        body (GlobalVariableValueUpdate): Request model for setting a global variable's value by
            name.

            Used by step-execution callers (extraction / code-execution blocks) that
            write into pre-existing, non-secret global variables. Secrets and
            metadata changes go through the full GlobalVariableUpdate path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalVariableResponse | HTTPValidationError
    """

    return sync_detailed(
        variable_name=variable_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    variable_name: str,
    *,
    client: AuthenticatedClient,
    body: GlobalVariableValueUpdate,
) -> Response[GlobalVariableResponse | HTTPValidationError]:
    """Update Global Variable Value By Name

     Set the value of a non-secret global variable by name.

    Used by test-execution writers (script + extraction blocks) that assign
    into a pre-existing global. Returns 404 if the variable does not exist
    in the caller's organization, and 403 if it is marked is_secret.

    Args:
        variable_name (str):
        body (GlobalVariableValueUpdate): Request model for setting a global variable's value by
            name.

            Used by step-execution callers (extraction / code-execution blocks) that
            write into pre-existing, non-secret global variables. Secrets and
            metadata changes go through the full GlobalVariableUpdate path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        variable_name=variable_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_name: str,
    *,
    client: AuthenticatedClient,
    body: GlobalVariableValueUpdate,
) -> GlobalVariableResponse | HTTPValidationError | None:
    """Update Global Variable Value By Name

     Set the value of a non-secret global variable by name.

    Used by test-execution writers (script + extraction blocks) that assign
    into a pre-existing global. Returns 404 if the variable does not exist
    in the caller's organization, and 403 if it is marked is_secret.

    Args:
        variable_name (str):
        body (GlobalVariableValueUpdate): Request model for setting a global variable's value by
            name.

            Used by step-execution callers (extraction / code-execution blocks) that
            write into pre-existing, non-secret global variables. Secrets and
            metadata changes go through the full GlobalVariableUpdate path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalVariableResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            variable_name=variable_name,
            client=client,
            body=body,
        )
    ).parsed
