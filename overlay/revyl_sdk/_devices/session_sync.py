"""`DeviceSession`: a Revyl cloud device driven from blocking code."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from .._core.base_client import SyncAPIClient
from .._core.effects import Plan
from .._core.exceptions import RevylError
from .._core.logging import logger
from .._core.runtime import run_sync
from .._reports.artifacts import DownloadProgress, download
from .._reports.model import DeviceReport
from . import actions as a
from .session_core import SessionCore, write_atomically
from .session_plans import SessionInfo, stop
from .settings import DeviceSettings
from .steps import StepResult

__all__ = ["DeviceSession"]

T = TypeVar("T")


class DeviceSession(SessionCore):
    """A running cloud device. Coordinates are pixels of its screen space (`screen_size`).

    Every action that may change the device is sent once: after a failure it is not
    repeated, since it may have reached the device. Reads (`screenshot`, `hierarchy`,
    `health`) are retried like any read. Once the session is over (stopped, idle timeout,
    device lost), every call raises `DeviceSessionEnded`.

    `with client.devices.start(...) as device:` stops the device when the block ends, by
    an exception or Ctrl-C included.
    """

    def __init__(self, api: SyncAPIClient, info: SessionInfo, settings: DeviceSettings, *,
                 stop_on_exit: bool) -> None:
        super().__init__(info, settings, stop_on_exit=stop_on_exit)
        self._api = api

    def _run(self, plan: Plan[T]) -> T:
        return run_sync(self._api, plan)

    # -- touch and text ----------------------------------------------------------------------

    def tap(self, x: int | None = None, y: int | None = None, *, target: str | None = None) -> a.ActionResult:
        """Tap at `x, y`, or on the element `target` describes ("Sign in"), located by Revyl's grounding."""
        return self._run(self._at("tap", x, y, target))

    def double_tap(self, x: int | None = None, y: int | None = None, *, target: str | None = None
                   ) -> a.ActionResult:
        """Tap twice at `x, y`, or on the element `target` describes."""
        return self._run(self._at("double_tap", x, y, target))

    def long_press(self, x: int | None = None, y: int | None = None, *, target: str | None = None,
                   duration_ms: int = 1500) -> a.ActionResult:
        """Press and hold at `x, y` (or on `target`) for `duration_ms` milliseconds."""
        return self._run(self._long_press(x, y, target, duration_ms))

    def type_text(self, text: str, *, x: int | None = None, y: int | None = None, target: str | None = None,
                  clear_first: bool = True) -> a.ActionResult:
        """Type `text` into the field at `x, y` (or `target`); `clear_first` empties it before."""
        return self._run(self._type(text, x, y, target, clear_first))

    def swipe(self, direction: str, *, x: int | None = None, y: int | None = None, target: str | None = None,
              duration_ms: int = 500) -> a.ActionResult:
        """Swipe `up`/`down`/`left`/`right` from `x, y` (default: the screen's center).

        `up` moves the finger up, so the content scrolls down.
        """
        return self._run(self._swipe(direction, x, y, target, duration_ms))

    def drag(self, start_x: int, start_y: int, end_x: int, end_y: int) -> a.ActionResult:
        """Drag from `start_x, start_y` to `end_x, end_y`."""
        return self._run(self._drag(start_x, start_y, end_x, end_y))

    def pinch(self, *, x: int | None = None, y: int | None = None, target: str | None = None,
              scale: float = 2.0, duration_ms: int = 300) -> a.ActionResult:
        """Pinch around `x, y` (default: center); `scale` above 1 zooms in, below 1 out."""
        return self._run(self._pinch(x, y, target, scale, duration_ms))

    def press_key(self, key: str) -> a.ActionResult:
        """Press `ENTER` or `BACKSPACE` (the only keys the device worker knows)."""
        return self._run(self._key(key))

    # -- device and apps ---------------------------------------------------------------------

    def back(self) -> a.ActionResult:
        """Android's back button (iOS has none; the worker answers with an error)."""
        return self._run(self._send("back"))

    def home(self) -> a.ActionResult:
        """Go to the home screen."""
        return self._run(self._send("go_home"))

    def shake(self) -> a.ActionResult:
        """Shake the device."""
        return self._run(self._send("shake"))

    def launch_app(self, bundle_id: str | None = None) -> a.ActionResult:
        """Launch `bundle_id` (default: the app installed for this session)."""
        return self._run(self._send("launch", a.Launch(bundle_id)))

    def kill_app(self) -> a.ActionResult:
        """Kill the running app (`launch_app` starts it again)."""
        return self._run(self._send("kill_app"))

    def open_url(self, url: str) -> a.ActionResult:
        """Open a URL or deep link on the device."""
        return self._run(self._open_url(url))

    def set_location(self, latitude: float, longitude: float) -> a.ActionResult:
        """Set the device's GPS position, in degrees (latitude ±90, longitude ±180)."""
        return self._run(self._location(latitude, longitude))

    def set_airplane_mode(self, enabled: bool) -> a.ActionResult:
        """Turn airplane mode on or off."""
        return self._run(self._send("set_airplane_mode", a.AirplaneMode(bool(enabled))))

    def install(self, *, build_id: str | None = None, url: str | None = None,
                bundle_id: str | None = None) -> a.ActionResult:
        """Install a Revyl build (`build_id`) or the app at `url`; waits up to 10 minutes."""
        return self._run(self._install(build_id, url, bundle_id))

    # -- seeing ------------------------------------------------------------------------------

    def screenshot(self, path: str | os.PathLike[str] | None = None) -> bytes:
        """The screen as PNG bytes (iOS: in pixels, 3x the screen space); also written to `path`."""
        png: bytes = self._run(self._get("screenshot"))
        if path is not None:
            write_atomically(path, png)
        return png

    def hierarchy(self) -> str:
        """The UI tree as the device gives it: XML on Android, JSON text on iOS."""
        text: str = self._run(self._get("hierarchy"))
        return text

    def health(self) -> a.DeviceHealth:
        """The device's own health answer (`device_connected`, screen size)."""
        health: a.DeviceHealth = self._run(self._get("health"))
        return health

    # -- AI steps ----------------------------------------------------------------------------

    def instruct(self, text: str) -> StepResult:
        """Have Revyl's agent do `text` ("log in as qa@example.com") and wait for the result.

        Interrupting the call (Ctrl-C, or cancelling its task) cancels the step on the
        device before the interruption propagates. A step running past
        `client.devices.settings.step_timeout` is cancelled and raises `DeviceActionError`.
        """
        return self._run(self._step("instruction", text))

    def validate(self, text: str) -> StepResult:
        """Have Revyl check `text` ("the cart shows 2 items"); `.passed`, or `.raise_for_status()`."""
        return self._run(self._step("validation", text))

    def extract(self, text: str, *, variable: str | None = None) -> StepResult:
        """Have Revyl read `text` off the screen ("the order number"); the answer is `.value`."""
        return self._run(self._step("extract", text, variable))

    # -- lifecycle ---------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop the device (and its billing). Does nothing if the session already ended."""
        self._run(stop(self._info))

    def report(self) -> DeviceReport:
        """Revyl's report of this session so far: steps, validations, summary, media links.

        The same report as a test run's (`RunReport`), with the session's id and status.
        """
        return run_sync(self._api, self._report())

    def download_artifacts(self, directory: str | os.PathLike[str], *,
                           on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save the report's artifacts (video, screenshots, logs, traces, metrics) under
        `directory`, as `TestResult.download_artifacts` does; the paths written."""
        return download(self._api.http_client, self.report(), Path(directory), on_progress)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._stop_on_exit:
            return
        try:
            self.stop()
        except RevylError as error:
            if exc is None:
                raise
            # The block's own exception is what the caller must see.
            logger.warning("could not stop device %s: %s", self.workflow_run_id, error)

