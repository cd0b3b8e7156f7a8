"""`AsyncDeviceSession`: the same device session for asyncio code, and the awaitable start.

`client.devices.start(...)` on `AsyncRevyl` returns an `AsyncDeviceStart`, usable both ways:

    device = await client.devices.start("android")         # stop it yourself
    async with client.devices.start("android") as device:  # stopped when the block ends
        ...

Cancelling the task plays the part of Ctrl-C: a start in progress stops its device, an
AI step in progress is cancelled on the device.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Generator
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from .._core.base_client import AsyncAPIClient
from .._core.effects import Plan
from .._core.exceptions import RevylError
from .._core.logging import logger
from .._core.runtime import run_async
from .._reports.artifacts import DownloadProgress, download_async
from .._reports.model import DeviceReport
from . import actions as a
from .session_core import SessionCore, write_atomically
from .session_plans import SessionInfo, stop
from .settings import DeviceSettings
from .steps import StepResult

__all__ = ["AsyncDeviceSession", "AsyncDeviceStart"]

T = TypeVar("T")


class AsyncDeviceSession(SessionCore):
    """`DeviceSession` for asyncio: the same actions and rules, each awaited.

    `async with` stops the device when the block ends; cancelling the task plays the part
    of Ctrl-C (an AI step in progress is cancelled on the device).
    """

    def __init__(self, api: AsyncAPIClient, info: SessionInfo, settings: DeviceSettings, *,
                 stop_on_exit: bool) -> None:
        super().__init__(info, settings, stop_on_exit=stop_on_exit)
        self._api = api

    async def _run(self, plan: Plan[T]) -> T:
        return await run_async(self._api, plan)

    async def tap(self, x: int | None = None, y: int | None = None, *, target: str | None = None
                  ) -> a.ActionResult:
        """Tap at `x, y`, or on the element `target` describes ("Sign in"), located by Revyl's grounding."""
        return await self._run(self._at("tap", x, y, target))

    async def double_tap(self, x: int | None = None, y: int | None = None, *, target: str | None = None
                         ) -> a.ActionResult:
        """Tap twice at `x, y`, or on the element `target` describes."""
        return await self._run(self._at("double_tap", x, y, target))

    async def long_press(self, x: int | None = None, y: int | None = None, *, target: str | None = None,
                         duration_ms: int = 1500) -> a.ActionResult:
        """Press and hold at `x, y` (or on `target`) for `duration_ms` milliseconds."""
        return await self._run(self._long_press(x, y, target, duration_ms))

    async def type_text(self, text: str, *, x: int | None = None, y: int | None = None,
                        target: str | None = None, clear_first: bool = True) -> a.ActionResult:
        """Type `text` into the field at `x, y` (or `target`); `clear_first` empties it before."""
        return await self._run(self._type(text, x, y, target, clear_first))

    async def swipe(self, direction: str, *, x: int | None = None, y: int | None = None,
                    target: str | None = None, duration_ms: int = 500) -> a.ActionResult:
        """Swipe `up`/`down`/`left`/`right` from `x, y` (default: the screen's center).

        `up` moves the finger up, so the content scrolls down.
        """
        return await self._run(self._swipe(direction, x, y, target, duration_ms))

    async def drag(self, start_x: int, start_y: int, end_x: int, end_y: int) -> a.ActionResult:
        """Drag from `start_x, start_y` to `end_x, end_y`."""
        return await self._run(self._drag(start_x, start_y, end_x, end_y))

    async def pinch(self, *, x: int | None = None, y: int | None = None, target: str | None = None,
                    scale: float = 2.0, duration_ms: int = 300) -> a.ActionResult:
        """Pinch around `x, y` (default: center); `scale` above 1 zooms in, below 1 out."""
        return await self._run(self._pinch(x, y, target, scale, duration_ms))

    async def press_key(self, key: str) -> a.ActionResult:
        """Press `ENTER` or `BACKSPACE` (the only keys the device worker knows)."""
        return await self._run(self._key(key))

    async def back(self) -> a.ActionResult:
        """Android's back button (iOS has none; the worker answers with an error)."""
        return await self._run(self._send("back"))

    async def home(self) -> a.ActionResult:
        """Go to the home screen."""
        return await self._run(self._send("go_home"))

    async def shake(self) -> a.ActionResult:
        """Shake the device."""
        return await self._run(self._send("shake"))

    async def launch_app(self, bundle_id: str | None = None) -> a.ActionResult:
        """Launch `bundle_id` (default: the app installed for this session)."""
        return await self._run(self._send("launch", a.Launch(bundle_id)))

    async def kill_app(self) -> a.ActionResult:
        """Kill the running app (`launch_app` starts it again)."""
        return await self._run(self._send("kill_app"))

    async def open_url(self, url: str) -> a.ActionResult:
        """Open a URL or deep link on the device."""
        return await self._run(self._open_url(url))

    async def set_location(self, latitude: float, longitude: float) -> a.ActionResult:
        """Set the device's GPS position, in degrees (latitude ±90, longitude ±180)."""
        return await self._run(self._location(latitude, longitude))

    async def set_airplane_mode(self, enabled: bool) -> a.ActionResult:
        """Turn airplane mode on or off."""
        return await self._run(self._send("set_airplane_mode", a.AirplaneMode(bool(enabled))))

    async def install(self, *, build_id: str | None = None, url: str | None = None,
                      bundle_id: str | None = None) -> a.ActionResult:
        """Install a Revyl build (`build_id`) or the app at `url`; waits up to 10 minutes."""
        return await self._run(self._install(build_id, url, bundle_id))

    async def screenshot(self, path: str | os.PathLike[str] | None = None) -> bytes:
        """The screen as PNG bytes (iOS: in pixels, 3x the screen space); also written to `path`."""
        png: bytes = await self._run(self._get("screenshot"))
        if path is not None:
            write_atomically(path, png)
        return png

    async def hierarchy(self) -> str:
        """The UI tree as the device gives it: XML on Android, JSON text on iOS."""
        text: str = await self._run(self._get("hierarchy"))
        return text

    async def health(self) -> a.DeviceHealth:
        """The device's own health answer (`device_connected`, screen size)."""
        health: a.DeviceHealth = await self._run(self._get("health"))
        return health

    async def instruct(self, text: str) -> StepResult:
        """Have Revyl's agent do `text` ("log in as qa@example.com") and wait for the result.

        Interrupting the call (Ctrl-C, or cancelling its task) cancels the step on the
        device before the interruption propagates. A step running past
        `client.devices.settings.step_timeout` is cancelled and raises `DeviceActionError`.
        """
        return await self._run(self._step("instruction", text))

    async def validate(self, text: str) -> StepResult:
        """Have Revyl check `text` ("the cart shows 2 items"); `.passed`, or `.raise_for_status()`."""
        return await self._run(self._step("validation", text))

    async def extract(self, text: str, *, variable: str | None = None) -> StepResult:
        """Have Revyl read `text` off the screen ("the order number"); the answer is `.value`."""
        return await self._run(self._step("extract", text, variable))

    async def stop(self) -> None:
        """Stop the device (and its billing). Does nothing if the session already ended."""
        await self._run(stop(self._info))

    async def report(self) -> DeviceReport:
        """Revyl's report of this session so far: steps, validations, summary, media links.

        The same report as a test run's (`RunReport`), with the session's id and status.
        """
        return await run_async(self._api, self._report())

    async def download_artifacts(self, directory: str | os.PathLike[str], *,
                                 on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save the report's artifacts (video, screenshots, logs, traces, metrics) under
        `directory`, as `TestResult.download_artifacts` does; the paths written."""
        return await download_async(self._api.http_client, await self.report(), Path(directory), on_progress)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if not self._stop_on_exit:
            return
        try:
            await self.stop()
        except RevylError as error:
            if exc is None:
                raise
            logger.warning("could not stop device %s: %s", self.workflow_run_id, error)


class AsyncDeviceStart:
    """A device being started: `await` it for the session, or `async with` it to have the
    device stopped when the block ends. It starts once, however it is used."""

    def __init__(self, start: Callable[[], Awaitable[AsyncDeviceSession]]) -> None:
        self._start = start
        self._session: AsyncDeviceSession | None = None

    async def _session_once(self) -> AsyncDeviceSession:
        if self._session is None:
            self._session = await self._start()
        return self._session

    def __await__(self) -> Generator[Any, None, AsyncDeviceSession]:
        return self._session_once().__await__()

    async def __aenter__(self) -> AsyncDeviceSession:
        return await (await self._session_once()).__aenter__()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._session is not None:
            await self._session.__aexit__(exc_type, exc, tb)
