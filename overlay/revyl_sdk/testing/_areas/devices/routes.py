"""Device sessions: start, wait for the worker, act through the proxy, list, report, stop.

The routes the pinned spec lists answer with its schemas (checked by the emulator's
tests); the proxied worker actions answer as DEVICES.md describes (`proxy`).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from ..._server.deps import LockedStore, UnlockedStore
from ..._state.devices import DeviceRow
from ..._state.store import ORG_ID
from . import ops, proxy, report, shapes

router = APIRouter()


class StartDeviceBody(BaseModel):
    """The fields of `StartDeviceInfo` the emulator reads; others are accepted and ignored."""

    platform: str = "android"
    is_simulation: bool = False
    idle_timeout_seconds: int | None = None
    test_id: uuid.UUID | None = None
    app_id: uuid.UUID | None = None
    build_id: uuid.UUID | None = None
    app_url: str | None = None
    app_package: str | None = None
    env_vars: dict[str, str] | None = None
    device_model: str | None = None
    os_version: str | None = None
    session_id: uuid.UUID | None = None


@router.post("/api/v1/execution/start_device")
async def start_device(request: Request, store: LockedStore, body: StartDeviceBody) -> dict[str, Any]:
    row = ops.start(store, platform=body.platform,
                    source="cli" if request.headers.get("x-revyl-client", "") == "cli" else "api",
                    session_id=body.session_id, idle_timeout_seconds=body.idle_timeout_seconds,
                    app_id=body.app_id, build_id=body.build_id, app_url=body.app_url,
                    app_package=body.app_package, device_model=body.device_model,
                    os_version=body.os_version)
    return {"status": "queued", "platform": row.platform, "workflow_run_id": row.workflow_run_id,
            "session_id": row.id, "websocket_url": None,
            "iframe_url": f"{store.settings.app_url}/sessions/{row.id}", "message": "Device session starting",
            "error": None, "retry_allowed": None, "trace_id": row.trace_id}


@router.get("/api/v1/execution/streaming/worker-connection/{workflow_run_id}")
async def worker_connection(store: LockedStore, workflow_run_id: str) -> dict[str, Any]:
    return shapes.worker_connection(ops.row(store, workflow_run_id), time.time())


@router.get("/api/v1/execution/device-sessions/active")
async def active_sessions(store: LockedStore) -> dict[str, Any]:
    rows = [r for r in ops.refreshed_newest_first(store) if r.active]
    return {"org_id": ORG_ID, "sessions": [shapes.active_item(r) for r in rows], "concurrency_limit": 3}


@router.get("/api/v1/execution/device-sessions/history")
async def session_history(store: LockedStore, limit: int = Query(50, ge=1, le=100), offset: int = Query(0, ge=0),
                          source: str | None = None, platform: str | None = None, status: str | None = None,
                          search: str | None = None) -> dict[str, Any]:
    rows = [row for row in ops.refreshed_newest_first(store)
            if not ((source and row.source != source) or (platform and row.platform != platform.lower())
                    or (status and row.status != status)
                    or (search and search.lower() not in (row.device_model or "").lower()))]
    page = [shapes.history_item(row) for row in rows[offset:offset + limit]]
    return {"sessions": page, "org_id": ORG_ID, "total": len(rows), "limit": limit, "offset": offset}


@router.get("/api/v1/execution/device-sessions/{session_id}")
async def session_detail(store: LockedStore, session_id: str) -> dict[str, Any]:
    return shapes.detail(ops.by_session(store, session_id))


@router.post("/api/v1/execution/device/status/cancel/{workflow_run_id}")
async def stop_device(store: LockedStore, workflow_run_id: str) -> dict[str, Any]:
    stopped = ops.stop(store, workflow_run_id)
    if stopped is None:
        status = ops.row(store, workflow_run_id).status
        return {"success": False, "message": f"Session already ended ({status})",
                "workflow_run_id": workflow_run_id, "db_updated": False, "hatchet_cancelled": False}
    return {"success": True, "message": "cancelled", "workflow_run_id": workflow_run_id,
            "db_updated": True, "hatchet_cancelled": True}


@router.get("/api/v1/reports-v3/reports/by-session/{session_id}/context")
async def session_report(store: LockedStore, session_id: str, include_steps: bool = True,
                         include_actions: bool = True, include_llm_calls: bool = True) -> dict[str, Any]:
    context = report.context(store, ops.by_session(store, session_id), time.time())
    if not include_steps:
        context["steps"] = []
    if not include_actions:
        for step in context["steps"]:
            step["actions"] = []
    return context


# -- the proxy ------------------------------------------------------------------------------

async def _body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


def _proxied(row: DeviceRow, action: str, method: str, body: Any, answer: Response) -> Response:
    ops.record_action(row, action, method, body if isinstance(body, dict) else None, answer.status_code)
    return answer


@router.get("/api/v1/execution/device-proxy/{workflow_run_id}/step_status/{step_id}")
async def step_status(store: LockedStore, workflow_run_id: str, step_id: str) -> Response:
    row, now = ops.row(store, workflow_run_id), time.time()
    answer = proxy.gate(row, now) or _step_answer(row, step_id, lambda step: proxy.step_status(row, step, now))
    return _proxied(row, f"step_status/{step_id}", "GET", None, answer)


@router.post("/api/v1/execution/device-proxy/{workflow_run_id}/step_cancel/{step_id}")
async def step_cancel(store: LockedStore, workflow_run_id: str, step_id: str) -> Response:
    row, now = ops.row(store, workflow_run_id), time.time()
    answer = proxy.gate(row, now) or _step_answer(row, step_id, lambda step: proxy.step_cancel(step, now))
    return _proxied(row, f"step_cancel/{step_id}", "POST", None, answer)


def _step_answer(row: DeviceRow, step_id: str, answer: Any) -> Response:
    step = row.steps.get(step_id)
    if step is None:
        return proxy.detail(404, "Step not found")
    response: Response = answer(step)
    return response


@router.get("/api/v1/execution/device-proxy/{workflow_run_id}/{action}")
async def proxy_get(store: LockedStore, workflow_run_id: str, action: str) -> Response:
    row, now = ops.row(store, workflow_run_id), time.time()
    answer = proxy.gate(row, now, needs_device=action != "health") or proxy.read(row, action, now)
    return _proxied(row, action, "GET", None, answer)


@router.post("/api/v1/execution/device-proxy/{workflow_run_id}/{action}")
async def proxy_post(request: Request, store: UnlockedStore, workflow_run_id: str, action: str) -> Response:
    body = await _body(request)  # read before locking: the body may still be arriving
    with store.lock:
        row, now = ops.row(store, workflow_run_id), time.time()
        answer = proxy.gate(row, now) or proxy.act(store.devices, row, action, body, now)
        return _proxied(row, action, "POST", body, answer)
