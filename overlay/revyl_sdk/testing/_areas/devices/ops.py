"""Device sessions: start, look up, stop, lose; how devices behave (the emulator's controls)."""

from __future__ import annotations

import time
import uuid
from typing import Any

from ..._state.devices import DeviceAction, DeviceRow, StepScript
from ..._state.errors import ApiError, NotFound
from ..._state.ids import new_id
from ..._state.phone import DEMO_BUNDLE, SCREENS, SimulatedDevice
from ..._state.store import Store

_SERVER_IDLE_DEFAULT = 300  # the CLI's comment on the server's default (DEVICES.md §2.2, uncertain)


def row(store: Store, workflow_run_id: str) -> DeviceRow:
    """The session by its workflow run id, brought up to now."""
    found = store.devices.sessions.get(workflow_run_id)
    if found is None:
        raise NotFound("Device session not found")
    found.refresh(time.time())
    return found


def by_session(store: Store, session_id: str) -> DeviceRow:
    """The session by its session id, brought up to now."""
    found = store.devices.by_session_id(session_id)
    if found is None:
        raise NotFound("Device session not found")
    found.refresh(time.time())
    return found


def _text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def start(store: Store, *, platform: str, source: str, session_id: uuid.UUID | None,
          idle_timeout_seconds: int | None, app_id: uuid.UUID | None, build_id: uuid.UUID | None,
          app_url: str | None, app_package: str | None, device_model: str | None,
          os_version: str | None) -> DeviceRow:
    """A starting session on a simulated device, the demo app launched when one is installed."""
    wanted = platform.lower()
    if wanted not in SCREENS:
        raise ApiError(400, f"Unsupported platform '{platform}': expected ios or android")
    with store.lock:
        if app_id is not None:
            store.apps.require(str(app_id))
        if build_id is not None:
            store.builds.require(str(build_id))
        installed = any(v is not None for v in (app_id, build_id, app_url))
        device = SimulatedDevice(wanted, app_installed=installed)
        if installed:
            device.launch(DEMO_BUNDLE)
        started = DeviceRow(
            id=str(session_id or new_id()), workflow_run_id=new_id(), platform=wanted, source=source,
            idle_timeout=idle_timeout_seconds or _SERVER_IDLE_DEFAULT, device=device,
            config=store.devices.config, app_id=_text(app_id), build_id=_text(build_id),
            app_package=app_package or (DEMO_BUNDLE if installed else None),
            device_model=device_model, os_version=os_version)
        store.devices.sessions[started.workflow_run_id] = started
        return started


def refreshed_newest_first(store: Store) -> list[DeviceRow]:
    """Every session brought up to now, the newest first."""
    now = time.time()
    for session in store.devices.sessions.values():
        session.refresh(now)
    return sorted(store.devices.sessions.values(), key=lambda r: -r.created_at)


def stop(store: Store, workflow_run_id: str) -> DeviceRow | None:
    """End the session on purpose (`completed`, DEVICES.md §4.4); None if it had ended already."""
    session = row(store, workflow_run_id)
    if not session.active:
        return None
    session.end("completed", time.time(), "Session stopped")
    return session


def lose_device(store: Store, session_id: str) -> None:
    """The device disconnects: the proxy answers 502, the worker connection `failed`."""
    with store.lock:
        session = by_session(store, session_id)
        session.lost = True
        session.end("failed", time.time(), "Device disconnected from its worker", "Device disconnected")


def configure(store: Store, *, ready_seconds: float | None, connect_seconds: float | None,
              step_seconds: float | None, never_ready: bool | None) -> None:
    config = store.devices.config
    with store.lock:
        for name, value in (("ready_seconds", ready_seconds), ("connect_seconds", connect_seconds),
                            ("step_seconds", step_seconds)):
            if value is not None:
                if value < 0:
                    raise ValueError(f"{name} must not be negative")
                setattr(config, name, float(value))
        if never_ready is not None:
            config.never_ready = never_ready


def add_step_script(store: Store, script: StepScript) -> None:
    with store.lock:
        store.devices.step_scripts.append(script)


def session_for_inspection(store: Store, session_id: str) -> DeviceRow:
    """The session, for the emulator's inspection methods (NotFound naming the id)."""
    found = store.devices.by_session_id(session_id)
    if found is None:
        raise NotFound(f"No device session {session_id}")
    return found


def record_action(session: DeviceRow, action: str, method: str, body: dict[str, Any] | None,
                  status: int) -> None:
    """Record a proxied request; any answered request to a live session counts as activity."""
    now = time.time()
    session.actions.append(DeviceAction(action, method, body, status, now))
    if session.active and status < 500:
        session.last_activity = now
