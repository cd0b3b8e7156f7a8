"""Workflows: create, run, poll, history, cancel (both paths), share links, unified report."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from . import _lifecycle as lifecycle
from . import _render as render
from ._bodies import (
    GenerateWorkflowShareableLinkRequest,
    UnifiedWorkflowReportRequest,
    WorkflowData,
    WorkflowInfo,
)
from ._http import store_of
from ._records import Workflow, WorkflowTask, iso, new_id
from ._routes_tests import check_expiration, check_origin, new_test_task
from ._store import Store

router = APIRouter()


def add_workflow(store: Store, name: str, test_ids: list[str]) -> Workflow:
    with store.lock:
        for test_id in test_ids:
            store.test(test_id)
        workflow = Workflow(new_id(), name, list(test_ids))
        store.workflows[workflow.id] = workflow
    return workflow


@router.post("/api/v1/workflows/create")
async def create_workflow(request: Request, body: WorkflowData) -> dict[str, Any]:
    store = store_of(request)
    workflow = add_workflow(store, body.name, [str(test_id) for test_id in body.tests])
    return {"data": render.workflow(workflow)}


def _build_for(store: Store, build_config: dict[str, Any] | None, platform: str) -> str | None:
    """The build a workflow's `build_config` pins for `platform` (its app's current one)."""
    entry = (build_config or {}).get("ios_build" if platform == "iOS" else "android_build")
    if not isinstance(entry, dict) or not entry.get("app_id"):
        return None
    app = store.app(str(entry["app_id"]))
    version = entry.get("pinned_version")
    if version:
        matches = [b for b in store.builds_of(app.id) if b.version == version]
        if not matches:
            raise HTTPException(404, f"Build version '{version}' not found")
        return matches[0].id
    return app.current_build_id


@router.post("/api/v1/execution/api/execute_workflow_id_async")
async def execute_workflow(request: Request, body: WorkflowInfo) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        workflow = store.workflow(str(body.workflow_id))
        task_id = new_id()
        config = body.build_config if body.override_build_config else None
        children = []
        for test_id in workflow.test_ids:
            test = store.test(test_id)
            children.append(new_test_task(store, test, _build_for(store, config, test.platform),
                                          task_id))
        task = WorkflowTask(task_id, workflow, children)
        lifecycle.start_workflow(store, task)
    return {"status": "queued", "message": "Workflow execution queued", "id": task.id,
            "task_id": task.id}


@router.post("/api/v1/workflow-executions")
async def execute_workflow_cli(request: Request, body: WorkflowInfo) -> dict[str, Any]:
    """How `revyl workflow run` (CLI 0.1.195) starts a run; no published spec lists the route."""
    return await execute_workflow(request, body)


@router.get("/api/v1/workflows/status/{task_id}")
async def workflow_status(request: Request, task_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.workflow_status(store.workflow_task(task_id))


@router.get("/api/v1/workflows/status/history/{workflow_id}")
async def workflow_history(
    request: Request,
    workflow_id: str,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    start_date: str | None = None,
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        workflow = store.workflow(workflow_id)
        runs = sorted((t for t in store.workflow_tasks.values() if t.workflow.id == workflow.id),
                      key=lambda t: t.created_at, reverse=True)
        if start_date:
            runs = [t for t in runs if (iso(t.created_at) or "") >= start_date]
        finished = [t for t in runs if t.terminal]
        durations = [d for d in (t.duration_seconds() for t in finished) if d is not None]
        return {
            "workflow_id": workflow.id,
            "executions": [render.workflow_status(t) for t in runs[offset:offset + limit]],
            "total_count": len(runs),
            "success_rate": (round(100.0 * sum(bool(t.success) for t in finished) / len(finished), 1)
                             if finished else 0.0),
            "average_duration": sum(durations) / len(durations) if durations else None,
        }


def _cancel(request: Request, task_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        task = store.workflow_task(task_id)
        if lifecycle.cancel_workflow(store, task):
            return {"message": "Workflow cancelled", "success": True, "task_id": task.id}
        return {"message": f"Workflow cannot be cancelled: it is already {task.status}",
                "success": False, "task_id": task.id}


@router.post("/api/v1/execution/api/v1/workflows/status/cancel/{task_id}")
async def cancel_workflow(request: Request, task_id: str) -> dict[str, Any]:
    return _cancel(request, task_id)


@router.post("/api/v1/workflows/status/cancel/{task_id}")
async def cancel_workflow_hidden(request: Request, task_id: str) -> dict[str, Any]:
    """The route the CLI uses; the backend serves it but hides it from the spec."""
    return _cancel(request, task_id)


@router.post("/api/v1/workflows/share/generate_shareable_link")
async def share_workflow(request: Request,
                         body: GenerateWorkflowShareableLinkRequest) -> dict[str, Any]:
    store = store_of(request)
    origin = check_origin(body.origin, store.settings.app_url)
    check_expiration(body.expiration_hours)
    with store.lock:
        task = store.workflow_task(body.workflow_task_id)
        task.share_token = task.share_token or secrets.token_urlsafe(16)
        created = 0
        if body.include_child_tests:
            for child in task.children:
                if child.share_token is None:
                    child.share_token, created = secrets.token_urlsafe(16), created + 1
        return {"shareable_link": f"{origin}/shared/workflow/{task.share_token}",
                "child_links_created": created if body.include_child_tests else None}


@router.post("/api/v1/workflows/share/unified-report")
async def unified_report(request: Request, body: UnifiedWorkflowReportRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        if body.workflow_task_id:
            task = store.workflow_task(body.workflow_task_id)
        else:
            shared = [t for t in store.workflow_tasks.values()
                      if body.token and t.share_token == body.token]
            if not shared:
                raise HTTPException(404, "Shared report not found")
            task = shared[0]
        return {
            "workflow_task": render.workflow_task_info(task),
            "workflow_detail": {"id": task.workflow.id, "name": task.workflow.name,
                                "description": None, "tests": task.workflow.test_ids,
                                "run_config": None, "override_run_config": False,
                                "schedule": "No Schedule", "schedule_enabled": False,
                                "schedule_timezone": None,
                                "created_at": iso(task.workflow.created_at),
                                "updated_at": iso(task.workflow.created_at)},
            "test_info": [{"id": c.test.id, "name": c.test.name, "platform": c.test.platform}
                          for c in task.children],
            "child_tasks": [render.child_task(child) for child in task.children],
            "video_metadata": None,
            "child_share_status": {c.id: {"is_shared": c.share_token is not None}
                                   for c in task.children},
            "is_public_view": body.workflow_task_id is None,
        }
