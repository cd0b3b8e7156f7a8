from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.remote_build_status_response import RemoteBuildStatusResponse
from ...types import Response


def _get_kwargs(
    build_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/remote/{build_job_id}/status".format(
            build_job_id=quote(str(build_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoteBuildStatusResponse | None:
    if response.status_code == 200:
        response_200 = RemoteBuildStatusResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoteBuildStatusResponse]:
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
) -> Response[HTTPValidationError | RemoteBuildStatusResponse]:
    """Get Remote Build Status

     Poll the current status of a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildStatusResponse]
    """

    kwargs = _get_kwargs(
        build_job_id=build_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | RemoteBuildStatusResponse | None:
    """Get Remote Build Status

     Poll the current status of a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildStatusResponse
    """

    return sync_detailed(
        build_job_id=build_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | RemoteBuildStatusResponse]:
    """Get Remote Build Status

     Poll the current status of a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoteBuildStatusResponse]
    """

    kwargs = _get_kwargs(
        build_job_id=build_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    build_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | RemoteBuildStatusResponse | None:
    """Get Remote Build Status

     Poll the current status of a sandbox-backed remote build job.

    Args:
        build_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoteBuildStatusResponse
    """

    return (
        await asyncio_detailed(
            build_job_id=build_job_id,
            client=client,
        )
    ).parsed
