"""Rows -> the JSON shapes of the pinned spec (component names in each docstring)."""

from __future__ import annotations

import uuid
from typing import Any

from ._presign import BUCKET, presign
from ._records import ACTIVE_TEST, App, Build, Test, TestTask, Workflow, WorkflowTask, iso
from ._store import ORG_ID, USER_ID, Store


def app(store: Store, row: App) -> dict[str, Any]:
    """AppResponse."""
    builds = store.builds_of(row.id)
    latest = builds[0] if builds else None
    current = store.builds.get(row.current_build_id or "")
    attached = [t for t in store.tests.values() if t.app_id == row.id]
    return {
        "id": row.id, "org_id": ORG_ID, "name": row.name, "platform": row.platform,
        "static_url": row.static_url, "current_version": current.version if current else None,
        "description": row.description, "system_prompt": row.system_prompt,
        "created_at": iso(row.created_at),
        "latest_version": latest.version if latest else None, "versions_count": len(builds),
        "latest_build_id": latest.id if latest else None,
        "current_build_id": current.id if current else None,
        "attached_tests": len(attached), "pinned_tests": 0,
        "recent_executions": sum(task.test.app_id == row.id for task in store.test_tasks.values()),
        "rolling_pass_rate": None, "attribution_ready": False, "expo_synced": False,
        "builds_count": len(builds),
    }


def build(store: Store, row: Build, *, include_download_url: bool = False,
          was_reused: bool | None = None) -> dict[str, Any]:
    """BuildResponse."""
    download = None
    if include_download_url:
        download = presign(store.signing_key, store.base_url, "GET", row.object_key,
                           ttl=store.settings.presign_ttl_seconds)
    return {
        "id": row.id, "app_id": row.app_id, "version": row.version,
        "artifact_url": f"https://{BUCKET}.s3.amazonaws.com/{row.object_key}",
        "metadata": row.metadata, "owner": USER_ID, "uploaded_at": iso(row.uploaded_at),
        "download_url": download, "package_name": row.package_name, "was_reused": was_reused,
    }


def test(row: Test) -> dict[str, Any]:
    """Test (the definition, not a run)."""
    return {
        "id": row.id, "name": row.name, "platform": row.platform, "tasks": row.blocks,
        "owner": USER_ID, "user_id": USER_ID, "app_id": row.app_id, "version": row.version,
        "tags": [tag(name) for name in row.tags] or None, "retries": 1,
    }


def tag(name: str) -> dict[str, Any]:
    """Tag (ids are stable per name: the emulator keeps tags as names on the test)."""
    return {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"revyl-emulator-tag:{name.lower()}")),
            "name": name, "color": "#6B7280", "description": None}


def workflow(row: Workflow) -> dict[str, Any]:
    """WorkflowsBaseSchema."""
    return {
        "id": row.id, "created_at": iso(row.created_at), "deleted": False, "last_run": None,
        "name": row.name, "org_id": ORG_ID, "owner": USER_ID, "schedule": "No Schedule",
        "schedule_timezone": None, "tests": row.test_ids, "schedule_enabled": False,
        "updated_at": iso(row.created_at), "run_config": None, "override_run_config": False,
        "build_config": None, "override_build_config": False, "location_config": None,
        "override_location": False, "test_timeout_seconds": None, "quarantined_test_ids": [],
    }


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


def test_status(task: TestTask) -> dict[str, Any]:
    """TestStatusResponse: what `get_test_execution_task` polls."""
    return {
        "id": task.id, "test_id": task.test.id, "status": task.status, "progress": task.progress,
        "current_step": task.current_step, "current_step_index": task.current_step_index,
        "total_steps": task.total_steps, "steps_completed": task.steps_completed,
        "error_message": task.error_message,
        "execution_errors": [task.error_message] if task.error_message else [],
        "validation_failures": [], "success": task.success, "workflow_run_id": None,
        "test_history_id": task.id if task.terminal else None, "metadata": {},
        "started_at": iso(task.started_at), "completed_at": iso(task.completed_at),
        "execution_time_seconds": task.execution_seconds(),
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


def human_duration(seconds: float | None) -> str | None:
    """Duration as the status endpoint spells it: `1m 41s`, `12s`."""
    if seconds is None:
        return None
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest}s" if minutes else f"{rest}s"


def workflow_status(task: WorkflowTask) -> dict[str, Any]:
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
