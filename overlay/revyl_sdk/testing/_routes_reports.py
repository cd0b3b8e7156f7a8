"""Run reports (reports-v3): the report by execution, its high-context form, device logs (of a
run's report or a device session's)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from . import _device_report as device_report
from . import _run_reports as reports
from ._http import store_of
from ._records import TestTask
from ._store import Store

router = APIRouter()


def _reported_task(store: Store, execution_id: str) -> TestTask:
    """The run, if it has a report; else the backend's "use the legacy report" 404."""
    task = store.test_tasks.get(execution_id)
    if task is None or not reports.has_report(task):
        raise HTTPException(404, {"message": "No v3 report for this execution", "use_legacy": True})
    return task


@router.get("/api/v1/reports-v3/reports/by-execution/{execution_id}")
async def report_by_execution(request: Request, execution_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return reports.report(store, _reported_task(store, execution_id))


@router.get("/api/v1/reports-v3/reports/by-execution/{execution_id}/context")
async def report_context(request: Request, execution_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return reports.context(store, _reported_task(store, execution_id), store.settings.app_url)


@router.get("/api/v1/reports-v3/reports/{report_id}/device-logs")
async def device_logs(request: Request, report_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        task = reports.task_of_report(store, report_id)
        session = store.devices.by_report_id(report_id)
        if task is not None:
            logs = reports.device_logs(store, task)
        elif session is not None:
            logs = device_report.device_logs(store, session)
        else:
            raise HTTPException(404, "Report not found")
    if logs is None:
        raise HTTPException(404, "No device logs for this report")
    return logs
