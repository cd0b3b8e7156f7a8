from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remote_build_logs_response import RemoteBuildLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    build_job_id: UUID,
    *,
    after_id: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_after_id: None | str | Unset
    if isinstance(after_id, Unset):
        json_after_id = UNSET
    else:
        json_after_id = after_id
    params["after_id"] = json_after_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/remote/{build_job_id}/logs".format(
            build_job_id=quote(str(build_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoteBuildLogsResponse | None:
    if response.status_code == 200:
        response_200 = RemoteBuildLogsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoteBuildLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
    after_id: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[HTTPValidationError | RemoteBuildLogsResponse]:
    """Get Remote Build Logs

     Fetch structured build logs for a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):
        after_id (None | str | Unset): Redis stream cursor. Omit for latest tail; pass 0-0 to read
            from the beginning.
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildLogsResponse]
    """

    kwargs = _get_kwargs(
        build_job_id=build_job_id,
        after_id=after_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
    after_id: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> HTTPValidationError | RemoteBuildLogsResponse | None:
    """Get Remote Build Logs

     Fetch structured build logs for a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):
        after_id (None | str | Unset): Redis stream cursor. Omit for latest tail; pass 0-0 to read
            from the beginning.
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildLogsResponse
    """

    return sync_detailed(
        build_job_id=build_job_id,
        client=client,
        after_id=after_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
    after_id: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[HTTPValidationError | RemoteBuildLogsResponse]:
    """Get Remote Build Logs

     Fetch structured build logs for a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):
        after_id (None | str | Unset): Redis stream cursor. Omit for latest tail; pass 0-0 to read
            from the beginning.
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildLogsResponse]
    """

    kwargs = _get_kwargs(
        build_job_id=build_job_id,
        after_id=after_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
    after_id: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> HTTPValidationError | RemoteBuildLogsResponse | None:
    """Get Remote Build Logs

     Fetch structured build logs for a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):
        after_id (None | str | Unset): Redis stream cursor. Omit for latest tail; pass 0-0 to read
            from the beginning.
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildLogsResponse
    """

    return (
        await asyncio_detailed(
            build_job_id=build_job_id,
            client=client,
            after_id=after_id,
            limit=limit,
        )
    ).parsed
