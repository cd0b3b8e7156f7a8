"""Past runs -> the JSON shapes of the pinned spec: history items, last status, report context."""

from __future__ import annotations

import uuid
from typing import Any

from . import _render as render
from ._records import Test, TestTask, Workflow, WorkflowTask, iso
from ._store import ORG_ID, Store

# WorkflowLastExecution.status for each workflow run status.
_LAST_STATUS = {"completed": "success", "failed": "failure", "cancelled": "cancelled",
                "timeout": "timeout"}


def simple_test(store: Store, row: Test) -> dict[str, Any]:
    """SimpleTestItem."""
    app = store.apps.get(row.app_id or "")
    return {"id": row.id, "name": row.name, "platform": row.platform, "app_id": row.app_id,
            "app_name": app.name if app else None,
            "tags": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"tag:{tag}")), "name": tag,
                      "color": None} for tag in row.tags]}


def test_info(store: Store, row: Test) -> dict[str, Any]:
    """One test of a workflow's lightweight info: name, platform and its latest run."""
    runs = [t for t in store.test_tasks.values() if t.test.id == row.id]
    last = max(runs, key=lambda t: t.created_at, default=None)
    return {"id": row.id, "name": row.name, "platform": row.platform,
            "last_status": last.status if last else None,
            "last_execution_time": iso(last.created_at) if last else None,
            "last_duration": last.execution_seconds() if last else None}


def _last_status(run: WorkflowTask) -> str:
    if not run.terminal:
        return "running"
    if run.status == "completed" and run.failed_tests:
        return "failure"
    return _LAST_STATUS[run.status]


def _history_status(run: WorkflowTask) -> str:
    """WorkflowExecutionHistoryStatus.status: success, failure, or unknown while it runs."""
    status = _last_status(run)
    if status == "running":
        return "unknown"
    return "success" if status == "success" else "failure"


def workflow_with_last_status(row: Workflow, runs: list[WorkflowTask]) -> dict[str, Any]:
    """WorkflowWithLastStatus; `runs` newest first, as many as the history should show."""
    last = runs[0] if runs else None
    execution: dict[str, Any] = {"status": "not_run", "duration": None, "last_run": None,
                                 "started_at": None, "id": None, "failed_count": None,
                                 "total_tests": None}
    if last is not None:
        execution = {"status": _last_status(last), "duration": last.duration_seconds(),
                     "last_run": iso(last.created_at), "started_at": iso(last.started_at),
                     "id": last.id, "failed_count": last.failed_tests,
                     "total_tests": len(last.children)}
    return {
        **render.workflow(row), "last_run": iso(last.created_at) if last else None,
        "last_execution": execution, "test_count": len(row.test_ids),
        "execution_history": [{"status": _history_status(run), "created_at": iso(run.created_at),
                               "duration": run.duration_seconds()} for run in runs],
    }


def history_item(task: TestTask) -> dict[str, Any]:
    """TestEnhancedHistoryItem: one run in a test's history."""
    return {"id": task.id, "test_uid": task.test.id,
            "execution_time": iso(task.completed_at or task.created_at), "status": task.status,
            "duration": task.execution_seconds(), "enhanced_task": render.enhanced_task(task),
            "has_report": True}


def report_id(task: TestTask) -> str:
    """A stable report id per run (reports-v3 keeps its own rows, keyed apart from the run)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"revyl-emulator:report:{task.id}"))


def _step_status(task: TestTask, index: int) -> str:
    if index < task.steps_completed:
        return "passed"
    if index == task.current_step_index and task.started_at is not None:
        if not task.terminal:
            return "running"
        if not task.success:
            return "failed"
    return "pending"


def _step(task: TestTask, index: int, name: str) -> dict[str, Any]:
    """ReportContextStepResponse."""
    status = _step_status(task, index)
    return {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{report_id(task)}:{index}")),
            "report_id": report_id(task), "parent_step_id": None, "execution_order": index,
            "node_id": None, "step_type": "instruction", "step_description": name,
            "success": {"passed": True, "failed": False}.get(status),
            "error_message": task.error_message if status == "failed" else None,
            "status": status, "status_reason": None, "effective_status": status,
            "effective_status_reason": None, "actions": []}


def report_context(task: TestTask, app_url: str, include_steps: bool, app_name: str | None,
                   build_version: str | None) -> dict[str, Any]:
    """ReportContextResponse: the run's summary and (when asked) its steps."""
    steps = [_step(task, index, name) for index, name in enumerate(task.step_names)]
    counts = {status: sum(step["status"] == status for step in steps)
              for status in ("passed", "failed", "running", "pending")}
    return {
        "id": report_id(task), "org_id": ORG_ID, "execution_id": task.id, "session_id": None,
        "test_id": task.test.id, "test_name": task.test.name, "platform": task.test.platform,
        "report_url": f"{app_url.rstrip('/')}/tests/report?taskId={task.id}",
        "started_at": iso(task.started_at), "completed_at": iso(task.completed_at),
        "created_at": iso(task.created_at), "updated_at": iso(task.updated_at),
        "total_steps": task.total_steps, "passed_steps": counts["passed"],
        "failed_steps": counts["failed"], "warning_steps": 0,
        "effective_passed_steps": counts["passed"], "effective_failed_steps": counts["failed"],
        "effective_warning_steps": 0, "effective_running_steps": counts["running"],
        "effective_pending_steps": counts["pending"], "session_status": task.status,
        "success": task.success, "error_message": task.error_message,
        "duration_seconds": task.execution_seconds(),
        "workflow_execution_id": task.workflow_task_id, "app_name": app_name,
        "build_version": build_version, "test_version_number": task.test.version,
        "steps": steps if include_steps else None,
    }
