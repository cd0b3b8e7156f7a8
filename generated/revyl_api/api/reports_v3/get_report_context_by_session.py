from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.report_context_response import ReportContextResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_steps"] = include_steps

    params["include_actions"] = include_actions

    params["include_llm_calls"] = include_llm_calls

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports-v3/reports/by-session/{session_id}/context".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ReportContextResponse | None:
    if response.status_code == 200:
        response_200 = ReportContextResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ReportContextResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> Response[HTTPValidationError | ReportContextResponse]:
    """Get Report Context By Session

     Get a high-context report by device session_id for CLI/MCP consumption.

    Same enrichment as the by-execution context endpoint but keyed by
    device session rather than test execution.

    Args:
        session_id: The device_sessions UUID.
        include_steps: Whether to include steps (default: True).
        include_actions: Whether to include actions within steps (default: True).
        include_llm_calls: Whether to include LLM call details (default: True).

    Args:
        session_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportContextResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> HTTPValidationError | ReportContextResponse | None:
    """Get Report Context By Session

     Get a high-context report by device session_id for CLI/MCP consumption.

    Same enrichment as the by-execution context endpoint but keyed by
    device session rather than test execution.

    Args:
        session_id: The device_sessions UUID.
        include_steps: Whether to include steps (default: True).
        include_actions: Whether to include actions within steps (default: True).
        include_llm_calls: Whether to include LLM call details (default: True).

    Args:
        session_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportContextResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> Response[HTTPValidationError | ReportContextResponse]:
    """Get Report Context By Session

     Get a high-context report by device session_id for CLI/MCP consumption.

    Same enrichment as the by-execution context endpoint but keyed by
    device session rather than test execution.

    Args:
        session_id: The device_sessions UUID.
        include_steps: Whether to include steps (default: True).
        include_actions: Whether to include actions within steps (default: True).
        include_llm_calls: Whether to include LLM call details (default: True).

    Args:
        session_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportContextResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> HTTPValidationError | ReportContextResponse | None:
    """Get Report Context By Session

     Get a high-context report by device session_id for CLI/MCP consumption.

    Same enrichment as the by-execution context endpoint but keyed by
    device session rather than test execution.

    Args:
        session_id: The device_sessions UUID.
        include_steps: Whether to include steps (default: True).
        include_actions: Whether to include actions within steps (default: True).
        include_llm_calls: Whether to include LLM call details (default: True).

    Args:
        session_id (str):
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportContextResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            include_steps=include_steps,
            include_actions=include_actions,
            include_llm_calls=include_llm_calls,
        )
    ).parsed
