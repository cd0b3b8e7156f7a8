"""What a wait reads about a run and what it hands back, the same for both drivers.

A status response becomes a `RunState`; a workflow's unified report becomes one
`ChildResult` per test; and a wait's ending becomes a `TestResult`/`WorkflowResult` (or
their async twins). Only the requests are described: `wait_sync` and `wait_async` send
them, blocking or awaiting; share links come from `client.reports`, and reports from
`_reports`, loaded when a result is first built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from revyl_api.api.workflow_share import get_unified_workflow_report
from revyl_api.models import (
    TestStatusResponse,
    UnifiedWorkflowReportRequest,
    UnifiedWorkflowReportResponse,
    WorkflowStatusResponse,
)
from revyl_api.types import Unset

from .._core.base_client import APICall, AsyncAPIClient, SyncAPIClient
from .._core.calls import call
from .results import AsyncTestResult, AsyncWorkflowResult, ChildResult, TestResult, WorkflowResult
from .status import RunState, is_test_success, state_of_test_run, state_of_workflow_run

if TYPE_CHECKING:
    from .wait_plan import Ending

__all__ = [
    "build_result",
    "child_results",
    "state_of_test_status",
    "state_of_workflow_status",
    "workflow_report_call",
]

ResultT = TypeVar("ResultT", TestResult, AsyncTestResult, WorkflowResult, AsyncWorkflowResult)


def state_of_test_status(task_id: str, response: TestStatusResponse) -> RunState:
    return state_of_test_run((task_id,), response.to_dict())


def state_of_workflow_status(task_id: str, response: WorkflowStatusResponse) -> RunState:
    return state_of_workflow_run((task_id,), response.to_dict())


def workflow_report_call(task_id: str) -> APICall[UnifiedWorkflowReportResponse]:
    return call(get_unified_workflow_report, UnifiedWorkflowReportResponse,
                body=UnifiedWorkflowReportRequest(workflow_task_id=task_id))


def child_results(report: UnifiedWorkflowReportResponse) -> tuple[ChildResult, ...]:
    if isinstance(report.child_tasks, Unset):
        return ()
    children = []
    for info in report.child_tasks:
        row = info.to_dict()
        state = state_of_test_run((info.task_id,), row)
        children.append(ChildResult(
            task_id=info.task_id,
            test_id=_text(row.get("test_id")),
            test_name=_text(row.get("test_name")),
            platform=_text(row.get("platform")),
            status=state.status or None,
            passed=(is_test_success(state.status, state.success, state.error_message)
                    if state.terminal else None),
            duration=state.duration,
            error_message=state.error_message or None,
        ))
    return tuple(children)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def report_source(api: SyncAPIClient | AsyncAPIClient, state: RunState) -> Any:
    """Where the result of `state`'s run fetches its report from, on first use."""
    from .._reports.source import AsyncReportSource, ReportSource, run_report_plan, workflow_report_plan

    plan: Any = run_report_plan if state.kind == "test" else workflow_report_plan
    if isinstance(api, SyncAPIClient):
        return ReportSource(api, state.task_id, plan)
    return AsyncReportSource(api, state.task_id, plan)


def build_result(cls: type[ResultT], ending: Ending, link: Callable[[], Any],
                 api: SyncAPIClient | AsyncAPIClient) -> ResultT:
    """A `cls` filled from the run's final state (and, for a workflow, its children)."""
    state, children = ending
    workflow: dict[str, Any] = {} if state.kind == "test" else {
        "passed_tests": state.passed_tests, "failed_tests": state.failed_tests,
        "children": children,
    }
    return cls(task_id=state.task_id, status=state.status, passed=state.passed,
               duration=state.duration, steps_done=state.steps_done,
               steps_total=state.steps_total, error_message=state.error_message or None,
               _link=link, _reports=report_source(api, state), **workflow)
