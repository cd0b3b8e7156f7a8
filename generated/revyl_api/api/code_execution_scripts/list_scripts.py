from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_execution_script_list_response import CodeExecutionScriptListResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    runtime: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_runtime: None | str | Unset
    if isinstance(runtime, Unset):
        json_runtime = UNSET
    else:
        json_runtime = runtime
    params["runtime"] = json_runtime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/scripts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeExecutionScriptListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CodeExecutionScriptListResponse.from_dict(response.json())

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
) -> Response[CodeExecutionScriptListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    runtime: None | str | Unset = UNSET,
) -> Response[CodeExecutionScriptListResponse | HTTPValidationError]:
    """List Scripts

     List all scripts accessible to the user (own scripts + org scripts).

    Args:
        limit (int | Unset): Maximum number of scripts to return Default: 100.
        offset (int | Unset): Number of scripts to skip Default: 0.
        runtime (None | str | Unset): Filter by runtime (python, javascript, typescript, bash)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeExecutionScriptListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        runtime=runtime,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    runtime: None | str | Unset = UNSET,
) -> CodeExecutionScriptListResponse | HTTPValidationError | None:
    """List Scripts

     List all scripts accessible to the user (own scripts + org scripts).

    Args:
        limit (int | Unset): Maximum number of scripts to return Default: 100.
        offset (int | Unset): Number of scripts to skip Default: 0.
        runtime (None | str | Unset): Filter by runtime (python, javascript, typescript, bash)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeExecutionScriptListResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        runtime=runtime,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    runtime: None | str | Unset = UNSET,
) -> Response[CodeExecutionScriptListResponse | HTTPValidationError]:
    """List Scripts

     List all scripts accessible to the user (own scripts + org scripts).

    Args:
        limit (int | Unset): Maximum number of scripts to return Default: 100.
        offset (int | Unset): Number of scripts to skip Default: 0.
        runtime (None | str | Unset): Filter by runtime (python, javascript, typescript, bash)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeExecutionScriptListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        runtime=runtime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    runtime: None | str | Unset = UNSET,
) -> CodeExecutionScriptListResponse | HTTPValidationError | None:
    """List Scripts

     List all scripts accessible to the user (own scripts + org scripts).

    Args:
        limit (int | Unset): Maximum number of scripts to return Default: 100.
        offset (int | Unset): Number of scripts to skip Default: 0.
        runtime (None | str | Unset): Filter by runtime (python, javascript, typescript, bash)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeExecutionScriptListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            runtime=runtime,
        )
    ).parsed
