"""Run reports (reports-v3): the report by execution, its high-context form, device logs (of a
run's report or a device session's); share links to a run's report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..._server.bodies import ShareableReportByTaskModel
from ..._server.deps import LockedStore
from . import ops, run_report

router = APIRouter()


@router.get("/api/v1/reports-v3/reports/by-execution/{execution_id}")
async def report_by_execution(store: LockedStore, execution_id: str) -> dict[str, Any]:
    return run_report.report(store, ops.reported_task(store, execution_id))


@router.get("/api/v1/reports-v3/reports/by-execution/{execution_id}/context")
async def report_context(store: LockedStore, execution_id: str) -> dict[str, Any]:
    return run_report.context(store, ops.reported_task(store, execution_id), store.settings.app_url)


@router.get("/api/v1/reports-v3/reports/{report_id}/device-logs")
async def device_logs(store: LockedStore, report_id: str) -> dict[str, Any]:
    return ops.device_logs(store, report_id)


@router.post("/api/v1/report/async-run/generate_shareable_report_link_by_task")
async def share_test_report(store: LockedStore, body: ShareableReportByTaskModel) -> dict[str, Any]:
    origin = ops.share_origin(store, body.origin, body.expiration_hours)
    return {"shareable_link": f"{origin}/shared/report/{ops.share_test_run(store, body.task_id)}"}
