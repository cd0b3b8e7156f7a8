"""Starting (or attaching to) a device until it is usable, as a plan (DEVICES.md §2, §4.2).

1. The app artifact, when one is asked for, is resolved as the CLI does: the build's
   presigned download URL and package are sent along with its ids (§2.1).
2. `start_device` is sent once, with a `session_id` chosen here: it is not idempotent, so
   unlike the CLI it is never re-sent blindly after an answer that may have created a
   device (§2.2). A lost answer is reconciled (`_core/reconcile.py`): the session with that
   id in the active list is adopted; none there after a 5xx means none was made, and the
   start is sent once more (with the same id).
3. The worker connection is polled until it gives a worker URL; `cancelled`, `stopped`
   or `failed` end the wait at once (§2.3).
4. The proxied `health` is polled until `device_connected` (§2.4). Unlike the CLI, which
   hands back a session whose device never connected, this waits until `timeout`.
5. The session id comes from the start answer, else from the active list (§2.5).

Whatever stops the wait after the device was created (a failure, the timeout, Ctrl-C,
task cancellation) stops the device first, so nothing is left running and billed. An
interruption while the start itself awaits its answer looks the session up once, by the id
the start sent (one request, no retry, a short timeout: a Ctrl-C must not hang), and stops
it if the server made it; when the lookup fails, the interruption goes on all the same and
says which session may still be running.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import attrs
from revyl_api.models import BuildResponse, StartDeviceInfo, StartDeviceResponse
from revyl_api.types import Unset

from .._core.calls import build_model, require_uuid
from .._core.effects import Plan, Send, Sleep, monotonic
from .._core.exceptions import APIStatusError, RevylError
from .._core.logging import logger
from .._core.reconcile import StartLedger, start_once
from .calls import (
    action_call,
    active_call,
    active_once_call,
    build_call,
    detail_call,
    latest_build_call,
    start_call,
    stop_call,
)
from .calls import worker_connection_call as connection_call
from .errors import DeviceSessionEnded, DeviceStartError
from .recovery import session_recovery
from .session_plans import ENDED_STATUSES, ScreenSize, SessionInfo, text_of
from .settings import DeviceSettings

__all__ = ["DeviceProgress", "ProgressCallback", "StartRequest", "attach", "start"]

Phase = Literal["resolving_app", "starting", "waiting_for_worker", "waiting_for_device", "ready"]
_PLATFORMS = ("android", "ios")
_NAMES = {"android": "Android", "ios": "iOS"}
_TERMINAL_SESSION = frozenset({"completed", "failed", "cancelled", "timeout"})
_FATAL = frozenset({401, 402, 403})  # polling on cannot fix these
_NIL_UUID = str(uuid.UUID(int=0))
INTERRUPTED_LOOKUP_TIMEOUT = 3.0  # seconds the lookup after an interrupted start may take


@dataclass(frozen=True)
class DeviceProgress:
    """Where a start is: `phase`, a readable `message`, seconds since it began."""

    phase: Phase
    message: str
    elapsed: float
    workflow_run_id: str | None = None


ProgressCallback = Callable[[DeviceProgress], object]


@dataclass(frozen=True)
class StartRequest:
    """The arguments of `devices.start`, checked before anything is sent."""

    platform: str
    app_id: str | None = None
    build_id: str | None = None
    app_url: str | None = None
    device_model: str | None = None
    os_version: str | None = None
    idle_timeout: int = 900
    launch_env: Mapping[str, str] | None = None
    timeout: float = 300.0
    on_progress: ProgressCallback | None = None

    def __post_init__(self) -> None:
        platform = self.platform.strip().lower() if isinstance(self.platform, str) else ""
        if platform not in _PLATFORMS:
            raise RevylError(f"platform must be 'ios' or 'android', got {self.platform!r}")
        object.__setattr__(self, "platform", platform)
        chosen = [name for name in ("app_id", "build_id", "app_url") if getattr(self, name) is not None]
        if len(chosen) > 1:
            raise RevylError(f"give at most one of app_id, build_id, app_url (got {', '.join(chosen)})")
        for name in ("app_id", "build_id"):
            if getattr(self, name) is not None:
                require_uuid(getattr(self, name), name)
        if self.app_url is not None and not str(self.app_url).startswith(("http://", "https://")):
            raise RevylError(f"app_url must be an http(s) URL of an .apk, .ipa or .zip, got {self.app_url!r}")
        if (self.device_model is None) != (self.os_version is None):
            raise RevylError("device_model and os_version go together: give both or neither")
        if isinstance(self.idle_timeout, bool) or not isinstance(self.idle_timeout, int) or self.idle_timeout <= 0:
            raise RevylError(f"idle_timeout must be a whole number of seconds > 0, got {self.idle_timeout!r}")
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) or self.timeout <= 0:
            raise RevylError(f"timeout must be a number of seconds > 0, got {self.timeout!r}")
        if self.launch_env is not None and not all(
                isinstance(k, str) and isinstance(v, str) for k, v in self.launch_env.items()):
            raise RevylError("launch_env must map variable names to string values")


class _Clock:
    """The start's deadline and progress reports."""

    def __init__(self, timeout: float, on_progress: ProgressCallback | None, what: str) -> None:
        self.began = monotonic()
        self.deadline = self.began + timeout
        self.timeout = timeout
        self.on_progress = on_progress
        self.what = what

    def report(self, phase: Phase, message: str, workflow_run_id: str | None = None) -> None:
        if self.on_progress is not None:
            self.on_progress(DeviceProgress(phase, message, round(monotonic() - self.began, 3), workflow_run_id))

    def pause(self, interval: float, waiting_for: str, workflow_run_id: str) -> Plan[None]:
        remaining = self.deadline - monotonic()
        if remaining <= 0:
            raise DeviceStartError(f"{self.what}: {waiting_for} after {self.timeout:g}s",
                                   workflow_run_id=workflow_run_id, timed_out=True)
        yield Sleep(min(interval, remaining))


def start(request: StartRequest, settings: DeviceSettings, ledger: StartLedger) -> Plan[SessionInfo]:
    clock = _Clock(request.timeout, request.on_progress, "The device did not become usable")
    fields: dict[str, Any] = {"platform": request.platform, "is_simulation": True,
                              "idle_timeout_seconds": request.idle_timeout}
    # Our own id for the session, so a start whose answer is lost can be found (and a resend
    # cannot make a second one); a client whose spec lacks the field finds it by time instead.
    session_id = str(uuid.uuid4()) if _has_field(StartDeviceInfo, "session_id") else None
    if session_id is not None:
        fields["session_id"] = session_id
    if request.app_id is not None or request.build_id is not None:
        clock.report("resolving_app", "finding the build to install")
        build = yield from _resolve_build(request.app_id, request.build_id)
        fields.update(app_id=str(build.app_id), build_id=str(build.id), app_url=build.download_url,
                      app_package=text_of(build.package_name))
    elif request.app_url is not None:
        fields["app_url"] = request.app_url
    if request.device_model is not None:
        fields.update(device_model=request.device_model, os_version=request.os_version)
    if request.launch_env:
        fields["env_vars"] = dict(request.launch_env)
    body = build_model(StartDeviceInfo, {k: v for k, v in fields.items() if v is not None}, "device start options")
    clock.report("starting", f"starting an {_NAMES[request.platform]} device")
    try:
        response: StartDeviceResponse = yield from start_once(
            start_call(body), session_recovery(request.platform, session_id), ledger)
    except (KeyboardInterrupt, asyncio.CancelledError) as interruption:
        yield from _stop_unanswered_start(session_id, interruption)
        raise
    workflow_run_id = text_of(response.workflow_run_id)
    if workflow_run_id in (None, _NIL_UUID):
        reason = text_of(response.error) or text_of(response.message) or "Revyl returned no workflow run id"
        raise DeviceStartError(f"The device could not be started: {reason}")
    assert workflow_run_id is not None
    # Specs before 2026-07-08 lack `session_id`: the session is then found in the active list.
    info = SessionInfo(workflow_run_id, text_of(getattr(response, "session_id", None)), request.platform,
                       trace_id=text_of(response.trace_id))
    try:
        yield from wait_ready(info, clock, settings)
        if info.session_id is None:
            info.session_id = yield from _find_session_id(workflow_run_id)
    except (Exception, KeyboardInterrupt, asyncio.CancelledError):
        yield from _stop_quietly(workflow_run_id)
        raise
    clock.report("ready", "the device is ready", workflow_run_id)
    return info


def attach(session_id: str, settings: DeviceSettings, timeout: float,
           on_progress: ProgressCallback | None) -> Plan[SessionInfo]:
    """A session started elsewhere, once usable; ended sessions raise `DeviceSessionEnded`."""
    clock = _Clock(timeout, on_progress, f"Device session {session_id} is not usable")
    detail = yield Send(detail_call(session_id))
    workflow_run_id = text_of(detail.workflow_run_id)
    if str(detail.status).lower() in _TERMINAL_SESSION:
        raise DeviceSessionEnded(f"Device session {session_id} has already ended ({detail.status})",
                                 workflow_run_id=workflow_run_id or "", status=str(detail.status),
                                 reason=str(detail.status))
    if workflow_run_id is None:
        raise DeviceStartError(f"Device session {session_id} has no device yet (no workflow run id)")
    platform = (text_of(detail.platform) or "android").lower()
    info = SessionInfo(workflow_run_id, str(detail.id), platform, whep_url=text_of(detail.whep_url),
                       trace_id=text_of(detail.trace_id))
    if isinstance(detail.screen_width, int) and isinstance(detail.screen_height, int):
        info.screen = ScreenSize(detail.screen_width, detail.screen_height)
    yield from wait_ready(info, clock, settings)
    clock.report("ready", "the device is ready", workflow_run_id)
    return info


def wait_ready(info: SessionInfo, clock: _Clock, settings: DeviceSettings) -> Plan[None]:
    """Until the worker is connected and the device answers `health` as connected."""
    wf = info.workflow_run_id
    clock.report("waiting_for_worker", "waiting for a device worker", wf)
    while True:
        connection = yield from _read(connection_call(wf))
        if connection is not None:
            status = str(connection.status)
            if status in ENDED_STATUSES:
                message = text_of(connection.message) or "no reason given"
                raise DeviceStartError(f"The device {status} before it was ready: {message}", workflow_run_id=wf)
            if text_of(connection.worker_ws_url):
                info.whep_url = text_of(connection.whep_url) or info.whep_url
                if isinstance(connection.device_width, int) and isinstance(connection.device_height, int):
                    info.screen = ScreenSize(connection.device_width, connection.device_height)
                break
        yield from clock.pause(settings.poll_interval, "no device worker connected", wf)
    clock.report("waiting_for_device", "waiting for the device to connect", wf)
    while True:
        health = yield from _read(action_call(wf, "health"))
        if health is not None and health.device_connected:
            if health.screen_width and health.screen_height:
                info.screen = ScreenSize(health.screen_width, health.screen_height)
            return
        yield from clock.pause(settings.poll_interval, "the device never reported connected", wf)


def _read(call: Any) -> Plan[Any]:
    """One poll: its answer, or None for a failure worth polling through (the CLI ignores
    them all; here 401, 402 and 403 still raise, since waiting cannot fix them)."""
    try:
        return (yield Send(call))
    except APIStatusError as error:
        if error.status_code in _FATAL:
            raise
        logger.info("device readiness poll failed: %s", error)
    except RevylError as error:
        logger.info("device readiness poll failed: %s", error)
    return None


def _resolve_build(app_id: str | None, build_id: str | None) -> Plan[BuildResponse]:
    if build_id is None:
        page = yield Send(latest_build_call(str(app_id)))
        items = [] if isinstance(page.items, Unset) else page.items
        if not items:
            raise RevylError(f"App {app_id} has no builds to install; upload one first")
        build_id = str(items[0].id)
    build: BuildResponse = yield Send(build_call(build_id))
    if not text_of(build.download_url):
        raise RevylError(f"Build {build_id} has no download URL, so it cannot be installed")
    return build


def _find_session_id(workflow_run_id: str) -> Plan[str | None]:
    try:
        active = yield Send(active_call())
    except RevylError as error:
        logger.info("could not list active sessions to find %s: %s", workflow_run_id, error)
        return None
    for item in active.sessions:
        if text_of(item.workflow_run_id) == workflow_run_id:
            return str(item.id)
    return None


def _has_field(model: type, name: str) -> bool:
    return any(field.name == name for field in attrs.fields(model))


def _stop_quietly(workflow_run_id: str) -> Plan[None]:
    try:
        yield Send(stop_call(workflow_run_id))
    except RevylError as error:
        logger.warning("could not stop device %s after the failed start: %s", workflow_run_id, error)


def _stop_unanswered_start(session_id: str | None, interruption: BaseException) -> Plan[None]:
    """After an interruption of a start still awaiting its answer: stop the session it may
    have made, found by the id it sent; else say (log, and a note on `interruption`) which
    session may still be running."""
    if session_id is None:  # a spec without `session_id`: nothing names this start's session
        _may_still_run(interruption, "the device it may have started cannot be told apart",
                       "client.devices.active()")
        return
    try:
        active = yield Send(active_once_call(INTERRUPTED_LOOKUP_TIMEOUT))
    except RevylError as error:
        _may_still_run(interruption, f"device session {session_id} may still be running "
                       f"(the active sessions could not be read: {error})", "client.devices.active()")
        return
    found = next((item for item in active.sessions if str(item.id) == session_id), None)
    if found is None:  # not made, or not yet: the server may still be handling the start
        _may_still_run(interruption, f"device session {session_id} is not among the active sessions (if the "
                       "server still makes it, it runs until its idle timeout)", "client.devices.active()")
        return
    workflow_run_id = text_of(found.workflow_run_id)
    if workflow_run_id is None:
        _may_still_run(interruption, f"device session {session_id} may still be running (it has no "
                       "workflow run id to stop yet)", "client.devices.active()")
        return
    try:
        yield Send(stop_call(workflow_run_id, timeout=INTERRUPTED_LOOKUP_TIMEOUT))
    except RevylError as error:
        _may_still_run(interruption, f"device session {session_id} may still be running (stopping it "
                       f"failed: {error})", f"client.devices.stop({workflow_run_id!r})")
        return
    logger.info("stopped device session %s, started by the interrupted start", session_id)


def _may_still_run(interruption: BaseException, what: str, where: str) -> None:
    message = f"The device start was interrupted before its answer came: {what}; see {where}"
    logger.warning("%s", message)
    interruption.add_note(message)
