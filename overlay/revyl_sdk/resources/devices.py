"""`client.devices`: start a Revyl cloud device, attach to one, list them; see `DeviceSession`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Unpack

from revyl_api.models import ActiveDeviceSessionItem, DeviceSessionDetailItem, DeviceSessionsSessionHistoryItem

from .._core.base_client import APICall
from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.plans import run_async, run_sync
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._devices.actions import StopResult
from .._devices.calls import active_call, detail_call, history_call, stop_call
from .._devices.session_async import AsyncDeviceSession, AsyncDeviceStart
from .._devices.session_sync import DeviceSession
from .._devices.settings import DeviceSettings
from .._devices.start import ProgressCallback, StartRequest, attach, start
from .._reports.fetch import device_report_plan
from .._reports.model import DeviceReport

_HISTORY_PAGE = 100  # the API's maximum


class HistoryOptions(RequestOptions, total=False):
    platform: str
    status: str
    source: str
    """ui, cli, api, explore, ci_cd or workflow."""
    search: str
    """Matches test names and device models."""


def _history_page_call(options: HistoryOptions) -> PageCall[DeviceSessionsSessionHistoryItem]:
    query, request = split_request_options(dict(options))

    def page_call(page: int) -> APICall[PageOf[DeviceSessionsSessionHistoryItem]]:
        offset = (page - 1) * _HISTORY_PAGE
        return history_call(_HISTORY_PAGE, offset, **query, **request).map(
            lambda response: PageOf(response.sessions, offset + len(response.sessions) < response.total))

    return page_call


class _DevicesBase:
    _settings = DeviceSettings()

    @property
    def settings(self) -> DeviceSettings:
        """Polling and AI-step timing of this client's sessions; assign a new one to change it."""
        return self._settings

    @settings.setter
    def settings(self, settings: DeviceSettings) -> None:
        self._settings = settings


class Devices(_DevicesBase, SyncResource):
    def start(self, platform: str, *, app_id: str | None = None, build_id: str | None = None,
              app_url: str | None = None, device_model: str | None = None, os_version: str | None = None,
              idle_timeout: int = 900, launch_env: Mapping[str, str] | None = None, timeout: float = 300.0,
              on_progress: ProgressCallback | None = None) -> DeviceSession:
        """Start a cloud device (`platform` "ios" or "android") and return it once usable.

        Install an app with one of `app_id` (its latest build), `build_id` or `app_url`.
        `device_model` and `os_version` go together (e.g. "Pixel 7", "Android 14").
        `idle_timeout`: seconds without actions before Revyl stops the device.
        `launch_env`: environment variables for the app. `timeout`: how long to wait for
        the device, in seconds (`DeviceStartError` after, with the device stopped).
        `on_progress` gets a `DeviceProgress` at each phase. Use it in a `with` block to
        have the device stopped at the end, or call `stop()`.
        """
        request = StartRequest(platform, app_id, build_id, app_url, device_model, os_version, idle_timeout,
                               launch_env, timeout, on_progress)
        settings = self.settings
        info = run_sync(self._api, start(request, settings))
        return DeviceSession(self._api, info, settings, stop_on_exit=True)

    def attach(self, session_id: str, *, timeout: float = 150.0, stop_on_exit: bool = False,
               on_progress: ProgressCallback | None = None) -> DeviceSession:
        """A session started elsewhere (Revyl's CLI, the app), once its device answers.

        Leaving a `with` block does not stop it unless `stop_on_exit=True`.
        """
        settings = self.settings
        info = run_sync(self._api, attach(session_id, settings, timeout, on_progress))
        return DeviceSession(self._api, info, settings, stop_on_exit=stop_on_exit)

    def active(self, **options: Unpack[RequestOptions]) -> list[ActiveDeviceSessionItem]:
        """The organisation's sessions now starting or running (everyone's, not only yours)."""
        return self._api.execute(active_call(**options)).sessions

    def history(self, **options: Unpack[HistoryOptions]) -> SyncPager[DeviceSessionsSessionHistoryItem]:
        """Past and present sessions, newest first, fetched page by page as you iterate."""
        return SyncPager(self._api, _history_page_call(options))

    def get(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceSessionDetailItem:
        return self._api.execute(detail_call(session_id, **options))

    def report(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceReport:
        """The report of any session of the organisation, by its id (see `DeviceSession.report`)."""
        return run_sync(self._api, device_report_plan(session_id, **options))

    def stop(self, workflow_run_id: str, **options: Unpack[RequestOptions]) -> StopResult:
        """Stop a device by its workflow run id (as `active()` lists it)."""
        return self._api.execute(stop_call(workflow_run_id, **options))


class AsyncDevices(_DevicesBase, AsyncResource):
    def start(self, platform: str, *, app_id: str | None = None, build_id: str | None = None,
              app_url: str | None = None, device_model: str | None = None, os_version: str | None = None,
              idle_timeout: int = 900, launch_env: Mapping[str, str] | None = None, timeout: float = 300.0,
              on_progress: ProgressCallback | None = None) -> AsyncDeviceStart:
        """Like `Devices.start`: `await` it for the session, or `async with` it to have the
        device stopped when the block ends."""
        request = StartRequest(platform, app_id, build_id, app_url, device_model, os_version, idle_timeout,
                               launch_env, timeout, on_progress)
        settings = self.settings

        async def started() -> AsyncDeviceSession:
            info = await run_async(self._api, start(request, settings))
            return AsyncDeviceSession(self._api, info, settings, stop_on_exit=True)

        return AsyncDeviceStart(started)

    async def attach(self, session_id: str, *, timeout: float = 150.0, stop_on_exit: bool = False,
                     on_progress: ProgressCallback | None = None) -> AsyncDeviceSession:
        settings = self.settings
        info = await run_async(self._api, attach(session_id, settings, timeout, on_progress))
        return AsyncDeviceSession(self._api, info, settings, stop_on_exit=stop_on_exit)

    async def active(self, **options: Unpack[RequestOptions]) -> list[ActiveDeviceSessionItem]:
        return (await self._api.execute(active_call(**options))).sessions

    def history(self, **options: Unpack[HistoryOptions]) -> AsyncPager[DeviceSessionsSessionHistoryItem]:
        return AsyncPager(self._api, _history_page_call(options))

    async def get(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceSessionDetailItem:
        return await self._api.execute(detail_call(session_id, **options))

    async def report(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceReport:
        return await run_async(self._api, device_report_plan(session_id, **options))

    async def stop(self, workflow_run_id: str, **options: Unpack[RequestOptions]) -> StopResult:
        return await self._api.execute(stop_call(workflow_run_id, **options))
