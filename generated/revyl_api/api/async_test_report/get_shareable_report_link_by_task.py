from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.shareable_report_status_response import ShareableReportStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_id: str,
    origin: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    else:
        json_origin = origin
    params["origin"] = json_origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/report/async-run/shareable_report_link_by_task",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ShareableReportStatusResponse | None:
    if response.status_code == 200:
        response_200 = ShareableReportStatusResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ShareableReportStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
    origin: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ShareableReportStatusResponse]:
    """Get Shareable Report Link By Task

    Args:
        task_id (str):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShareableReportStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        origin=origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: str,
    origin: None | str | Unset = UNSET,
) -> HTTPValidationError | ShareableReportStatusResponse | None:
    """Get Shareable Report Link By Task

    Args:
        task_id (str):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShareableReportStatusResponse
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        origin=origin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
    origin: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ShareableReportStatusResponse]:
    """Get Shareable Report Link By Task

    Args:
        task_id (str):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShareableReportStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        origin=origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: str,
    origin: None | str | Unset = UNSET,
) -> HTTPValidationError | ShareableReportStatusResponse | None:
    """Get Shareable Report Link By Task

    Args:
        task_id (str):
        origin (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShareableReportStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            origin=origin,
        )
    ).parsed
