from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_session_response import DeviceSessionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execution/device-sessions/by-workflow-run/{workflow_run_id}".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceSessionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeviceSessionResponse.from_dict(response.json())

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
) -> Response[DeviceSessionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeviceSessionResponse | HTTPValidationError]:
    """Get Device Session By Workflow Run Id

     Look up a device session by workflow_run_id.

    Returns the session ID if found.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceSessionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
) -> DeviceSessionResponse | HTTPValidationError | None:
    """Get Device Session By Workflow Run Id

     Look up a device session by workflow_run_id.

    Returns the session ID if found.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceSessionResponse | HTTPValidationError
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeviceSessionResponse | HTTPValidationError]:
    """Get Device Session By Workflow Run Id

     Look up a device session by workflow_run_id.

    Returns the session ID if found.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceSessionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
) -> DeviceSessionResponse | HTTPValidationError | None:
    """Get Device Session By Workflow Run Id

     Look up a device session by workflow_run_id.

    Returns the session ID if found.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceSessionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
