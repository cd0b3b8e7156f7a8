"""Runs as the event stream shows them (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.ids import iso
from ..._state.runs import ACTIVE_TEST, TestTask, WorkflowTask
from ..._state.store import ORG_ID


def test_item(task: TestTask) -> dict[str, Any]:
    """OrgTestMonitorItem: a run as the SSE stream shows it."""
    return {
        "id": task.id, "test_id": task.test.id, "test_name": task.test.name, "source": "api",
        "status": task.status, "progress": task.progress, "current_step": task.current_step,
        "current_step_index": task.current_step_index, "total_steps": task.total_steps,
        "steps_completed": task.steps_completed, "started_at": iso(task.started_at),
        "created_at": iso(task.created_at), "updated_at": iso(task.updated_at),
        "can_cancel": task.status in ACTIVE_TEST and task.status != "stopping",
        "platform": task.test.platform, "app_package": task.app_package,
        "estimated_duration_seconds": None, "error_message": task.error_message or "",
        "trace_id": None, "workflow_execution_id": task.workflow_task_id, "whep_url": None,
    }


def enhanced_task(task: TestTask) -> dict[str, Any]:
    """TestExecutionTasksEnhanced."""
    return {
        "id": task.id, "test_id": task.test.id, "session_id": None,
        "workflow_execution_id": task.workflow_task_id, "org_id": ORG_ID,
        "success": task.success, "progress": task.progress, "current_step": task.current_step,
        "current_step_index": task.current_step_index, "total_steps": task.total_steps,
        "steps_completed": task.steps_completed, "created_at": iso(task.created_at),
        "updated_at": iso(task.updated_at), "error_message": task.error_message,
        "report_metadata": None, "metadata": None, "resolved_build_id": task.build_id,
        "was_quarantined": False, "trace_id": None, "status": task.status,
        "started_at": iso(task.started_at), "completed_at": iso(task.completed_at),
        "execution_time_seconds": task.execution_seconds(),
    }


def completed_test_data(task: TestTask) -> dict[str, Any]:
    """CompletedTestData: the enriched object of a `test_*_with_data` event."""
    return {
        "id": task.id, "test_uid": task.test.id, "execution_time": iso(task.completed_at),
        "status": task.status, "execution_time_seconds": task.execution_seconds(),
        "metadata": None, "enhanced_task": enhanced_task(task),
    }


def workflow_execution(task: WorkflowTask) -> dict[str, Any]:
    """WorkflowExecutionsBaseSchema (`task` of an SSE workflow item; `duration` in seconds)."""
    return {
        "id": task.id, "workflow_id": task.workflow.id, "source": "api", "status": task.status,
        "created_at": iso(task.created_at), "started_at": iso(task.started_at),
        "updated_at": iso(task.updated_at), "total_tests": len(task.children),
        "completed_tests": task.completed_tests, "success": task.success,
        "duration": task.duration_seconds(), "concurrency_limit": task.concurrency_limit,
        "test_executions": [{"id": child.id, "session_id": None, "workflow_run_id": None}
                            for child in task.children],
        "trace_id": None, "workflow_run_id": None,
    }


def workflow_item(task: WorkflowTask) -> dict[str, Any]:
    """OrgWorkflowMonitorItem."""
    return {"task": workflow_execution(task), "workflow_name": task.workflow.name,
            "source": "api", "progress": task.progress, "can_cancel": not task.terminal}
