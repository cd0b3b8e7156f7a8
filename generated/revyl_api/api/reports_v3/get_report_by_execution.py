from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.report_v3_response import ReportV3Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    execution_id: str,
    *,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
    token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_steps"] = include_steps

    params["include_actions"] = include_actions

    params["include_llm_calls"] = include_llm_calls

    json_token: None | str | Unset
    if isinstance(token, Unset):
        json_token = UNSET
    else:
        json_token = token
    params["token"] = json_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports-v3/reports/by-execution/{execution_id}".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ReportV3Response | None:
    if response.status_code == 200:
        response_200 = ReportV3Response.from_dict(response.json())

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
) -> Response[HTTPValidationError | ReportV3Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
    token: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ReportV3Response]:
    """Get Report By Execution

     Get a report by execution_id (test_executions.id).

    This is the primary lookup method for the trace visualizer,
    as it uses the task_id which maps to execution_id.

    Supports both authenticated and public (token-based) access:
    - Authenticated: Requires valid auth token, enforces org_id filtering
    - Public: Requires valid share token, no org filtering

    Args:
        execution_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportV3Response]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
    token: None | str | Unset = UNSET,
) -> HTTPValidationError | ReportV3Response | None:
    """Get Report By Execution

     Get a report by execution_id (test_executions.id).

    This is the primary lookup method for the trace visualizer,
    as it uses the task_id which maps to execution_id.

    Supports both authenticated and public (token-based) access:
    - Authenticated: Requires valid auth token, enforces org_id filtering
    - Public: Requires valid share token, no org filtering

    Args:
        execution_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportV3Response
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
        token=token,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
    token: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ReportV3Response]:
    """Get Report By Execution

     Get a report by execution_id (test_executions.id).

    This is the primary lookup method for the trace visualizer,
    as it uses the task_id which maps to execution_id.

    Supports both authenticated and public (token-based) access:
    - Authenticated: Requires valid auth token, enforces org_id filtering
    - Public: Requires valid share token, no org filtering

    Args:
        execution_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportV3Response]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
    token: None | str | Unset = UNSET,
) -> HTTPValidationError | ReportV3Response | None:
    """Get Report By Execution

     Get a report by execution_id (test_executions.id).

    This is the primary lookup method for the trace visualizer,
    as it uses the task_id which maps to execution_id.

    Supports both authenticated and public (token-based) access:
    - Authenticated: Requires valid auth token, enforces org_id filtering
    - Public: Requires valid share token, no org filtering

    Args:
        execution_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportV3Response
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
            include_steps=include_steps,
            include_actions=include_actions,
            include_llm_calls=include_llm_calls,
            token=token,
        )
    ).parsed
