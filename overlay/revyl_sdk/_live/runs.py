"""Handles on runs: what `tests.run` and `workflows.run` return, or `run_handle(task_id)` gives
for a run started elsewhere (Revyl's CLI, an earlier CI step, another process)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Generic, Self, TypeVar, Unpack

# A handle is made by every `run`; the wait machinery (stream, hub, drivers) loads on the
# first `wait()`, so starting runs or reading statuses never pays for it.
if TYPE_CHECKING:
    from revyl_api.models import (
        CancelTestResponse,
        ExecuteTestAsyncAPIResponse,
        ExecuteWorkflowAsyncAPIResponse,
        TestStatusResponse,
        WorkflowCancelResponse,
        WorkflowStatusResponse,
    )

    from ..resources.tests import AsyncTests, Tests  # noqa: F401
    from ..resources.workflows import AsyncWorkflows, Workflows  # noqa: F401
    from .results import AsyncTestResult, AsyncWorkflowResult, TestResult, WorkflowResult
    from .wait_plan import WaitArguments


ResourceT = TypeVar("ResourceT")
ResponseT = TypeVar("ResponseT", "ExecuteTestAsyncAPIResponse", "ExecuteWorkflowAsyncAPIResponse")


class _Run(Generic[ResourceT, ResponseT]):
    """A run known by its task id (the id every later call takes), and the execute response
    when this SDK started it."""

    response: ResponseT | None
    """The execute response if this SDK started the run; None for a handle made from an id."""

    def __init__(self, resource: ResourceT, task_id: str, response: ResponseT | None = None) -> None:
        self._resource = resource
        self._task_id = task_id
        self.response = response
        # When this process started the run (monotonic clock); None when it was started
        # elsewhere, before we could listen, so any stream snapshot should already list it.
        self._started_at = time.monotonic() if response is not None else None

    @classmethod
    def _started(cls, resource: ResourceT, response: ResponseT) -> Self:
        """The handle on a run this SDK just started, from its execute response."""
        # Revyl's CLI falls back to `id` when `task_id` comes back empty.
        return cls(resource, response.task_id or str(response.id), response)

    @property
    def task_id(self) -> str:
        """The run's id: what `get_status`, `cancel` and report links take."""
        return self._task_id

    @property
    def status(self) -> str | None:
        """The status the execute response gave (e.g. "queued"); None for a handle made from an id."""
        return None if self.response is None else str(self.response.status)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(task_id={self.task_id!r}, status={self.status!r})"


class TestRun(_Run["Tests", "ExecuteTestAsyncAPIResponse"]):
    __test__ = False  # not a pytest test class, whatever its name

    def get_status(self) -> TestStatusResponse:
        """The run's status now (one request, no waiting)."""
        return self._resource.get_status(self.task_id)

    def cancel(self) -> CancelTestResponse:
        """Ask Revyl to cancel the run."""
        return self._resource.cancel(self.task_id)

    def wait(self, **options: Unpack[WaitArguments]) -> TestResult:
        """Return how the run ended, following it live on the client's shared stream.

        `mode`: "auto" (the stream, polling if it fails), "sse" or "polling". `timeout`
        (seconds, None for no limit) raises `WaitTimeout`; the run goes on. `on_progress`
        gets a `Progress` at each change. `cancel_on_interrupt` cancels the run when the
        wait is interrupted (Ctrl-C, or its task cancelled), then re-raises.
        """
        from .wait_plan import WaitOptions
        from .wait_sync import wait_for_test

        return wait_for_test(self, WaitOptions(**options))


class AsyncTestRun(_Run["AsyncTests", "ExecuteTestAsyncAPIResponse"]):
    async def get_status(self) -> TestStatusResponse:
        """The run's status now (one request, no waiting)."""
        return await self._resource.get_status(self.task_id)

    async def cancel(self) -> CancelTestResponse:
        """Ask Revyl to cancel the run."""
        return await self._resource.cancel(self.task_id)

    async def wait(self, **options: Unpack[WaitArguments]) -> AsyncTestResult:
        """Return how the run ended, following it live on the client's shared stream.

        `mode`: "auto" (the stream, polling if it fails), "sse" or "polling". `timeout`
        (seconds, None for no limit) raises `WaitTimeout`; the run goes on. `on_progress`
        gets a `Progress` at each change. `cancel_on_interrupt` cancels the run when the
        wait is interrupted (Ctrl-C, or its task cancelled), then re-raises.
        """
        from .wait_async import await_test
        from .wait_plan import WaitOptions

        return await await_test(self, WaitOptions(**options))


class WorkflowRun(_Run["Workflows", "ExecuteWorkflowAsyncAPIResponse"]):
    def get_status(self) -> WorkflowStatusResponse:
        """The run's status now (one request, no waiting)."""
        return self._resource.get_status(self.task_id)

    def cancel(self) -> WorkflowCancelResponse:
        """Ask Revyl to cancel the run and its tests."""
        return self._resource.cancel(self.task_id)

    def wait(self, **options: Unpack[WaitArguments]) -> WorkflowResult:
        """Like `TestRun.wait`, for the whole workflow: one `ChildResult` per test."""
        from .wait_plan import WaitOptions
        from .wait_sync import wait_for_workflow

        return wait_for_workflow(self, WaitOptions(**options))


class AsyncWorkflowRun(_Run["AsyncWorkflows", "ExecuteWorkflowAsyncAPIResponse"]):
    async def get_status(self) -> WorkflowStatusResponse:
        """The run's status now (one request, no waiting)."""
        return await self._resource.get_status(self.task_id)

    async def cancel(self) -> WorkflowCancelResponse:
        """Ask Revyl to cancel the run and its tests."""
        return await self._resource.cancel(self.task_id)

    async def wait(self, **options: Unpack[WaitArguments]) -> AsyncWorkflowResult:
        """Like `TestRun.wait`, for the whole workflow: one `ChildResult` per test."""
        from .wait_async import await_workflow
        from .wait_plan import WaitOptions

        return await await_workflow(self, WaitOptions(**options))
