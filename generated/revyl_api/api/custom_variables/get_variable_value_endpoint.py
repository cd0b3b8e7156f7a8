from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_variable_value_response import GetVariableValueResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    test_uid: str,
    variable_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["test_uid"] = test_uid

    params["variable_name"] = variable_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/custom/get_value",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVariableValueResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetVariableValueResponse.from_dict(response.json())

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
) -> Response[GetVariableValueResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    test_uid: str,
    variable_name: str,
) -> Response[GetVariableValueResponse | HTTPValidationError]:
    """Get Variable Value Endpoint

     Retrieve the value of a specific variable associated with a test ID

    Args:
        test_uid (str):
        variable_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVariableValueResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_uid=test_uid,
        variable_name=variable_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_uid: str,
    variable_name: str,
) -> GetVariableValueResponse | HTTPValidationError | None:
    """Get Variable Value Endpoint

     Retrieve the value of a specific variable associated with a test ID

    Args:
        test_uid (str):
        variable_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVariableValueResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        test_uid=test_uid,
        variable_name=variable_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_uid: str,
    variable_name: str,
) -> Response[GetVariableValueResponse | HTTPValidationError]:
    """Get Variable Value Endpoint

     Retrieve the value of a specific variable associated with a test ID

    Args:
        test_uid (str):
        variable_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVariableValueResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_uid=test_uid,
        variable_name=variable_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_uid: str,
    variable_name: str,
) -> GetVariableValueResponse | HTTPValidationError | None:
    """Get Variable Value Endpoint

     Retrieve the value of a specific variable associated with a test ID

    Args:
        test_uid (str):
        variable_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVariableValueResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            test_uid=test_uid,
            variable_name=variable_name,
        )
    ).parsed
