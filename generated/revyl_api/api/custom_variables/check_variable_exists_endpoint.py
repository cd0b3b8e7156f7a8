from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_variable_exists_response import CheckVariableExistsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    test_id: None | str | Unset = UNSET,
    variable_name: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_test_id: None | str | Unset
    if isinstance(test_id, Unset):
        json_test_id = UNSET
    else:
        json_test_id = test_id
    params["test_id"] = json_test_id

    json_variable_name: None | str | Unset
    if isinstance(variable_name, Unset):
        json_variable_name = UNSET
    else:
        json_variable_name = variable_name
    params["variable_name"] = json_variable_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/custom/check_exists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckVariableExistsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CheckVariableExistsResponse.from_dict(response.json())

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
) -> Response[CheckVariableExistsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    test_id: None | str | Unset = UNSET,
    variable_name: None | str | Unset = UNSET,
) -> Response[CheckVariableExistsResponse | HTTPValidationError]:
    """Check Variable Exists Endpoint

     Check if a specific variable exists in the variable table for a given test_uid

    Args:
        test_id (None | str | Unset):
        variable_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckVariableExistsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        variable_name=variable_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_id: None | str | Unset = UNSET,
    variable_name: None | str | Unset = UNSET,
) -> CheckVariableExistsResponse | HTTPValidationError | None:
    """Check Variable Exists Endpoint

     Check if a specific variable exists in the variable table for a given test_uid

    Args:
        test_id (None | str | Unset):
        variable_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckVariableExistsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        test_id=test_id,
        variable_name=variable_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_id: None | str | Unset = UNSET,
    variable_name: None | str | Unset = UNSET,
) -> Response[CheckVariableExistsResponse | HTTPValidationError]:
    """Check Variable Exists Endpoint

     Check if a specific variable exists in the variable table for a given test_uid

    Args:
        test_id (None | str | Unset):
        variable_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckVariableExistsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        variable_name=variable_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_id: None | str | Unset = UNSET,
    variable_name: None | str | Unset = UNSET,
) -> CheckVariableExistsResponse | HTTPValidationError | None:
    """Check Variable Exists Endpoint

     Check if a specific variable exists in the variable table for a given test_uid

    Args:
        test_id (None | str | Unset):
        variable_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckVariableExistsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            test_id=test_id,
            variable_name=variable_name,
        )
    ).parsed
