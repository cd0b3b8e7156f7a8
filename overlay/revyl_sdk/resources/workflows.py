"""`client.workflows`: run workflows (suites of tests), follow and cancel them, read history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from revyl_api.api.workflow_status import cancel_workflow, get_workflow_execution_history, get_workflow_status
from revyl_api.api.workflows import execute_workflow_id_async
from revyl_api.models import (
    DeviceWorkflowInfo,
    ExecuteWorkflowAsyncAPIResponse,
    WorkflowCancelResponse,
    WorkflowExecutionHistoryResponse,
    WorkflowStatusResponse,
)

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_task_id, require_uuid
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from .._live.runs import AsyncWorkflowRun, WorkflowRun

if TYPE_CHECKING:
    from .._live.results import AsyncWorkflowResult, WorkflowResult
    from .._live.wait_plan import WaitArguments


class WorkflowRunOptions(RequestOptions, total=False):
    """What `workflows.run` accepts besides the workflow id (fields of `DeviceWorkflowInfo`)."""

    build_config: dict[str, object]
    override_build_config: bool
    variable_overrides: dict[str, str]
    run_config: dict[str, object]


class WorkflowHistoryOptions(RequestOptions, total=False):
    limit: int
    offset: int
    start_date: str


def _run_call(workflow_id: str, options: WorkflowRunOptions) -> APICall[ExecuteWorkflowAsyncAPIResponse]:
    body, request = split_request_options(dict(options))
    if "build_config" in body:
        # A build_config is ignored by the backend unless it is told to override.
        body.setdefault("override_build_config", True)
    return call(
        execute_workflow_id_async,
        ExecuteWorkflowAsyncAPIResponse,
        safety=Safety.UNSAFE,
        body=build_model(
            DeviceWorkflowInfo,
            {"workflow_id": require_uuid(workflow_id, "workflow_id"), **body},
            "workflow run options",
        ),
        **request,
    )


def _status_call(task_id: str, options: RequestOptions) -> APICall[WorkflowStatusResponse]:
    return call(get_workflow_status, WorkflowStatusResponse, task_id=task_id, **options)


def _history_call(workflow_id: str, options: WorkflowHistoryOptions) -> APICall[WorkflowExecutionHistoryResponse]:
    query, request = split_request_options(dict(options))
    return call(
        get_workflow_execution_history,
        WorkflowExecutionHistoryResponse,
        workflow_id=workflow_id,
        **query,
        **request,
    )


def _cancel_call(task_id: str, options: RequestOptions) -> APICall[WorkflowCancelResponse]:
    # The route Revyl's CLI uses; the backend serves it but hides it from the spec (BEHAVIOR §3.4).
    return call(cancel_workflow, WorkflowCancelResponse, task_id=task_id, **options)


class Workflows(SyncResource):
    @overload
    def run(
        self, workflow_id: str, *, wait: Literal[False] = False, **options: Unpack[WorkflowRunOptions]
    ) -> WorkflowRun: ...
    @overload
    def run(
        self, workflow_id: str, *, wait: Literal[True], **options: Unpack[WorkflowRunOptions]
    ) -> WorkflowResult: ...

    def run(
        self, workflow_id: str, *, wait: bool = False, **options: Unpack[WorkflowRunOptions]
    ) -> WorkflowRun | WorkflowResult:
        """Start every test of `workflow_id`; returns at once with the run's `task_id`.

        `wait=True` returns the `WorkflowResult` instead, as `run(...).wait()` would.
        """
        run = WorkflowRun._started(self, self._api.execute(_run_call(workflow_id, options)))
        return run.wait() if wait else run

    def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowStatusResponse:
        return self._api.execute(_status_call(task_id, options))

    def history(self, workflow_id: str, **options: Unpack[WorkflowHistoryOptions]) -> WorkflowExecutionHistoryResponse:
        """Past runs of `workflow_id`, newest first, with its success rate."""
        return self._api.execute(_history_call(workflow_id, options))

    def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowCancelResponse:
        """Stop the workflow run and its child test runs."""
        return self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> WorkflowRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return WorkflowRun(self, require_task_id(task_id))

    def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> WorkflowResult:
        """Wait for the run `task_id`, wherever it was started; see `WorkflowRun.wait`."""
        return self.run_handle(task_id).wait(**options)


class AsyncWorkflows(AsyncResource):
    @overload
    async def run(
        self, workflow_id: str, *, wait: Literal[False] = False, **options: Unpack[WorkflowRunOptions]
    ) -> AsyncWorkflowRun: ...
    @overload
    async def run(
        self, workflow_id: str, *, wait: Literal[True], **options: Unpack[WorkflowRunOptions]
    ) -> AsyncWorkflowResult: ...

    async def run(
        self, workflow_id: str, *, wait: bool = False, **options: Unpack[WorkflowRunOptions]
    ) -> AsyncWorkflowRun | AsyncWorkflowResult:
        """Start every test of `workflow_id`; returns at once with the run's `task_id`.

        `wait=True` returns the `AsyncWorkflowResult` instead, as `(await run(...)).wait()`.
        """
        run = AsyncWorkflowRun._started(self, await self._api.execute(_run_call(workflow_id, options)))
        return await run.wait() if wait else run

    async def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowStatusResponse:
        return await self._api.execute(_status_call(task_id, options))

    async def history(
        self, workflow_id: str, **options: Unpack[WorkflowHistoryOptions]
    ) -> WorkflowExecutionHistoryResponse:
        """Past runs of `workflow_id`, newest first, with its success rate."""
        return await self._api.execute(_history_call(workflow_id, options))

    async def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowCancelResponse:
        """Stop the workflow run and its child test runs."""
        return await self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> AsyncWorkflowRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return AsyncWorkflowRun(self, require_task_id(task_id))

    async def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> AsyncWorkflowResult:
        """Wait for the run `task_id`, wherever it was started; see `AsyncWorkflowRun.wait`."""
        return await self.run_handle(task_id).wait(**options)
