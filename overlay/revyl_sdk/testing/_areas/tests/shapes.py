"""Tests and their runs as the `/api/v1/tests/*` endpoints answer them (spec component names in
each docstring)."""

from __future__ import annotations

import uuid
from typing import Any

from ..._state.ids import iso
from ..._state.runs import TestTask
from ..._state.store import USER_ID, Store
from ..._state.tests import Test
from ..apps.shapes import app as app_shape
from ..runs.shapes import enhanced_task
from . import documents
from .ops import last_run, last_status


def test(store: Store, row: Test) -> dict[str, Any]:
    """Test (the definition, not a run)."""
    targets = [{"device_model": row.device_model, "os_version": row.os_version or ""}] if row.device_model else None
    return {
        "id": row.id, "name": row.name, "platform": row.platform, "tasks": row.blocks,
        "owner": USER_ID, "user_id": USER_ID, "app_id": row.app_id, "version": row.version,
        "tags": [tag(store, name) for name in row.tags] or None, "retries": row.retries,
        "flowdescription": row.description, "pinned_version": row.pinned_version,
        "run_config": row.run_config, "orientation": row.orientation, "mobile_targets": targets,
        "last_modified_by": USER_ID,
    }


def tag(store: Store, name: str) -> dict[str, Any]:
    """Tag: the org's tag of that name (any case), or the stable id a tag of that name would get."""
    row = next((t for t in store.catalog.tags.rows.values() if t.name.lower() == name.lower()), None)
    if row is not None:
        return {"id": row.id, "name": row.name, "color": row.color, "description": row.description}
    return {"id": tag_id(name), "name": name, "color": "#6B7280", "description": None}


def tag_id(name: str) -> str:
    """The id of a tag made implicitly for `name` (the same name, the same id)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"revyl-emulator-tag:{name.lower()}"))


def run_status(task: TestTask) -> dict[str, Any]:
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


def validation(report: documents.Report, validation_type: str) -> dict[str, Any]:
    """ValidationResponse."""
    return {"is_valid": report.is_valid, "validation_type": validation_type,
            "errors": len(report.errors), "warnings": len(report.warnings),
            "messages": [message.as_json() for message in report.messages]}


def simple_tests(store: Store, tests: list[Test], count: int) -> dict[str, Any]:
    """SimpleTestListResponse."""
    return {"tests": [{"id": test.id, "name": test.name, "platform": test.platform.lower(),
                       "app_id": test.app_id,
                       "app_name": store.apps.rows[test.app_id].name if test.app_id in store.apps.rows else None,
                       "tags": [tag(store, name) for name in test.tags]} for test in tests],
            "count": count}


def _listed_test(store: Store, row: Test) -> dict[str, Any]:
    """Test, as `get_tests` lists it: the definition plus its last run."""
    last = last_run(store, row)
    return {**test(store, row), "last_status": last_status(last),
            "last_execution_time": iso(last.completed_at) if last else None,
            "last_duration": last.execution_seconds() if last else None,
            "last_execution_id": last.id if last else None}


def test_page(store: Store, found: list[Test], offset: int, limit: int) -> dict[str, Any]:
    """The `get_tests` answer: one page of `found`, with the org's status counts and apps."""
    page = found[offset:offset + limit]
    statuses = [last_status(last_run(store, row)) for row in store.tests.rows.values()]
    return {
        "tests": [_listed_test(store, row) for row in page], "count": len(page),
        "total_count": len(found), "offset": offset, "limit": limit,
        "has_more": offset + len(page) < len(found),
        "status_counts": {"total": len(statuses), "passing": statuses.count("success"),
                          "failing": sum(s not in (None, "success") for s in statuses),
                          "not_run": statuses.count(None), "running": 0},
        "apps": [app_shape(store, app) for app in store.apps.rows.values()],
    }


def history_page(runs: list[TestTask], offset: int, limit: int) -> dict[str, Any]:
    """The `get_test_enhanced_history` answer: one page of `runs`."""
    page = runs[offset:offset + limit]
    return {
        "items": [{"id": task.id, "test_uid": task.test.id,
                   "execution_time": iso(task.completed_at or task.created_at), "status": task.status,
                   "duration": task.execution_seconds(),
                   "enhanced_task": enhanced_task(task), "has_report": task.started_at is not None}
                  for task in page],
        "total_count": len(runs), "requested_count": limit, "found_count": len(page),
    }
