from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.report_v3_response import ReportV3Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    token: str,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["include_steps"] = include_steps

    params["include_actions"] = include_actions

    params["include_llm_calls"] = include_llm_calls

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports-v3/reports/by-token",
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
    *,
    client: AuthenticatedClient | Client,
    token: str,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> Response[HTTPValidationError | ReportV3Response]:
    """Get Report By Token

     Get a report by share token only.

    This is the cleanest public share endpoint - just pass the token.
    The backend looks up the execution_id from the shareable_reports table.

    URL format: /reports/by-token?token=xxx

    Args:
        token (str): Public share token
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportV3Response]
    """

    kwargs = _get_kwargs(
        token=token,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> HTTPValidationError | ReportV3Response | None:
    """Get Report By Token

     Get a report by share token only.

    This is the cleanest public share endpoint - just pass the token.
    The backend looks up the execution_id from the shareable_reports table.

    URL format: /reports/by-token?token=xxx

    Args:
        token (str): Public share token
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportV3Response
    """

    return sync_detailed(
        client=client,
        token=token,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> Response[HTTPValidationError | ReportV3Response]:
    """Get Report By Token

     Get a report by share token only.

    This is the cleanest public share endpoint - just pass the token.
    The backend looks up the execution_id from the shareable_reports table.

    URL format: /reports/by-token?token=xxx

    Args:
        token (str): Public share token
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReportV3Response]
    """

    kwargs = _get_kwargs(
        token=token,
        include_steps=include_steps,
        include_actions=include_actions,
        include_llm_calls=include_llm_calls,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    include_steps: bool | Unset = True,
    include_actions: bool | Unset = True,
    include_llm_calls: bool | Unset = True,
) -> HTTPValidationError | ReportV3Response | None:
    """Get Report By Token

     Get a report by share token only.

    This is the cleanest public share endpoint - just pass the token.
    The backend looks up the execution_id from the shareable_reports table.

    URL format: /reports/by-token?token=xxx

    Args:
        token (str): Public share token
        include_steps (bool | Unset):  Default: True.
        include_actions (bool | Unset):  Default: True.
        include_llm_calls (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReportV3Response
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            include_steps=include_steps,
            include_actions=include_actions,
            include_llm_calls=include_llm_calls,
        )
    ).parsed
