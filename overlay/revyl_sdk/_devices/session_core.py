"""What `DeviceSession` and `AsyncDeviceSession` share: the session's facts and one plan per
action. The two classes only run these plans, blocking or awaiting."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from .._core.effects import Plan, Send
from .._core.exceptions import RevylError
from .._reports.fetch import device_report_plan
from .._reports.model import DeviceReport
from . import actions as a
from .calls import action_call, build_call
from .session_plans import ScreenSize, SessionInfo, act, coordinate, point, text_of
from .settings import DeviceSettings
from .steps import StepResult, StepType, step

__all__ = ["SessionCore"]

_DIRECTIONS = ("up", "down", "left", "right")
_KEYS = {"ENTER": "ENTER", "RETURN": "ENTER", "BACKSPACE": "BACKSPACE", "DELETE": "BACKSPACE"}


class SessionCore:
    """A device session's identity and the plans of its actions."""

    def __init__(self, info: SessionInfo, settings: DeviceSettings, *, stop_on_exit: bool) -> None:
        self._info = info
        self._settings = settings
        self._stop_on_exit = stop_on_exit

    @property
    def session_id(self) -> str | None:
        """The session's id (reports, history, `attach`); None if Revyl did not say it."""
        return self._info.session_id

    @property
    def workflow_run_id(self) -> str:
        """The id of the run powering the device: what actions and stop are keyed by."""
        return self._info.workflow_run_id

    @property
    def platform(self) -> str:
        """`ios` or `android`."""
        return self._info.platform

    @property
    def screen_size(self) -> ScreenSize | None:
        """The screen space action coordinates are in (iOS: points, not screenshot pixels)."""
        return self._info.screen

    @property
    def whep_url(self) -> str | None:
        """WebRTC (WHEP) playback URL of the live screen, when Revyl gives one."""
        return self._info.whep_url

    @property
    def viewer_url(self) -> str | None:
        """The session's page in the Revyl app (`REVYL_APP_URL`, default https://app.revyl.ai)."""
        if not self._info.session_id:
            return None
        app = os.environ.get("REVYL_APP_URL", "https://app.revyl.ai").rstrip("/")
        return f"{app}/sessions/{self._info.session_id}"

    @property
    def ended(self) -> bool:
        """True once the session is known to be over (stopped here, idle timeout, device lost)."""
        return self._info.ended is not None

    def __repr__(self) -> str:
        state = "ended" if self.ended else "open"
        return (f"{type(self).__name__}(session_id={self.session_id!r}, platform={self.platform!r}, "
                f"screen_size={tuple(self.screen_size) if self.screen_size else None}, {state})")

    # -- plans ---------------------------------------------------------------------------

    def _send(self, name: str, body: object | None = None) -> Plan[a.ActionResult]:
        """An action answering with the worker's result envelope."""
        result: a.ActionResult = yield from self._get(name, body)
        return result

    def _get(self, name: str, body: object | None = None) -> Plan[Any]:
        return act(self._info, name, action_call(self._info.workflow_run_id, name, body))

    def _at(self, name: str, x: int | None, y: int | None, target: str | None) -> Plan[a.ActionResult]:
        px, py = yield from point(self._info, name, x, y, target)
        return (yield from self._send(name, a.Point(px, py, target)))

    def _long_press(self, x: int | None, y: int | None, target: str | None, duration_ms: int) -> Plan[a.ActionResult]:
        _positive("duration_ms", duration_ms)
        px, py = yield from point(self._info, "long_press", x, y, target)
        return (yield from self._send("longpress", a.LongPress(px, py, duration_ms)))

    def _type(self, text: str, x: int | None, y: int | None, target: str | None,
              clear_first: bool) -> Plan[a.ActionResult]:
        if not isinstance(text, str):
            raise RevylError(f"type_text needs text (a string), got {type(text).__name__}")
        px, py = yield from point(self._info, "type_text", x, y, target)
        return (yield from self._send("input", a.Input(px, py, text, bool(clear_first))))

    def _swipe(self, direction: str, x: int | None, y: int | None, target: str | None,
               duration_ms: int) -> Plan[a.ActionResult]:
        way = direction.strip().lower() if isinstance(direction, str) else ""
        if way not in _DIRECTIONS:
            raise RevylError(f"swipe direction must be one of {', '.join(_DIRECTIONS)}, got {direction!r}")
        _positive("duration_ms", duration_ms)
        px, py = yield from point(self._info, "swipe", x, y, target, center=True)
        return (yield from self._send("swipe", a.Swipe(px, py, way, duration_ms)))

    def _drag(self, start_x: int, start_y: int, end_x: int, end_y: int) -> Plan[a.ActionResult]:
        body = a.Drag(*(coordinate(self._info, name, value) for name, value in
                        (("start_x", start_x), ("start_y", start_y), ("end_x", end_x), ("end_y", end_y))))
        return (yield from self._send("drag", body))

    def _pinch(self, x: int | None, y: int | None, target: str | None, scale: float,
               duration_ms: int) -> Plan[a.ActionResult]:
        if isinstance(scale, bool) or not isinstance(scale, int | float) or not math.isfinite(scale) or scale <= 0:
            raise RevylError(f"pinch scale must be a number > 0 (above 1 zooms in), got {scale!r}")
        _positive("duration_ms", duration_ms)
        px, py = yield from point(self._info, "pinch", x, y, target, center=True)
        return (yield from self._send("pinch", a.Pinch(px, py, float(scale), duration_ms)))

    def _key(self, key: str) -> Plan[a.ActionResult]:
        name = _KEYS.get(key.strip().upper()) if isinstance(key, str) else None
        if name is None:
            raise RevylError(f"press_key knows ENTER and BACKSPACE (RETURN, DELETE as aliases), got {key!r}")
        return (yield from self._send("key", a.Key(name)))

    def _location(self, latitude: float, longitude: float) -> Plan[a.ActionResult]:
        for name, value, limit in (("latitude", latitude, 90), ("longitude", longitude, 180)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not -limit <= value <= limit:
                raise RevylError(f"{name} must be a number within ±{limit}, got {value!r}")
        return (yield from self._send("set_location", a.Location(float(latitude), float(longitude))))

    def _open_url(self, url: str) -> Plan[a.ActionResult]:
        if not isinstance(url, str) or "://" not in url:
            raise RevylError(f"open_url needs a URL or deep link with a scheme (https://, myapp://), got {url!r}")
        return (yield from self._send("open_url", a.OpenUrl(url)))

    def _install(self, build_id: str | None, url: str | None, bundle_id: str | None) -> Plan[a.ActionResult]:
        if (build_id is None) == (url is None):
            raise RevylError("install needs exactly one of build_id or url")
        if url is None:
            build = yield Send(build_call(str(build_id)))
            url = text_of(build.download_url)
            if url is None:
                raise RevylError(f"Build {build_id} has no download URL, so it cannot be installed")
        elif not url.startswith(("http://", "https://")):
            raise RevylError(f"install url must be an http(s) URL of an .apk, .ipa or .zip, got {url!r}")
        return (yield from self._send("install", a.Install(url, bundle_id)))

    def _step(self, step_type: StepType, text: str, variable: str | None = None) -> Plan[StepResult]:
        return step(self._info, step_type, text, self._settings, variable=variable)

    def _report(self) -> Plan[DeviceReport]:
        """The session's report, fetched as a test run's is (`_reports.fetch`)."""
        if not self.session_id:
            raise RevylError("This session's id is unknown (Revyl did not return it), so it has no report")
        return device_report_plan(self.session_id)


def _positive(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RevylError(f"{name} must be a whole number of milliseconds > 0, got {value!r}")


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` through a temporary file, so a failure leaves no half file."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise RevylError(f"Cannot write {target}: {error.strerror}") from None
    return target
