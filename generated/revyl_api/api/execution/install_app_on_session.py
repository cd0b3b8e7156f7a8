from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.session_install_accepted_response import SessionInstallAcceptedResponse
from ...models.session_install_request import SessionInstallRequest
from ...types import Response


def _get_kwargs(
    workflow_run_id: str,
    *,
    body: SessionInstallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/sessions/{workflow_run_id}/install".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SessionInstallAcceptedResponse | None:
    if response.status_code == 200:
        response_200 = SessionInstallAcceptedResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SessionInstallAcceptedResponse]:
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
    body: SessionInstallRequest,
) -> Response[HTTPValidationError | SessionInstallAcceptedResponse]:
    """Install App On Session

     Kick off an async install of a previously-uploaded app onto the live
    session (no auto-launch). Returns an install_id immediately; poll the result
    via GET /device-proxy/{workflow_run_id}/install_status/{install_id} so a slow
    install doesn't ride one long request that can drop over the worker tunnel.

    Args:
        workflow_run_id (str):
        body (SessionInstallRequest): Request body to install a previously-uploaded app onto the
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionInstallAcceptedResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionInstallRequest,
) -> HTTPValidationError | SessionInstallAcceptedResponse | None:
    """Install App On Session

     Kick off an async install of a previously-uploaded app onto the live
    session (no auto-launch). Returns an install_id immediately; poll the result
    via GET /device-proxy/{workflow_run_id}/install_status/{install_id} so a slow
    install doesn't ride one long request that can drop over the worker tunnel.

    Args:
        workflow_run_id (str):
        body (SessionInstallRequest): Request body to install a previously-uploaded app onto the
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionInstallAcceptedResponse
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionInstallRequest,
) -> Response[HTTPValidationError | SessionInstallAcceptedResponse]:
    """Install App On Session

     Kick off an async install of a previously-uploaded app onto the live
    session (no auto-launch). Returns an install_id immediately; poll the result
    via GET /device-proxy/{workflow_run_id}/install_status/{install_id} so a slow
    install doesn't ride one long request that can drop over the worker tunnel.

    Args:
        workflow_run_id (str):
        body (SessionInstallRequest): Request body to install a previously-uploaded app onto the
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionInstallAcceptedResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
    body: SessionInstallRequest,
) -> HTTPValidationError | SessionInstallAcceptedResponse | None:
    """Install App On Session

     Kick off an async install of a previously-uploaded app onto the live
    session (no auto-launch). Returns an install_id immediately; poll the result
    via GET /device-proxy/{workflow_run_id}/install_status/{install_id} so a slow
    install doesn't ride one long request that can drop over the worker tunnel.

    Args:
        workflow_run_id (str):
        body (SessionInstallRequest): Request body to install a previously-uploaded app onto the
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionInstallAcceptedResponse
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
            body=body,
        )
    ).parsed
