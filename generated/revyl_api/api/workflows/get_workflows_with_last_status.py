from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflows_with_last_status_response import GetWorkflowsWithLastStatusResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    history_limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["history_limit"] = history_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/get_with_last_status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkflowsWithLastStatusResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetWorkflowsWithLastStatusResponse.from_dict(response.json())

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
) -> Response[GetWorkflowsWithLastStatusResponse | HTTPValidationError]:
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
    history_limit: int | Unset = 10,
) -> Response[GetWorkflowsWithLastStatusResponse | HTTPValidationError]:
    """Get Workflows With Last Status

     Get workflows with their last execution status and metadata for workflow cards.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        history_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowsWithLastStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        history_limit=history_limit,
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
    history_limit: int | Unset = 10,
) -> GetWorkflowsWithLastStatusResponse | HTTPValidationError | None:
    """Get Workflows With Last Status

     Get workflows with their last execution status and metadata for workflow cards.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        history_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowsWithLastStatusResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        history_limit=history_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    history_limit: int | Unset = 10,
) -> Response[GetWorkflowsWithLastStatusResponse | HTTPValidationError]:
    """Get Workflows With Last Status

     Get workflows with their last execution status and metadata for workflow cards.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        history_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowsWithLastStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        history_limit=history_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    history_limit: int | Unset = 10,
) -> GetWorkflowsWithLastStatusResponse | HTTPValidationError | None:
    """Get Workflows With Last Status

     Get workflows with their last execution status and metadata for workflow cards.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        history_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowsWithLastStatusResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            history_limit=history_limit,
        )
    ).parsed
