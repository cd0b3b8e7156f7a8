"""The JSON shapes a test run's report and a device session's report share (the spec's
`ReportContextStepResponse`, `ReportContextActionResponse` and the step counts)."""

from __future__ import annotations

import uuid
from typing import Any

from .media import Media, png

_GREY, _GREEN, _RED = (90, 90, 90), (46, 160, 67), (207, 34, 46)


def report_step(*, step_id: str, report_id: str, order: int, step_type: str, description: str, status: str,
                reason: str | None, started: str | None, finished: str | None,
                actions: list[dict[str, Any]]) -> dict[str, Any]:
    """ReportContextStepResponse. `status`: passed, failed, running, pending or cancelled;
    `reason`: why it failed (a validation that held says so itself)."""
    failed = status == "failed"
    judged = step_type == "validation" and status in ("passed", "failed")
    return {
        "id": step_id, "report_id": report_id, "parent_step_id": None,
        "execution_order": order, "node_id": None, "step_type": step_type, "step_description": description,
        "success": None if status in ("pending", "running") else status == "passed",
        "error_message": reason if failed else None,
        "started_at": started, "completed_at": finished, "created_at": started,
        "status": status, "status_reason": reason if failed else None,
        "effective_status": status, "effective_status_reason": reason if failed else None,
        "validation_result": status == "passed" if judged else None,
        "validation_reasoning": ("The expected screen was shown" if status == "passed" else reason) if judged else None,
        "actions": actions,
    }


def screenshot_action(media: Media, step_id: str, order: int, *, validation: bool, description: str,
                      failed: bool, started: str | None, finished: str | None) -> dict[str, Any]:
    """ReportContextActionResponse: a step's one action, with a grey screenshot before and a
    green (or, when the step failed, red) one after."""
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{step_id}/action/0")), "step_id": step_id,
        "action_index": 0, "action_type": "validate" if validation else "tap",
        "agent_description": f"{'Checked' if validation else 'Did'}: {description}",
        "reasoning": None, "is_terminal": failed,
        "screenshot_before_url": media.url(f"step-{order:02d}-before.png", png(36, 64, _GREY)),
        "screenshot_after_url": media.url(f"step-{order:02d}-after.png", png(36, 64, _RED if failed else _GREEN)),
        "started_at": started, "completed_at": finished, "created_at": started,
    }


def counts(steps: list[dict[str, Any]]) -> dict[str, int]:
    """The report's step and validation counts, from its steps."""
    statuses = [step["effective_status"] for step in steps]
    validations = [step for step in steps if step["step_type"] == "validation"]
    return {
        "total_steps": len(steps), "passed_steps": statuses.count("passed"),
        "failed_steps": statuses.count("failed"), "warning_steps": 0,
        "total_validations": len(validations),
        "validations_passed": sum(step["validation_result"] is True for step in validations),
        "effective_passed_steps": statuses.count("passed"), "effective_warning_steps": 0,
        "effective_failed_steps": statuses.count("failed"),
        "effective_running_steps": statuses.count("running"),
        "effective_pending_steps": statuses.count("pending") + statuses.count("cancelled"),
    }
