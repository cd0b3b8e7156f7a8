from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/device/status/cancel/{workflow_run_id}".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
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
) -> Response[Any | HTTPValidationError]:
    """Cancel Device

     Stop or cancel a device session.

    Called by ``revyl device stop`` and the frontend stop button. Despite
    the endpoint name, this handles both true cancellations (test was
    interrupted) and normal stops (bare device session ended by user).

    The final status depends on session type:
      - **Bare sessions** (``is_simulation=True``, no ``test_id``): these
        have no ``test_executions`` row.  Stopping is a normal completion,
        so the status is set to ``"completed"``.
      - **Test sessions** (started from test editor, ``revyl create``, etc.):
        these have a ``test_executions`` row.  Stopping interrupts the test,
        so the status is ``"cancelled"`` with an error message.

    After updating the DB, a Hatchet workflow cancel is attempted
    (best-effort).  Hatchet failures are logged and surfaced in the
    response but do not cause the endpoint to return an error.

    Args:
        workflow_run_id: The Hatchet workflow run ID to stop/cancel.
        auth_info: Authenticated caller (injected by Depends).

    Returns:
        JSON dict with ``success``, ``db_updated``, and ``hatchet_cancelled``.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
) -> Any | HTTPValidationError | None:
    """Cancel Device

     Stop or cancel a device session.

    Called by ``revyl device stop`` and the frontend stop button. Despite
    the endpoint name, this handles both true cancellations (test was
    interrupted) and normal stops (bare device session ended by user).

    The final status depends on session type:
      - **Bare sessions** (``is_simulation=True``, no ``test_id``): these
        have no ``test_executions`` row.  Stopping is a normal completion,
        so the status is set to ``"completed"``.
      - **Test sessions** (started from test editor, ``revyl create``, etc.):
        these have a ``test_executions`` row.  Stopping interrupts the test,
        so the status is ``"cancelled"`` with an error message.

    After updating the DB, a Hatchet workflow cancel is attempted
    (best-effort).  Hatchet failures are logged and surfaced in the
    response but do not cause the endpoint to return an error.

    Args:
        workflow_run_id: The Hatchet workflow run ID to stop/cancel.
        auth_info: Authenticated caller (injected by Depends).

    Returns:
        JSON dict with ``success``, ``db_updated``, and ``hatchet_cancelled``.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError]:
    """Cancel Device

     Stop or cancel a device session.

    Called by ``revyl device stop`` and the frontend stop button. Despite
    the endpoint name, this handles both true cancellations (test was
    interrupted) and normal stops (bare device session ended by user).

    The final status depends on session type:
      - **Bare sessions** (``is_simulation=True``, no ``test_id``): these
        have no ``test_executions`` row.  Stopping is a normal completion,
        so the status is set to ``"completed"``.
      - **Test sessions** (started from test editor, ``revyl create``, etc.):
        these have a ``test_executions`` row.  Stopping interrupts the test,
        so the status is ``"cancelled"`` with an error message.

    After updating the DB, a Hatchet workflow cancel is attempted
    (best-effort).  Hatchet failures are logged and surfaced in the
    response but do not cause the endpoint to return an error.

    Args:
        workflow_run_id: The Hatchet workflow run ID to stop/cancel.
        auth_info: Authenticated caller (injected by Depends).

    Returns:
        JSON dict with ``success``, ``db_updated``, and ``hatchet_cancelled``.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
) -> Any | HTTPValidationError | None:
    """Cancel Device

     Stop or cancel a device session.

    Called by ``revyl device stop`` and the frontend stop button. Despite
    the endpoint name, this handles both true cancellations (test was
    interrupted) and normal stops (bare device session ended by user).

    The final status depends on session type:
      - **Bare sessions** (``is_simulation=True``, no ``test_id``): these
        have no ``test_executions`` row.  Stopping is a normal completion,
        so the status is set to ``"completed"``.
      - **Test sessions** (started from test editor, ``revyl create``, etc.):
        these have a ``test_executions`` row.  Stopping interrupts the test,
        so the status is ``"cancelled"`` with an error message.

    After updating the DB, a Hatchet workflow cancel is attempted
    (best-effort).  Hatchet failures are logged and surfaced in the
    response but do not cause the endpoint to return an error.

    Args:
        workflow_run_id: The Hatchet workflow run ID to stop/cancel.
        auth_info: Authenticated caller (injected by Depends).

    Returns:
        JSON dict with ``success``, ``db_updated``, and ``hatchet_cancelled``.

    Args:
        workflow_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
