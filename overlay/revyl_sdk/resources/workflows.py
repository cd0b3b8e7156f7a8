"""`client.workflows`: find workflows (suites of tests), run them by id or name, follow and
cancel them, read history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_task_id, require_uuid
from .._core.names import is_uuid, pick_by_name
from .._core.pagination import AsyncPager, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from .._live.runs import AsyncWorkflowRun, WorkflowRun
from ._discovery import log_resolved, named_workflow, workflow_info_call, workflows_pages
from ._workflow_edits import (
    FAIL_WORKFLOW,
    IGNORE_FAILURE,
    Location,
    TestIds,
    WorkflowEdit,
    WorkflowTest,
    WorkflowTests,
    change_tests_plan,
    create_plan,
    delete_call,
    failure_policy_plan,
    workflow_tests_call,
)

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import (
        DeleteWorkflowResponse,
        ExecuteWorkflowAsyncAPIResponse,
        WorkflowCancelResponse,
        WorkflowExecutionHistoryResponse,
        WorkflowsBaseSchema,
        WorkflowStatusResponse,
        WorkflowWithLastStatus,
    )

    from .._core.effects import Plan
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
    from revyl_api.api.workflows import execute_workflow_id_async
    from revyl_api.models import DeviceWorkflowInfo, ExecuteWorkflowAsyncAPIResponse

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


def _start(workflow_id: str, options: WorkflowRunOptions, api: object) -> Plan[ExecuteWorkflowAsyncAPIResponse]:
    """The start, sent once; a lost answer is reconciled with the workflow's history (see _core/reconcile.py)."""
    from .._core.reconcile import ledger_for, start_once
    from ._starts import workflow_run_recovery

    return start_once(_run_call(workflow_id, options), workflow_run_recovery(workflow_id), ledger_for(api))


def _status_call(task_id: str, options: RequestOptions) -> APICall[WorkflowStatusResponse]:
    from revyl_api.api.workflow_status import get_workflow_status
    from revyl_api.models import WorkflowStatusResponse

    return call(get_workflow_status, WorkflowStatusResponse, task_id=task_id, **options)


def _history_call(workflow_id: str, options: WorkflowHistoryOptions) -> APICall[WorkflowExecutionHistoryResponse]:
    from revyl_api.api.workflow_status import get_workflow_execution_history
    from revyl_api.models import WorkflowExecutionHistoryResponse

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
    from revyl_api.api.workflow_status import cancel_workflow
    from revyl_api.models import WorkflowCancelResponse

    return call(cancel_workflow, WorkflowCancelResponse, task_id=task_id, **options)


class Workflows(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> SyncPager[WorkflowWithLastStatus]:
        """Every workflow of the organisation with its last run, paged as you iterate with `for`."""
        return SyncPager(self._api, workflows_pages(options))

    def get(self, workflow_id: str, **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """The workflow `workflow_id`: its name, test ids and settings."""
        return self._api.execute(workflow_info_call(workflow_id, options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> WorkflowWithLastStatus:
        """The workflow called `name` (exact, else ignoring case).

        Raises `NameNotFoundError` or `AmbiguousNameError`, as `tests.find` does.
        """
        return pick_by_name("workflow", name, map(named_workflow, self.list(**options))).item

    def _resolve(self, workflow: str) -> str:
        if is_uuid(workflow):
            return workflow.strip()
        found = self.find(workflow)
        log_resolved("workflow", workflow, found.id)
        return found.id

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
        """Start every test of the workflow `workflow_id` (its id, or its name); returns at
        once with the run's `task_id`. An unknown or ambiguous name raises before anything starts.

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a read
        timeout), the run it made is found in the workflow's history and returned, or it is
        sent once more when the history proves none was made; `RunMayHaveStartedError` when
        it cannot tell.

        `wait=True` returns the `WorkflowResult` instead, as the run's `wait()` would.
        """
        from .._core.runtime import run_sync

        run = WorkflowRun._started(self, run_sync(self._api, _start(self._resolve(workflow_id), options, self._api)))
        return run.wait() if wait else run

    def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowStatusResponse:
        """The workflow run's status now (one request, no waiting)."""
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

    # -- managing workflows: create, change, quarantine -----------------------------------

    def create(self, *, name: str, test_ids: Sequence[str], owner: str | None = None, schedule: str | None = None,
               **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """Create a workflow running `test_ids`; it belongs to the key's user unless `owner` is given."""
        from .._core.runtime import run_sync

        return run_sync(self._api, create_plan(name, test_ids, owner, schedule, options))

    def update(self, workflow_id: str, *, name: str | None = None, test_ids: Sequence[str] | None = None,
               run_config: Mapping[str, Any] | None = None,
               build_config: Mapping[str, Any] | Literal[False] | None = None,
               location: Location | Literal[False] | None = None,
               **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """Change only what is given; returns the workflow as it is now.

        `test_ids` is the whole new list. `run_config` (e.g. `{"parallelism": 2}`) and
        `build_config` (`{"android_build": {"app_id": ...}}`) are merged into the current
        ones; `location` is (latitude, longitude). `False` removes the build config or location.
        """
        edit = WorkflowEdit.of(workflow_id, name=name, test_ids=test_ids, run_config=run_config,
                               build_config=build_config, location=location)
        from .._core.runtime import run_sync

        return run_sync(self._api, edit.plan(options))

    def delete(self, workflow_id: str, **options: Unpack[RequestOptions]) -> DeleteWorkflowResponse:
        """Delete the workflow (its tests stay)."""
        return self._api.execute(delete_call(workflow_id, options))

    def add_tests(self, workflow_id: str, test_ids: Sequence[str], **options: Unpack[RequestOptions]) -> TestIds:
        """Add tests to the workflow (those already in it stay once); returns its test ids."""
        from .._core.runtime import run_sync

        return run_sync(self._api, change_tests_plan(workflow_id, test_ids, adding=True, options=options))

    def remove_tests(self, workflow_id: str, test_ids: Sequence[str], **options: Unpack[RequestOptions]) -> TestIds:
        """Take tests out of the workflow; a test not in it is an error and nothing changes."""
        from .._core.runtime import run_sync

        return run_sync(self._api, change_tests_plan(workflow_id, test_ids, adding=False, options=options))

    def tests(self, workflow_id: str, **options: Unpack[RequestOptions]) -> WorkflowTests:
        """The workflow's tests with their failure policy (`quarantined`)."""
        return self._api.execute(workflow_tests_call(workflow_id, options))

    def quarantine(self, workflow_id: str, test_id: str, **options: Unpack[RequestOptions]) -> WorkflowTest:
        """Keep running `test_id` in the workflow, but its failures no longer fail the workflow."""
        from .._core.runtime import run_sync

        return run_sync(self._api, failure_policy_plan(workflow_id, test_id, IGNORE_FAILURE, options))

    def unquarantine(self, workflow_id: str, test_id: str, **options: Unpack[RequestOptions]) -> WorkflowTest:
        """A failure of `test_id` fails the workflow again."""
        from .._core.runtime import run_sync

        return run_sync(self._api, failure_policy_plan(workflow_id, test_id, FAIL_WORKFLOW, options))


class AsyncWorkflows(AsyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> AsyncPager[WorkflowWithLastStatus]:
        """Every workflow of the organisation with its last run, paged as you iterate with `async for`."""
        return AsyncPager(self._api, workflows_pages(options))

    async def get(self, workflow_id: str, **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """The workflow `workflow_id`: its name, test ids and settings."""
        return await self._api.execute(workflow_info_call(workflow_id, options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> WorkflowWithLastStatus:
        """The workflow called `name` (exact, else ignoring case).

        Raises `NameNotFoundError` or `AmbiguousNameError`, as `tests.find` does.
        """
        workflows = [named_workflow(item) async for item in self.list(**options)]
        return pick_by_name("workflow", name, workflows).item

    async def _resolve(self, workflow: str) -> str:
        if is_uuid(workflow):
            return workflow.strip()
        found = await self.find(workflow)
        log_resolved("workflow", workflow, found.id)
        return found.id

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
        """Start every test of the workflow `workflow_id` (its id, or its name); returns at
        once with the run's `task_id`. An unknown or ambiguous name raises before anything starts.

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a read
        timeout), the run it made is found in the workflow's history and returned, or it is
        sent once more when the history proves none was made; `RunMayHaveStartedError` when
        it cannot tell.

        `wait=True` returns the `AsyncWorkflowResult` instead, as the run's `wait()` would.
        """
        from .._core.runtime import run_async

        workflow = await self._resolve(workflow_id)
        run = AsyncWorkflowRun._started(self, await run_async(self._api, _start(workflow, options, self._api)))
        return await run.wait() if wait else run

    async def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> WorkflowStatusResponse:
        """The workflow run's status now (one request, no waiting)."""
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

    # -- managing workflows: create, change, quarantine -----------------------------------

    async def create(self, *, name: str, test_ids: Sequence[str], owner: str | None = None,
                     schedule: str | None = None, **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """Create a workflow running `test_ids`; it belongs to the key's user unless `owner` is given."""
        from .._core.runtime import run_async

        return await run_async(self._api, create_plan(name, test_ids, owner, schedule, options))

    async def update(self, workflow_id: str, *, name: str | None = None, test_ids: Sequence[str] | None = None,
                     run_config: Mapping[str, Any] | None = None,
                     build_config: Mapping[str, Any] | Literal[False] | None = None,
                     location: Location | Literal[False] | None = None,
                     **options: Unpack[RequestOptions]) -> WorkflowsBaseSchema:
        """Change only what is given; returns the workflow as it is now.

        `test_ids` is the whole new list. `run_config` (e.g. `{"parallelism": 2}`) and
        `build_config` (`{"android_build": {"app_id": ...}}`) are merged into the current
        ones; `location` is (latitude, longitude). `False` removes the build config or location.
        """
        edit = WorkflowEdit.of(workflow_id, name=name, test_ids=test_ids, run_config=run_config,
                               build_config=build_config, location=location)
        from .._core.runtime import run_async

        return await run_async(self._api, edit.plan(options))

    async def delete(self, workflow_id: str, **options: Unpack[RequestOptions]) -> DeleteWorkflowResponse:
        """Delete the workflow (its tests stay)."""
        return await self._api.execute(delete_call(workflow_id, options))

    async def add_tests(self, workflow_id: str, test_ids: Sequence[str],
                        **options: Unpack[RequestOptions]) -> TestIds:
        """Add tests to the workflow (those already in it stay once); returns its test ids."""
        from .._core.runtime import run_async

        return await run_async(self._api, change_tests_plan(workflow_id, test_ids, adding=True, options=options))

    async def remove_tests(self, workflow_id: str, test_ids: Sequence[str],
                           **options: Unpack[RequestOptions]) -> TestIds:
        """Take tests out of the workflow; a test not in it is an error and nothing changes."""
        from .._core.runtime import run_async

        return await run_async(self._api, change_tests_plan(workflow_id, test_ids, adding=False, options=options))

    async def tests(self, workflow_id: str, **options: Unpack[RequestOptions]) -> WorkflowTests:
        """The workflow's tests with their failure policy (`quarantined`)."""
        return await self._api.execute(workflow_tests_call(workflow_id, options))

    async def quarantine(self, workflow_id: str, test_id: str, **options: Unpack[RequestOptions]) -> WorkflowTest:
        """Keep running `test_id` in the workflow, but its failures no longer fail the workflow."""
        from .._core.runtime import run_async

        return await run_async(self._api, failure_policy_plan(workflow_id, test_id, IGNORE_FAILURE, options))

    async def unquarantine(self, workflow_id: str, test_id: str, **options: Unpack[RequestOptions]) -> WorkflowTest:
        """A failure of `test_id` fails the workflow again."""
        from .._core.runtime import run_async

        return await run_async(self._api, failure_policy_plan(workflow_id, test_id, FAIL_WORKFLOW, options))
