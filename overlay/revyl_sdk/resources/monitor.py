"""`client.monitor`: watch the org's runs live, and wait for many runs at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Unpack, overload

from .._core.resource import AsyncResource, SyncResource

if TYPE_CHECKING:  # the stream and wait machinery loads on the first call that needs it
    from .._live.results import AsyncTestResult, AsyncWorkflowResult, TestResult, WorkflowResult
    from .._live.runs import AsyncTestRun, AsyncWorkflowRun, TestRun, WorkflowRun
    from .._live.stream import AsyncEventStream, EventStream, MonitorSettings
    from .._live.wait_plan import WaitArguments


class Monitor(SyncResource):
    @property
    def settings(self) -> MonitorSettings:
        """Timing of streams and waits; assign a new `MonitorSettings` to change it."""
        return self._client._hub.settings

    @settings.setter
    def settings(self, settings: MonitorSettings) -> None:
        self._client._hub.settings = settings

    def stream(self, *, include_queued: bool = True) -> EventStream:
        """Every event of the org's runs as it happens, reconnecting by itself.

        Close it when done, or use it as a context manager (`with`). `include_queued` also
        lists queued runs in each `InitialState`. This opens a connection of its own; waits
        share another.
        """
        from .._live.stream import EventStream, stream_call

        settings = self.settings
        request = stream_call(include_queued=include_queued, idle_timeout=settings.idle_timeout)
        return EventStream(self._api, request, settings)

    @overload
    def wait_all(self, runs: Sequence[TestRun], **options: Unpack[WaitArguments]) -> list[TestResult]: ...
    @overload
    def wait_all(self, runs: Sequence[WorkflowRun], **options: Unpack[WaitArguments]) -> list[WorkflowResult]: ...
    @overload
    def wait_all(
        self,
        runs: Sequence[TestRun | WorkflowRun],
        **options: Unpack[WaitArguments],
    ) -> list[TestResult | WorkflowResult]: ...

    def wait_all(self, runs: Sequence[TestRun | WorkflowRun], **options: Unpack[WaitArguments]) -> list[Any]:
        """Wait for every run on one shared stream; results come in the order of `runs`.

        Options as for `run.wait()`, `timeout` covering them all. The first failure
        (e.g. `WaitTimeout`) stops the other waits and is raised; their runs go on.
        `on_progress` may be called from several threads at once by `Revyl` (on the event
        loop by `AsyncRevyl`).
        """
        from .._live.wait_plan import WaitOptions
        from .._live.wait_sync import wait_all

        return wait_all(runs, WaitOptions(**options))


class AsyncMonitor(AsyncResource):
    @property
    def settings(self) -> MonitorSettings:
        """Timing of streams and waits; assign a new `MonitorSettings` to change it."""
        return self._client._hub.settings

    @settings.setter
    def settings(self, settings: MonitorSettings) -> None:
        self._client._hub.settings = settings

    def stream(self, *, include_queued: bool = True) -> AsyncEventStream:
        """Every event of the org's runs as it happens, reconnecting by itself.

        Close it when done, or use it as a context manager (`async with`). `include_queued` also
        lists queued runs in each `InitialState`. This opens a connection of its own; waits
        share another.
        """
        settings = self.settings
        from .._live.stream import AsyncEventStream, stream_call

        request = stream_call(include_queued=include_queued, idle_timeout=settings.idle_timeout)
        return AsyncEventStream(self._api, request, settings)

    @overload
    async def wait_all(
        self,
        runs: Sequence[AsyncTestRun],
        **options: Unpack[WaitArguments],
    ) -> list[AsyncTestResult]: ...
    @overload
    async def wait_all(
        self,
        runs: Sequence[AsyncWorkflowRun],
        **options: Unpack[WaitArguments],
    ) -> list[AsyncWorkflowResult]: ...
    @overload
    async def wait_all(
        self,
        runs: Sequence[AsyncTestRun | AsyncWorkflowRun],
        **options: Unpack[WaitArguments],
    ) -> list[AsyncTestResult | AsyncWorkflowResult]: ...

    async def wait_all(
        self,
        runs: Sequence[AsyncTestRun | AsyncWorkflowRun],
        **options: Unpack[WaitArguments],
    ) -> list[Any]:
        """Wait for every run on one shared stream; results come in the order of `runs`.

        Options as for `run.wait()`, `timeout` covering them all. The first failure
        (e.g. `WaitTimeout`) stops the other waits and is raised; their runs go on.
        `on_progress` may be called from several threads at once by `Revyl` (on the event
        loop by `AsyncRevyl`).
        """
        from .._live.wait_async import await_all
        from .._live.wait_plan import WaitOptions

        return await await_all(runs, WaitOptions(**options))
