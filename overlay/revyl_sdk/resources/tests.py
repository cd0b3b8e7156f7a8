"""`client.tests`: start test runs, read their status, cancel them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from revyl_api.api.tests import cancel_test, execute_test_id_async, get_test_execution_task
from revyl_api.models import (
    CancelTestResponse,
    ExecuteTestAsyncAPIResponse,
    TaskID,
    TestStatusResponse,
)

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_task_id, require_uuid
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from .._live.runs import AsyncTestRun, TestRun

if TYPE_CHECKING:
    from .._live.results import AsyncTestResult, TestResult
    from .._live.wait_plan import WaitArguments


class TestRunOptions(RequestOptions, total=False):
    """What `tests.run` accepts besides the test id (fields of the API's `TaskID` body)."""

    build_version_id: str
    retries: int
    variable_overrides: dict[str, str]
    device_model: str
    os_version: str
    launch_env_vars: dict[str, str]
    launch_env_var_ids: list[str]
    app_link: str
    llm_model_name: str


def _run_call(test_id: str, options: TestRunOptions) -> APICall[ExecuteTestAsyncAPIResponse]:
    body, request = split_request_options(dict(options))
    return call(
        execute_test_id_async,
        ExecuteTestAsyncAPIResponse,
        safety=Safety.UNSAFE,
        body=build_model(TaskID, {"test_id": require_uuid(test_id, "test_id"), **body}, "test run options"),
        **request,
    )


def _status_call(task_id: str, options: RequestOptions) -> APICall[TestStatusResponse]:
    return call(get_test_execution_task, TestStatusResponse, task_id=task_id, **options)


def _cancel_call(task_id: str, options: RequestOptions) -> APICall[CancelTestResponse]:
    # Cancelling twice is harmless: the second answer is `success: false`, already terminal.
    return call(cancel_test, CancelTestResponse, task_id=task_id, **options)


class Tests(SyncResource):
    @overload
    def run(self, test_id: str, *, wait: Literal[False] = False, **options: Unpack[TestRunOptions]) -> TestRun: ...
    @overload
    def run(self, test_id: str, *, wait: Literal[True], **options: Unpack[TestRunOptions]) -> TestResult: ...

    def run(self, test_id: str, *, wait: bool = False, **options: Unpack[TestRunOptions]) -> TestRun | TestResult:
        """Start `test_id` on a Revyl device; returns at once with the run's `task_id`.

        `wait=True` returns the `TestResult` instead, as `run(...).wait()` would.
        """
        run = TestRun._started(self, self._api.execute(_run_call(test_id, options)))
        return run.wait() if wait else run

    def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> TestStatusResponse:
        """The current status of the run `task_id` (as returned by `run`)."""
        return self._api.execute(_status_call(task_id, options))

    def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> CancelTestResponse:
        """Ask Revyl to stop the run; `success` is False when it had already finished."""
        return self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> TestRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return TestRun(self, require_task_id(task_id))

    def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> TestResult:
        """Wait for the run `task_id`, wherever it was started; see `TestRun.wait`."""
        return self.run_handle(task_id).wait(**options)


class AsyncTests(AsyncResource):
    @overload
    async def run(
        self, test_id: str, *, wait: Literal[False] = False, **options: Unpack[TestRunOptions]
    ) -> AsyncTestRun: ...
    @overload
    async def run(self, test_id: str, *, wait: Literal[True], **options: Unpack[TestRunOptions]) -> AsyncTestResult: ...

    async def run(
        self, test_id: str, *, wait: bool = False, **options: Unpack[TestRunOptions]
    ) -> AsyncTestRun | AsyncTestResult:
        """Start `test_id` on a Revyl device; returns at once with the run's `task_id`.

        `wait=True` returns the `AsyncTestResult` instead, as `(await run(...)).wait()`.
        """
        run = AsyncTestRun._started(self, await self._api.execute(_run_call(test_id, options)))
        return await run.wait() if wait else run

    async def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> TestStatusResponse:
        """The current status of the run `task_id` (as returned by `run`)."""
        return await self._api.execute(_status_call(task_id, options))

    async def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> CancelTestResponse:
        """Ask Revyl to stop the run; `success` is False when it had already finished."""
        return await self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> AsyncTestRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return AsyncTestRun(self, require_task_id(task_id))

    async def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> AsyncTestResult:
        """Wait for the run `task_id`, wherever it was started; see `AsyncTestRun.wait`."""
        return await self.run_handle(task_id).wait(**options)
