"""`client.devices`: start a Revyl cloud device, attach to one, list them; see `DeviceSession`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack

from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._devices.settings import DeviceSettings

if TYPE_CHECKING:  # the device machinery loads on the first device call (see _core/resource.py)
    from revyl_api.models import (
        ActiveDeviceSessionItem,
        AllPlatformTargets,
        DeviceSessionDetailItem,
        DeviceSessionsSessionHistoryItem,
    )

    from .._core.base_client import APICall
    from .._core.effects import Plan
    from .._devices.actions import StopResult
    from .._devices.session_async import AsyncDeviceSession, AsyncDeviceStart
    from .._devices.session_plans import SessionInfo
    from .._devices.session_sync import DeviceSession
    from .._devices.start import ProgressCallback
    from .._reports.model import DeviceReport

_HISTORY_PAGE = 100  # the API's maximum


class HistoryOptions(RequestOptions, total=False):
    platform: str
    status: str
    source: str
    """ui, cli, api, explore, ci_cd or workflow."""
    search: str
    """Matches test names and device models."""


def _start_plan(platform: str, app_id: str | None, build_id: str | None, app_url: str | None,
                device_model: str | None, os_version: str | None, idle_timeout: int,
                launch_env: Mapping[str, str] | None, timeout: float, on_progress: ProgressCallback | None,
                settings: DeviceSettings, api: object) -> Plan[SessionInfo]:
    from .._core.reconcile import ledger_for
    from .._devices.start import StartRequest, start

    request = StartRequest(platform, app_id, build_id, app_url, device_model, os_version, idle_timeout,
                           launch_env, timeout, on_progress)
    return start(request, settings, ledger_for(api))


def _attach_plan(session_id: str, settings: DeviceSettings, timeout: float,
                 on_progress: ProgressCallback | None) -> Plan[SessionInfo]:
    from .._devices.start import attach

    return attach(session_id, settings, timeout, on_progress)


def _active_call(options: RequestOptions) -> APICall[list[ActiveDeviceSessionItem]]:
    from .._devices.calls import active_call

    return active_call(**options).map(lambda response: response.sessions)


def _targets_call(options: RequestOptions) -> APICall[AllPlatformTargets]:
    from revyl_api.api.execution import get_device_targets
    from revyl_api.models import AllPlatformTargets

    from .._core.calls import call

    return call(get_device_targets, AllPlatformTargets, **options)


def _history_page_call(options: HistoryOptions) -> PageCall[DeviceSessionsSessionHistoryItem]:
    from .._devices.calls import history_call

    query, request = split_request_options(dict(options))

    def page_call(page: int) -> APICall[PageOf[DeviceSessionsSessionHistoryItem]]:
        offset = (page - 1) * _HISTORY_PAGE
        return history_call(_HISTORY_PAGE, offset, **query, **request).map(
            lambda response: PageOf(response.sessions, offset + len(response.sessions) < response.total))

    return page_call


def _detail_call(session_id: str, options: RequestOptions) -> APICall[DeviceSessionDetailItem]:
    from .._devices.calls import detail_call

    return detail_call(session_id, **options)


def _stop_call(workflow_run_id: str, options: RequestOptions) -> APICall[StopResult]:
    from .._devices.calls import stop_call

    return stop_call(workflow_run_id, **options)


def _report_plan(session_id: str, options: RequestOptions) -> Plan[DeviceReport]:
    from .._reports.fetch import device_report_plan

    return device_report_plan(session_id, **options)


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

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a
        read timeout), the session it made is found among the active ones and used, or it
        is sent once more when none was made; `RunMayHaveStartedError` when it cannot tell.
        Ctrl-C during the start stops the device it made, also while the start awaits its
        answer (its session is looked up once, briefly, by the id the start sent); when that
        lookup fails, the `KeyboardInterrupt` carries a note naming the session that may run on.
        """
        from .._core.runtime import run_sync
        from .._devices.session_sync import DeviceSession

        settings = self.settings
        plan = _start_plan(platform, app_id, build_id, app_url, device_model, os_version, idle_timeout, launch_env,
                           timeout, on_progress, settings, self._api)
        return DeviceSession(self._api, run_sync(self._api, plan), settings, stop_on_exit=True)

    def attach(self, session_id: str, *, timeout: float = 150.0, stop_on_exit: bool = False,
               on_progress: ProgressCallback | None = None) -> DeviceSession:
        """A session started elsewhere (Revyl's CLI, the app), once its device answers.

        Leaving a `with` block does not stop it unless `stop_on_exit=True`.
        """
        from .._core.runtime import run_sync
        from .._devices.session_sync import DeviceSession

        settings = self.settings
        info = run_sync(self._api, _attach_plan(session_id, settings, timeout, on_progress))
        return DeviceSession(self._api, info, settings, stop_on_exit=stop_on_exit)

    def active(self, **options: Unpack[RequestOptions]) -> list[ActiveDeviceSessionItem]:
        """The organisation's sessions now starting or running (everyone's, not only yours)."""
        return self._api.execute(_active_call(options))

    def history(self, **options: Unpack[HistoryOptions]) -> SyncPager[DeviceSessionsSessionHistoryItem]:
        """Past and present sessions, newest first, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _history_page_call(options))

    def get(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceSessionDetailItem:
        """One session's details (status, device, times), active or ended."""
        return self._api.execute(_detail_call(session_id, options))

    def report(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceReport:
        """The report of any session of the organisation, by its id (see `DeviceSession.report`)."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _report_plan(session_id, options))

    def stop(self, workflow_run_id: str, **options: Unpack[RequestOptions]) -> StopResult:
        """Stop a device by its workflow run id (as `active()` lists it)."""
        return self._api.execute(_stop_call(workflow_run_id, options))

    def targets(self, **options: Unpack[RequestOptions]) -> AllPlatformTargets:
        """The device models and OS versions a run may ask for, by platform (`platforms["android"]`:
        `available_models`, `available_runtimes`, `default_pair`)."""
        return self._api.execute(_targets_call(options))


class AsyncDevices(_DevicesBase, AsyncResource):
    def start(self, platform: str, *, app_id: str | None = None, build_id: str | None = None,
              app_url: str | None = None, device_model: str | None = None, os_version: str | None = None,
              idle_timeout: int = 900, launch_env: Mapping[str, str] | None = None, timeout: float = 300.0,
              on_progress: ProgressCallback | None = None) -> AsyncDeviceStart:
        """Start a cloud device (`platform` "ios" or "android"): `await` the answer for the
        session once usable (then `stop()` it), or use it in `async with` to have the device
        stopped when the block ends. The start is sent on first use, and only once.

        Install an app with one of `app_id` (its latest build), `build_id` or `app_url`.
        `device_model` and `os_version` go together (e.g. "Pixel 7", "Android 14").
        `idle_timeout`: seconds without actions before Revyl stops the device.
        `launch_env`: environment variables for the app. `timeout`: how long to wait for
        the device, in seconds (`DeviceStartError` after, with the device stopped).
        `on_progress` gets a `DeviceProgress` at each phase.

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a
        read timeout), the session it made is found among the active ones and used, or it
        is sent once more when none was made; `RunMayHaveStartedError` when it cannot tell.
        Cancelling the task during the start stops the device it made, also while the start
        awaits its answer (its session is looked up once, briefly, by the id the start sent);
        when that lookup fails, the `CancelledError` carries a note naming the session that may run on.
        """
        from .._core.runtime import run_async
        from .._devices.session_async import AsyncDeviceSession, AsyncDeviceStart

        settings = self.settings
        plan = _start_plan(platform, app_id, build_id, app_url, device_model, os_version, idle_timeout, launch_env,
                           timeout, on_progress, settings, self._api)

        async def started() -> AsyncDeviceSession:
            return AsyncDeviceSession(self._api, await run_async(self._api, plan), settings, stop_on_exit=True)

        return AsyncDeviceStart(started)

    async def attach(self, session_id: str, *, timeout: float = 150.0, stop_on_exit: bool = False,
                     on_progress: ProgressCallback | None = None) -> AsyncDeviceSession:
        """A session started elsewhere (Revyl's CLI, the app), once its device answers.

        Leaving a `with` block does not stop it unless `stop_on_exit=True`.
        """
        from .._core.runtime import run_async
        from .._devices.session_async import AsyncDeviceSession

        settings = self.settings
        info = await run_async(self._api, _attach_plan(session_id, settings, timeout, on_progress))
        return AsyncDeviceSession(self._api, info, settings, stop_on_exit=stop_on_exit)

    async def active(self, **options: Unpack[RequestOptions]) -> list[ActiveDeviceSessionItem]:
        """The organisation's sessions now starting or running (everyone's, not only yours)."""
        return await self._api.execute(_active_call(options))

    def history(self, **options: Unpack[HistoryOptions]) -> AsyncPager[DeviceSessionsSessionHistoryItem]:
        """Past and present sessions, newest first, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _history_page_call(options))

    async def get(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceSessionDetailItem:
        """One session's details (status, device, times), active or ended."""
        return await self._api.execute(_detail_call(session_id, options))

    async def report(self, session_id: str, **options: Unpack[RequestOptions]) -> DeviceReport:
        """The report of any session of the organisation, by its id (see `DeviceSession.report`)."""
        from .._core.runtime import run_async

        return await run_async(self._api, _report_plan(session_id, options))

    async def stop(self, workflow_run_id: str, **options: Unpack[RequestOptions]) -> StopResult:
        """Stop a device by its workflow run id (as `active()` lists it)."""
        return await self._api.execute(_stop_call(workflow_run_id, options))

    async def targets(self, **options: Unpack[RequestOptions]) -> AllPlatformTargets:
        """The device models and OS versions a run may ask for, by platform (`platforms["android"]`:
        `available_models`, `available_runtimes`, `default_pair`)."""
        return await self._api.execute(_targets_call(options))
