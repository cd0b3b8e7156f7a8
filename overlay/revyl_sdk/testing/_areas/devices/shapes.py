"""Emulated device sessions as the JSON shapes of the pinned spec (component names in docstrings)."""

from __future__ import annotations

from typing import Any

from ..._state.devices import DeviceRow, StepRun
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID

USER_EMAIL = "emulator@revyl.invalid"  # what get_user_uuid answers; the CLI keeps sessions with it


def worker_connection(row: DeviceRow, now: float) -> dict[str, Any]:
    """WorkerConnectionResponse."""
    status = row.connection_status(now)
    ready = status == "ready"
    width, height = row.device.size
    message = {"not_ready": "Waiting for a device worker", "ready": None}.get(status, row.end_message)
    return {"status": status, "workflow_run_id": row.workflow_run_id,
            "worker_ws_url": f"wss://worker.emulator.invalid/ws/stream?token={row.id}" if ready else None,
            "signal_url": None, "whep_url": _whep(row) if ready else None,
            "device_width": width if ready else None, "device_height": height if ready else None,
            "ice_servers": [], "message": message}


def _whep(row: DeviceRow) -> str:
    return f"https://stream.emulator.invalid/whep/{row.id}"


def _common(row: DeviceRow) -> dict[str, Any]:
    return {"id": row.id, "org_id": ORG_ID, "source": row.source, "platform": row.platform,
            "status": row.status, "device_model": row.device_model, "os_version": row.os_version,
            "trace_id": row.trace_id, "workflow_run_id": row.workflow_run_id, "user_email": USER_EMAIL}


def active_item(row: DeviceRow) -> dict[str, Any]:
    """ActiveDeviceSessionItem."""
    width, height = row.device.size
    return {**_common(row), "screen_width": width, "screen_height": height, "whep_url": _whep(row),
            "started_at": iso(row.created_at), "created_at": iso(row.created_at), "has_test_execution": False,
            "user_id": USER_ID,
            "source_metadata": {}, "test_id": None, "test_name": None, "app_package": row.app_package,
            "last_activity_at": iso(row.last_activity), "idle_timeout_seconds": row.idle_timeout,
            "can_interact": True, "can_cancel": True, "interaction_disabled_reason": None}


def history_item(row: DeviceRow) -> dict[str, Any]:
    """DeviceSessionsSessionHistoryItem."""
    return {**_common(row), "app_id": row.app_id, "build_id": row.build_id, "app_name": None,
            "build_version": None, "source_metadata": {}, "created_at": iso(row.created_at),
            "started_at": iso(row.created_at), "ended_at": iso(row.ended_at),
            "duration_seconds": row.duration(), "error_message": row.error_message,
            "report_id": row.report_id, "has_video": False, "step_count": len(row.steps),
            "test_execution_id": None, "test_id": None, "test_name": None,
            "workflow_execution_id": None, "workflow_name": None}


def detail(row: DeviceRow) -> dict[str, Any]:
    """DeviceSessionDetailItem."""
    item = history_item(row)
    width, height = row.device.size
    return {**item, "whep_url": _whep(row) if row.active else None, "screen_width": width,
            "screen_height": height, "action_count": len(row.actions), "has_test_execution": False,
            "user_id": USER_ID, "can_interact": row.active, "can_cancel": row.active,
            "interaction_disabled_reason": None if row.active else "Session has ended"}


def step_result(row: DeviceRow, step: StepRun, status: str) -> dict[str, Any]:
    """LiveStepResponse (DEVICES.md §3.5) of a finished step."""
    outcome = step.script.outcome if status != "cancelled" else "cancelled"
    output: dict[str, Any] = {"status": status, "status_reason": _reason(step, outcome),
                              "metadata": {"cancelled": status == "cancelled"}}
    if step.step_type == "validation":
        output["validation_result"] = outcome == "passed"
    if step.step_type == "extract" and outcome == "passed":
        value = step.script.value if step.script.value is not None else "; ".join(row.device.visible_texts())
        output.update(variable_name=step.metadata.get("variable_name"), variable_value=value,
                      extracted_data={"information": value})
    return {"success": outcome == "passed", "step_type": step.step_type, "step_id": step.id,
            "workflow_run_id": row.workflow_run_id, "session_id": row.id, "step_output": output}


def step_reason(step: StepRun, status: str) -> str | None:
    """Why a step of a session's report did not pass (`status` as the report says it)."""
    if status in ("running", "passed"):
        return None
    return _reason(step, "cancelled" if status == "cancelled" else step.script.outcome)


def _reason(step: StepRun, outcome: str) -> str | None:
    if step.script.reason is not None:
        return step.script.reason
    return {"passed": None, "cancelled": "Step was cancelled",
            "error": "The agent could not complete the step"}.get(
        outcome, f"Not satisfied: {step.description}")
