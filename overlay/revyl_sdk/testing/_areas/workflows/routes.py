"""`/api/v1/workflows/*` and the workflow-run endpoints: create, look up, run, poll, history,
cancel (both paths), share links, the unified report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..._server.bodies import (
    GenerateWorkflowShareableLinkRequest,
    UnifiedWorkflowReportRequest,
    WorkflowData,
    WorkflowInfo,
)
from ..._server.deps import LockedStore
from ..._state.store import Store
from . import ops, shapes

router = APIRouter()


@router.post("/api/v1/workflows/create")
async def create_workflow(store: LockedStore, body: WorkflowData) -> dict[str, Any]:
    workflow = ops.add_workflow(store, body.name, [str(test_id) for test_id in body.tests])
    return {"data": shapes.workflow(workflow)}


@router.post("/api/v1/execution/api/execute_workflow_id_async")
async def execute_workflow(store: LockedStore, body: WorkflowInfo) -> dict[str, Any]:
    config = body.build_config if body.override_build_config else None
    task = ops.start_run(store, str(body.workflow_id), config)
    return {"status": "queued", "message": "Workflow execution queued", "id": task.id,
            "task_id": task.id}


@router.post("/api/v1/workflow-executions")
async def execute_workflow_cli(store: LockedStore, body: WorkflowInfo) -> dict[str, Any]:
    """How `revyl workflow run` (CLI 0.1.195) starts a run; no published spec lists the route."""
    return await execute_workflow(store, body)


@router.get("/api/v1/workflows/status/{task_id}")
async def workflow_status(store: LockedStore, task_id: str) -> dict[str, Any]:
    return shapes.run_status(store.runs.require_workflow(task_id))


@router.get("/api/v1/workflows/status/history/{workflow_id}")
async def workflow_history(
    store: LockedStore,
    workflow_id: str,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    start_date: str | None = None,
) -> dict[str, Any]:
    runs = ops.history(store, workflow_id, start_date)
    return shapes.history(store.workflows.require(workflow_id), runs, offset, limit)


def _cancel(store: Store, task_id: str) -> dict[str, Any]:
    task, cancelled = ops.cancel_run(store, task_id)
    if cancelled:
        return {"message": "Workflow cancelled", "success": True, "task_id": task.id}
    return {"message": f"Workflow cannot be cancelled: it is already {task.status}",
            "success": False, "task_id": task.id}


@router.post("/api/v1/execution/api/v1/workflows/status/cancel/{task_id}")
async def cancel_workflow(store: LockedStore, task_id: str) -> dict[str, Any]:
    return _cancel(store, task_id)


@router.post("/api/v1/workflows/status/cancel/{task_id}")
async def cancel_workflow_hidden(store: LockedStore, task_id: str) -> dict[str, Any]:
    """The route the CLI uses; the backend serves it but hides it from the spec."""
    return _cancel(store, task_id)


@router.post("/api/v1/workflows/share/generate_shareable_link")
async def share_workflow(store: LockedStore, body: GenerateWorkflowShareableLinkRequest) -> dict[str, Any]:
    origin = ops.share_origin(store, body.origin, body.expiration_hours)
    task, created = ops.share_run(store, body.workflow_task_id, body.include_child_tests)
    return {"shareable_link": f"{origin}/shared/workflow/{task.share_token}",
            "child_links_created": created if body.include_child_tests else None}


@router.post("/api/v1/workflows/share/unified-report")
async def unified_report(store: LockedStore, body: UnifiedWorkflowReportRequest) -> dict[str, Any]:
    task = ops.shared_run(store, body.workflow_task_id, body.token)
    return shapes.unified_report(task, public=body.workflow_task_id is None)


@router.get("/api/v1/workflows/get_with_last_status")
async def workflows_with_last_status(
    store: LockedStore,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    history_limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    workflows = sorted(store.workflows.rows.values(), key=lambda workflow: workflow.created_at)
    page = workflows[offset:offset + limit]
    return {"data": [shapes.with_last_status(store, workflow, history_limit) for workflow in page],
            "count": len(page), "total_count": len(workflows), "offset": offset,
            "limit": limit, "has_more": offset + len(page) < len(workflows)}


@router.get("/api/v1/workflows/get_workflow_info")
async def workflow_info(store: LockedStore, workflow_id: str) -> dict[str, Any]:
    return shapes.workflow(store.workflows.require(workflow_id))


@router.get("/api/v1/workflows/get_info/{workflow_id}")
async def workflow_summary(store: LockedStore, workflow_id: str) -> dict[str, Any]:
    """The workflow with each test's name, platform and last run, wrapped in `data` (untyped)."""
    return shapes.summary(store, store.workflows.require(workflow_id))
