"""What happened in past runs: a test's execution history and the report of one run.

`revyl test status|history|report|share <test>` read the latest runs here; the report
context is the reports-v3 view (`/by-execution/{task_id}/context`) of one test run.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from . import _render_history as render
from ._http import store_of
from ._store import NotFound

router = APIRouter()


@router.get("/api/v1/tests/get_test_enhanced_history")
async def test_history(
    request: Request,
    test_id: str,
    limit: Annotated[int, Query(ge=1)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    status: str | None = None,
    sort_order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
) -> dict[str, Any]:
    """TestEnhancedHistoryResponse: the test's runs (standalone or in workflows), newest first."""
    store = store_of(request)
    with store.lock:
        test = store.test(test_id)
        runs = sorted((t for t in store.test_tasks.values() if t.test.id == test.id),
                      key=lambda t: t.created_at, reverse=sort_order == "desc")
        if status:
            runs = [t for t in runs if t.status == status]
        items = [render.history_item(task) for task in runs[offset:offset + limit]]
    return {"items": items, "total_count": len(runs), "requested_count": limit,
            "found_count": len(items)}


@router.get("/api/v1/reports-v3/reports/by-execution/{execution_id}/context")
async def report_context(request: Request, execution_id: str,
                         include_steps: bool = True) -> dict[str, Any]:
    """ReportContextResponse of a test run; steps as far as the run got (no actions, no LLM calls)."""
    store = store_of(request)
    with store.lock:
        task = store.test_tasks.get(execution_id)
        if task is None:
            raise NotFound("Report not found")
        app = store.apps.get(task.test.app_id or "")
        build = store.builds.get(task.build_id or "")
        return render.report_context(task, store.settings.app_url, include_steps,
                                     app.name if app else None, build.version if build else None)
