"""Lookups over definitions: test lists, workflow info, workflows with their last run.

The CLI resolves a name or id through these before it runs, shows or cancels anything
(`revyl workflow run|status|history`, `revyl test remote`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from . import _render as render
from . import _render_history as history
from ._http import store_of
from ._records import Workflow, WorkflowTask
from ._store import Store

router = APIRouter()


@router.get("/api/v1/tests/get_simple_tests")
async def simple_tests(request: Request, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """SimpleTestListResponse, newest first; `count` is every test of the org."""
    store = store_of(request)
    with store.lock:
        tests = sorted(store.tests.values(), key=lambda t: t.created_at, reverse=True)
        page = tests[max(offset, 0):max(offset, 0) + max(limit, 0)]
        items = [history.simple_test(store, test) for test in page]
        return {"tests": items, "count": len(tests)}


@router.get("/api/v1/workflows/get_workflow_info")
async def workflow_info(request: Request, workflow_id: str) -> dict[str, Any]:
    """The workflow row, flat (the spec leaves the answer untyped)."""
    store = store_of(request)
    with store.lock:
        return render.workflow(store.workflow(workflow_id))


@router.get("/api/v1/workflows/get_info/{workflow_id}")
async def workflow_summary(request: Request, workflow_id: str) -> dict[str, Any]:
    """The workflow with each test's name, platform and last run, wrapped in `data` (untyped)."""
    store = store_of(request)
    with store.lock:
        workflow = store.workflow(workflow_id)
        tests = [store.tests[test_id] for test_id in workflow.test_ids if test_id in store.tests]
        return {"data": {**render.workflow(workflow),
                         "test_info": [history.test_info(store, test) for test in tests]}}


def _runs_of(store: Store, workflow: Workflow) -> list[WorkflowTask]:
    return sorted((t for t in store.workflow_tasks.values() if t.workflow.id == workflow.id),
                  key=lambda t: t.created_at, reverse=True)


@router.get("/api/v1/workflows/get_with_last_status")
async def workflows_with_last_status(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    history_limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    """GetWorkflowsWithLastStatusResponse, newest workflow first."""
    store = store_of(request)
    with store.lock:
        workflows = sorted(store.workflows.values(), key=lambda w: w.created_at, reverse=True)
        page = workflows[offset:offset + limit]
        data = [history.workflow_with_last_status(w, _runs_of(store, w)[:history_limit])
                for w in page]
    return {"data": data, "count": len(data), "total_count": len(workflows), "offset": offset,
            "limit": limit, "has_more": offset + len(data) < len(workflows),
            "total_workflows_wow": None, "passing_workflows_wow": None,
            "failing_workflows_wow": None, "not_run_workflows_wow": None}
