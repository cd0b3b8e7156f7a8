"""Workflows and their runs as the `/api/v1/workflows/*` endpoints answer them (spec component
names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.ids import iso
from ..._state.runs import TestTask, WorkflowTask
from ..._state.store import ORG_ID, USER_ID, Store
from ..._state.tests import Test
from ..._state.workflows import Workflow
from ..tests.ops import LAST_STATUS
from .ops import runs_of


def workflow(row: Workflow) -> dict[str, Any]:
    """WorkflowsBaseSchema."""
    return {
        "id": row.id, "created_at": iso(row.created_at), "deleted": False, "last_run": None,
        "name": row.name, "org_id": ORG_ID, "owner": USER_ID, "schedule": "No Schedule",
        "schedule_timezone": None, "tests": row.test_ids, "schedule_enabled": False,
        "updated_at": iso(row.updated_at), "run_config": row.run_config,
        "override_run_config": row.override_run_config, "default_concurrency_limit": row.concurrency_limit,
        "build_config": row.build_config,
        "override_build_config": row.build_config is not None, "location_config": row.location_config,
        "override_location": row.location_config is not None, "test_timeout_seconds": None,
        "quarantined_test_ids": [test_id for test_id in row.test_ids if test_id in row.quarantined],
    }


def human_duration(seconds: float | None) -> str | None:
    """Duration as the status endpoint spells it: `1m 41s`, `12s`."""
    if seconds is None:
        return None
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest}s" if minutes else f"{rest}s"


def run_status(task: WorkflowTask) -> dict[str, Any]:
    """WorkflowStatusResponse (`duration` as text, unlike the SSE item)."""
    return {
        "execution_id": task.id, "workflow_id": task.workflow.id, "status": task.status,
        "progress": task.progress, "completed_tests": task.completed_tests,
        "total_tests": len(task.children), "passed_tests": task.passed_tests,
        "failed_tests": task.failed_tests, "started_at": iso(task.started_at),
        "estimated_completion": None, "duration": human_duration(task.duration_seconds()),
        "error_message": task.error_message, "metadata": {"workflow_name": task.workflow.name},
    }


def workflow_task_info(task: WorkflowTask) -> dict[str, Any]:
    """WorkflowTaskInfo (unified report)."""
    return {
        "task_id": task.id, "workflow_id": task.workflow.id, "status": task.status,
        "success": task.success, "duration": task.duration_seconds(),
        "total_tests": len(task.children), "completed_tests": task.completed_tests,
        "task_ids": [child.id for child in task.children], "started_at": iso(task.started_at),
        "updated_at": iso(task.updated_at), "created_at": iso(task.created_at),
        "triggered_by": USER_ID, "trace_id": None,
    }


def child_task(task: TestTask) -> dict[str, Any]:
    """ChildTaskReportInfo: one test of a workflow run in the unified report."""
    return {
        "task_id": task.id, "test_id": task.test.id, "test_name": task.test.name,
        "platform": task.test.platform, "status": task.status, "success": task.success,
        "started_at": iso(task.started_at), "completed_at": iso(task.completed_at),
        "duration": task.execution_seconds(), "execution_time_seconds": task.execution_seconds(),
        "steps_completed": task.steps_completed, "total_steps": task.total_steps,
        "current_step": task.current_step, "progress": task.progress,
        "error_message": task.error_message, "is_shared": task.share_token is not None,
        "share_token": task.share_token,
    }


def history(workflow: Workflow, runs: list[WorkflowTask], offset: int, limit: int) -> dict[str, Any]:
    """WorkflowHistoryResponse: one page of `runs`, with the rates over all of them."""
    finished = [t for t in runs if t.terminal]
    durations = [d for d in (t.duration_seconds() for t in finished) if d is not None]
    return {
        "workflow_id": workflow.id,
        "executions": [run_status(t) for t in runs[offset:offset + limit]],
        "total_count": len(runs),
        "success_rate": (round(100.0 * sum(bool(t.success) for t in finished) / len(finished), 1)
                         if finished else 0.0),
        "average_duration": sum(durations) / len(durations) if durations else None,
    }


def unified_report(task: WorkflowTask, *, public: bool) -> dict[str, Any]:
    """UnifiedWorkflowReportResponse."""
    return {
        "workflow_task": workflow_task_info(task),
        "workflow_detail": {"id": task.workflow.id, "name": task.workflow.name,
                            "description": None, "tests": task.workflow.test_ids,
                            "run_config": None, "override_run_config": False,
                            "schedule": "No Schedule", "schedule_enabled": False,
                            "schedule_timezone": None,
                            "created_at": iso(task.workflow.created_at),
                            "updated_at": iso(task.workflow.created_at)},
        "test_info": [{"id": c.test.id, "name": c.test.name, "platform": c.test.platform}
                      for c in task.children],
        "child_tasks": [child_task(child) for child in task.children],
        "video_metadata": None,
        "child_share_status": {c.id: {"is_shared": c.share_token is not None}
                               for c in task.children},
        "is_public_view": public,
    }


def _last_execution(runs: list[WorkflowTask]) -> dict[str, Any]:
    if not runs:
        return {"status": "not_run"}
    last = runs[0]
    status = ("running" if not last.terminal else "success" if last.success
              else LAST_STATUS.get(last.status, "failure"))
    return {"status": status, "duration": last.duration_seconds(), "last_run": iso(last.created_at),
            "started_at": iso(last.started_at), "id": last.id, "failed_count": last.failed_tests,
            "total_tests": len(last.children)}


def with_last_status(store: Store, row: Workflow, history_limit: int) -> dict[str, Any]:
    """A workflow as `get_with_last_status` lists it: with its last run and recent history."""
    runs = runs_of(store, row)
    last = _last_execution(runs)
    return {**workflow(row), "last_execution": last, "test_count": len(row.test_ids),
            "last_run": last.get("last_run"),
            "execution_history": [
                {"status": "success" if run.success else LAST_STATUS.get(run.status, "unknown"),
                 "created_at": iso(run.created_at), "duration": run.duration_seconds()}
                for run in runs[:history_limit]]}


def summary(store: Store, row: Workflow) -> dict[str, Any]:
    """The workflow with each test's name, platform and last run, wrapped in `data` (untyped)."""
    tests = [store.tests.rows[test_id] for test_id in row.test_ids if test_id in store.tests.rows]
    return {"data": {**workflow(row), "test_info": [_test_info(store, test) for test in tests]}}


def _test_info(store: Store, test: Test) -> dict[str, Any]:
    """One test of a workflow's lightweight info: name, platform and its latest run, as it stands."""
    runs: list[TestTask] = [task for task in store.runs.tests.values() if task.test.id == test.id]
    last = max(runs, key=lambda task: task.created_at, default=None)
    return {"id": test.id, "name": test.name, "platform": test.platform,
            "last_status": last.status if last else None,
            "last_execution_time": iso(last.created_at) if last else None,
            "last_duration": last.execution_seconds() if last else None}
