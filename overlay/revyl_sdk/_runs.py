"""Handles on started runs: what `tests.run` and `workflows.run` return."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Generic, TypeVar

from revyl_api.models import (
    CancelTestResponse,
    ExecuteTestAsyncAPIResponse,
    ExecuteWorkflowAsyncAPIResponse,
    TestStatusResponse,
    WorkflowCancelResponse,
    WorkflowStatusResponse,
)

from ._results import AsyncTestResult, AsyncWorkflowResult, TestResult, WorkflowResult
from ._wait_async import await_test, await_workflow
from ._wait_plan import ProgressCallback, WaitMode, WaitOptions
from ._wait_sync import wait_for_test, wait_for_workflow

if TYPE_CHECKING:  # named in quoted base-class arguments, which linters do not read
    from .resources.tests import AsyncTests, Tests  # noqa: F401
    from .resources.workflows import AsyncWorkflows, Workflows  # noqa: F401


ResourceT = TypeVar("ResourceT")
ResponseT = TypeVar("ResponseT", ExecuteTestAsyncAPIResponse, ExecuteWorkflowAsyncAPIResponse)


class _Run(Generic[ResourceT, ResponseT]):
    """Common fields: the execute response and its task id (the id every later call takes)."""

    response: ResponseT

    def __init__(self, resource: ResourceT, response: ResponseT) -> None:
        self._resource = resource
        self.response = response
        # When this process started the run (monotonic clock): tells the monitor whether a
        # stream snapshot should already list it.
        self._started_at = time.monotonic()

    @property
    def task_id(self) -> str:
        # Revyl's CLI falls back to `id` when `task_id` comes back empty.
        return self.response.task_id or str(self.response.id)

    @property
    def status(self) -> str:
        return str(self.response.status)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(task_id={self.task_id!r}, status={self.status!r})"


class TestRun(_Run["Tests", ExecuteTestAsyncAPIResponse]):
    __test__ = False  # not a pytest test class, whatever its name

    def get_status(self) -> TestStatusResponse:
        return self._resource.get_status(self.task_id)

    def cancel(self) -> CancelTestResponse:
        return self._resource.cancel(self.task_id)

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        mode: WaitMode = "auto",
        cancel_on_interrupt: bool = False,
    ) -> TestResult:
        """Return how the run ended, following it live on the client's shared stream.

        `mode`: "auto" (the stream, polling if it fails), "sse" or "polling". `timeout`
        (seconds, None for no limit) raises `WaitTimeout`; the run goes on. `on_progress`
        gets a `Progress` at each change. `cancel_on_interrupt` cancels the run when the
        wait is interrupted (Ctrl-C), then re-raises.
        """
        return wait_for_test(self, WaitOptions(timeout, on_progress, mode, cancel_on_interrupt))


class AsyncTestRun(_Run["AsyncTests", ExecuteTestAsyncAPIResponse]):
    async def get_status(self) -> TestStatusResponse:
        return await self._resource.get_status(self.task_id)

    async def cancel(self) -> CancelTestResponse:
        return await self._resource.cancel(self.task_id)

    async def wait(
        self,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        mode: WaitMode = "auto",
        cancel_on_interrupt: bool = False,
    ) -> AsyncTestResult:
        """Like `TestRun.wait`; interruption here is the task being cancelled."""
        return await await_test(self, WaitOptions(timeout, on_progress, mode, cancel_on_interrupt))


class WorkflowRun(_Run["Workflows", ExecuteWorkflowAsyncAPIResponse]):
    def get_status(self) -> WorkflowStatusResponse:
        return self._resource.get_status(self.task_id)

    def cancel(self) -> WorkflowCancelResponse:
        return self._resource.cancel(self.task_id)

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        mode: WaitMode = "auto",
        cancel_on_interrupt: bool = False,
    ) -> WorkflowResult:
        """Like `TestRun.wait`, for the whole workflow: one `ChildResult` per test."""
        return wait_for_workflow(self, WaitOptions(timeout, on_progress, mode, cancel_on_interrupt))


class AsyncWorkflowRun(_Run["AsyncWorkflows", ExecuteWorkflowAsyncAPIResponse]):
    async def get_status(self) -> WorkflowStatusResponse:
        return await self._resource.get_status(self.task_id)

    async def cancel(self) -> WorkflowCancelResponse:
        return await self._resource.cancel(self.task_id)

    async def wait(
        self,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        mode: WaitMode = "auto",
        cancel_on_interrupt: bool = False,
    ) -> AsyncWorkflowResult:
        """Like `TestRun.wait`; interruption here is the task being cancelled."""
        options = WaitOptions(timeout, on_progress, mode, cancel_on_interrupt)
        return await await_workflow(self, options)
