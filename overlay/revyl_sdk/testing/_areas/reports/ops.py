"""Run reports: which run or device session a report belongs to, and share links to them."""

from __future__ import annotations

import secrets
from typing import Any

from ..._state.errors import ApiError
from ..._state.runs import TestTask
from ..._state.store import Store
from ..devices import report as session_report
from . import run_report


def new_share_token() -> str:
    return secrets.token_urlsafe(16)


def share_origin(store: Store, origin: str | None, expiration_hours: int | None) -> str:
    """The link base: Revyl accepts only its app origins (here also the configured and local ones);
    `expiration_hours` null means the link never expires, zero or fewer is refused."""
    chosen = (origin or "https://app.revyl.ai").rstrip("/")
    allowed = {"https://app.revyl.ai", store.settings.app_url.rstrip("/")}
    if chosen not in allowed and not chosen.startswith(("http://localhost", "http://127.0.0.1")):
        raise ApiError(400, f"Origin '{chosen}' is not allowed")
    if expiration_hours is not None and expiration_hours <= 0:
        raise ApiError(400, "expiration_hours must be positive, or null for no expiry")
    return chosen


def share_test_run(store: Store, task_id: str) -> str:
    """The run's share token, made on first use."""
    task = store.runs.require_test(task_id)
    task.share_token = task.share_token or new_share_token()
    return task.share_token


def reported_task(store: Store, execution_id: str) -> TestTask:
    """The run, if it has a report; else the backend's "use the legacy report" 404."""
    task = store.runs.tests.get(execution_id)
    if task is None or not run_report.has_report(task):
        raise ApiError(404, {"message": "No v3 report for this execution", "use_legacy": True})
    return task


def device_logs(store: Store, report_id: str) -> dict[str, Any]:
    """The device logs of a run's report or a device session's; 404 if there are none."""
    task = run_report.task_of_report(store, report_id)
    session = store.devices.by_report_id(report_id)
    if task is not None:
        logs = run_report.device_logs(store, task)
    elif session is not None:
        logs = session_report.device_logs(store, session)
    else:
        raise ApiError(404, "Report not found")
    if logs is None:
        raise ApiError(404, "No device logs for this report")
    return logs
