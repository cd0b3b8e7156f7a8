"""Every request of a device session as an `APICall`: the spec's operations and the proxied actions.

Built here, free of I/O; the plans yield them and the drivers send them. Proxied actions
use the generated proxy operations for their URL and add the JSON body the worker expects
(the spec declares none) and a reader for the answer declared in `actions`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import httpx
from revyl_api.api.apps import get_build, list_builds
from revyl_api.api.execution import (
    cancel_device,
    get_active_device_sessions,
    get_device_session_by_id,
    get_session_history,
    get_worker_connection,
    ground_element,
    proxy_step_cancel,
    proxy_step_status,
    proxy_worker_request_get,
    proxy_worker_request_post,
    start_device,
)
from revyl_api.models import (
    ActiveDeviceSessionsResponse,
    BuildResponse,
    DeviceSessionDetailItem,
    DeviceSessionsSessionHistoryResponse,
    GroundRequest,
    GroundResponse,
    PaginatedBuildsResponse,
    StartDeviceInfo,
    StartDeviceResponse,
    WorkerConnectionResponse,
)

from .._core.base_client import APICall
from .._core.calls import call
from .._core.retry import Safety
from .actions import ACTIONS, STEP_CANCEL, STEP_STATUS, ActionResult, Answer, StopResult, body_of, read_model
from .errors import DeviceActionError

__all__ = [
    "action_call",
    "active_call",
    "active_once_call",
    "build_call",
    "detail_call",
    "ground_call",
    "history_call",
    "latest_build_call",
    "start_call",
    "step_cancel_call",
    "step_status_call",
    "stop_call",
    "worker_connection_call",
]

HEALTH_TIMEOUT = httpx.Timeout(5.0)  # the CLI's per-try limit for `health` (DEVICES.md §2.4)
INSTALL_TIMEOUT = httpx.Timeout(600.0, connect=10.0)  # one long request, as the CLI's install (§3.6)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The CLI checks that these echo the action asked for (DEVICES.md §3.2).
_ECHOED = frozenset({"launch", "open_url", "install"})


def start_call(body: StartDeviceInfo) -> APICall[StartDeviceResponse]:
    # Not idempotent and no idempotency key: a re-sent start could leave a second billed device.
    return call(start_device, StartDeviceResponse, safety=Safety.UNSAFE, body=body)


def worker_connection_call(workflow_run_id: str) -> APICall[WorkerConnectionResponse]:
    return call(get_worker_connection, WorkerConnectionResponse, workflow_run_id=workflow_run_id)


def active_call(**options: Any) -> APICall[ActiveDeviceSessionsResponse]:
    return call(get_active_device_sessions, ActiveDeviceSessionsResponse, **options)


def active_once_call(timeout: float) -> APICall[ActiveDeviceSessionsResponse]:
    """The active sessions in one bounded attempt: asked while an interruption waits."""
    return replace(active_call(timeout=timeout), retries=0)


def detail_call(session_id: str, **options: Any) -> APICall[DeviceSessionDetailItem]:
    return call(get_device_session_by_id, DeviceSessionDetailItem, session_id=session_id, **options)


def history_call(limit: int, offset: int, **query: Any) -> APICall[DeviceSessionsSessionHistoryResponse]:
    return call(get_session_history, DeviceSessionsSessionHistoryResponse, limit=limit, offset=offset, **query)


def stop_call(workflow_run_id: str, **options: Any) -> APICall[StopResult]:
    # Stopping twice is harmless, so it is retried like a read.
    request = cancel_device._get_kwargs(workflow_run_id=workflow_run_id)
    return APICall(request, _stop_result, **_request_options(options))


def _stop_result(response: httpx.Response) -> StopResult:
    """The spec allows any answer here; a 200 means stopped, whatever the body says."""
    try:
        return read_model(StopResult, response.json())
    except ValueError:
        return StopResult()


def build_call(build_id: str) -> APICall[BuildResponse]:
    return call(get_build, BuildResponse, version_id=build_id, include_download_url=True)


def latest_build_call(app_id: str) -> APICall[PaginatedBuildsResponse]:
    """The app's builds, newest first; the CLI takes the first as the latest (DEVICES.md §2.1)."""
    return call(list_builds, PaginatedBuildsResponse, app_id=app_id, page=1, page_size=1)


def ground_call(body: GroundRequest) -> APICall[GroundResponse]:
    return call(ground_element, GroundResponse, safety=Safety.SAFE, body=body)


def action_call(workflow_run_id: str, name: str, body: object | None = None) -> APICall[Any]:
    """The proxied action `name` (declared in `actions.ACTIONS`) with its request model `body`."""
    action = ACTIONS[name]
    operation = proxy_worker_request_get if action.method == "GET" else proxy_worker_request_post
    request = operation._get_kwargs(workflow_run_id=workflow_run_id, action=name)
    if body is not None:  # actions without arguments send no body, as the CLI (DEVICES.md §3.3)
        request["json"] = body_of(body)
    timeout = HEALTH_TIMEOUT if name == "health" else INSTALL_TIMEOUT if name == "install" else None
    return APICall(request, _reader(name, action.answer), action.safety, timeout)


def step_status_call(workflow_run_id: str, step_id: str) -> APICall[Any]:
    request = proxy_step_status._get_kwargs(workflow_run_id=workflow_run_id, step_id=step_id)
    return APICall(request, _reader("step_status", STEP_STATUS))


def step_cancel_call(workflow_run_id: str, step_id: str) -> APICall[Any]:
    # Cancelling twice is harmless: the second finds the step no longer running.
    request = proxy_step_cancel._get_kwargs(workflow_run_id=workflow_run_id, step_id=step_id)
    return APICall(request, _reader("step_cancel", STEP_CANCEL))


def envelope_of(response: httpx.Response) -> dict[str, Any] | None:
    """The worker's failure envelope in an error answer (`{success: false, ...}`), if it is one."""
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(body, dict) and (body.get("success") is False or body.get("Success") is False):
        return body
    return None


def _request_options(options: dict[str, Any]) -> dict[str, Any]:
    return {"timeout": options.get("timeout"), "extra_headers": options.get("extra_headers") or {}}


def _reader(name: str, answer: Answer) -> Any:
    def read(response: httpx.Response) -> Any:
        if answer == "png":
            if not response.content.startswith(PNG_SIGNATURE):
                kind = response.headers.get("content-type", "unknown content")
                raise DeviceActionError(name, f"the answer is not a PNG image ({kind})")
            return response.content
        if answer == "text":
            return response.text
        try:
            data = response.json()
        except (ValueError, UnicodeDecodeError):
            raise DeviceActionError(name, f"the answer is not JSON: {response.text[:200]!r}") from None
        try:
            model = ActionResult.read(data) if answer is ActionResult else read_model(answer, data)
        except ValueError as error:
            raise DeviceActionError(name, f"unreadable answer ({error}): {json.dumps(data)[:200]}") from None
        if isinstance(model, ActionResult):
            _check_envelope(name, model, response.status_code)
        return model

    return read


def _check_envelope(name: str, result: ActionResult, status_code: int) -> None:
    if not result.success:
        raise DeviceActionError(name, result.error or "the worker gave no reason", status_code=status_code,
                                body=dict(result.raw))
    if name in _ECHOED and result.action not in (None, name):
        raise DeviceActionError(name, f"the worker answered for {result.action!r} instead",
                                status_code=status_code, body=dict(result.raw))
