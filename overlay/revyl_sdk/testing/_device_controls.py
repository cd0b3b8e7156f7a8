"""The emulator's device-session controls: timing, scripted AI steps, faults, inspection."""

from __future__ import annotations

from typing import Any

from . import _device_render as render
from ._device_sessions import DeviceAction, StepOutcome, StepScript
from ._routes_devices import lose_device
from ._store import NotFound, Store


class DeviceControls:
    """Mixed into `RevylEmulator`."""

    _store: Store

    def configure_devices(self, *, ready_seconds: float | None = None, connect_seconds: float | None = None,
                          step_seconds: float | None = None, never_ready: bool | None = None) -> None:
        """How devices behave from now on (sessions already started included).

        `ready_seconds`: from start until a worker is connected (default 0.05);
        `connect_seconds`: then until `health` says the device is connected (0.02);
        `step_seconds`: how long an AI step runs unless its script says (0.05);
        `never_ready=True`: no worker ever connects (a start then times out).
        """
        config = self._store.devices.config
        with self._store.lock:
            for name, value in (("ready_seconds", ready_seconds), ("connect_seconds", connect_seconds),
                                ("step_seconds", step_seconds)):
                if value is not None:
                    if value < 0:
                        raise ValueError(f"{name} must not be negative")
                    setattr(config, name, float(value))
            if never_ready is not None:
                config.never_ready = never_ready

    def script_step(self, match: str = "*", *, outcome: StepOutcome = "passed", seconds: float | None = None,
                    value: str | None = None, reason: str | None = None) -> None:
        """How AI steps whose description matches the glob `match` (any case) end.

        `outcome`: `passed`, `failed` (a validation that does not hold, an instruction that
        could not be done) or `error`. `value`: what `extract` finds (default: the screen's
        texts). `reason`: the step's `status_reason`. The latest matching script wins.
        """
        script = StepScript(outcome, match, seconds, value, reason)
        with self._store.lock:
            self._store.devices.step_scripts.append(script)

    def lose_device(self, session_id: str) -> None:
        """The session's device disconnects now: actions fail, the worker connection says `failed`."""
        lose_device(self._store, session_id)

    def device_actions(self, session_id: str) -> list[DeviceAction]:
        """Every request the session received through the device proxy, oldest first."""
        with self._store.lock:
            row = self._store.devices.by_session_id(session_id)
            if row is None:
                raise NotFound(f"No device session {session_id}")
            return list(row.actions)

    def device_session(self, session_id: str) -> dict[str, Any]:
        """The session as `GET /device-sessions/{session_id}` answers (status, times, counts)."""
        with self._store.lock:
            row = self._store.devices.by_session_id(session_id)
            if row is None:
                raise NotFound(f"No device session {session_id}")
            return render.detail(row)
