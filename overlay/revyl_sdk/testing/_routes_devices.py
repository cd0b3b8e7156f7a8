"""Device sessions: start, wait for the worker, act through the proxy, list, report, stop.

The routes the pinned spec lists answer with its schemas (checked by the emulator's
tests); the proxied worker actions answer as DEVICES.md describes (`_device_proxy`).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from . import _device_proxy as proxy
from . import _device_render as render
from . import _device_report as device_report
from ._device import DEMO_BUNDLE, SCREENS, SimulatedDevice
from ._device_sessions import DeviceAction, DeviceRow
from ._http import store_of
from ._records import new_id
from ._store import ORG_ID, NotFound, Store

router = APIRouter()

_SERVER_IDLE_DEFAULT = 300  # the CLI's comment on the server's default (DEVICES.md §2.2, uncertain)


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


def _row(store: Store, workflow_run_id: str) -> DeviceRow:
    row = store.devices.sessions.get(workflow_run_id)
    if row is None:
        raise NotFound("Device session not found")
    row.refresh(time.time())
    return row


def _by_session(store: Store, session_id: str) -> DeviceRow:
    row = store.devices.by_session_id(session_id)
    if row is None:
        raise NotFound("Device session not found")
    row.refresh(time.time())
    return row


@router.post("/api/v1/execution/start_device")
async def start_device(request: Request, body: StartDeviceBody) -> dict[str, Any]:
    store = store_of(request)
    platform = body.platform.lower()
    if platform not in SCREENS:
        raise HTTPException(400, f"Unsupported platform '{body.platform}': expected ios or android")
    with store.lock:
        if body.app_id is not None:
            store.app(str(body.app_id))
        if body.build_id is not None:
            store.build(str(body.build_id))
        installed = any(v is not None for v in (body.app_id, body.build_id, body.app_url))
        device = SimulatedDevice(platform, app_installed=installed)
        if installed:
            device.launch(DEMO_BUNDLE)
        client = request.headers.get("x-revyl-client", "")
        row = DeviceRow(
            id=str(body.session_id or new_id()), workflow_run_id=new_id(), platform=platform,
            source="cli" if client == "cli" else "api",
            idle_timeout=body.idle_timeout_seconds or _SERVER_IDLE_DEFAULT, device=device,
            config=store.devices.config, app_id=_str(body.app_id), build_id=_str(body.build_id),
            app_package=body.app_package or (DEMO_BUNDLE if installed else None),
            device_model=body.device_model, os_version=body.os_version)
        store.devices.sessions[row.workflow_run_id] = row
    return {"status": "queued", "platform": platform, "workflow_run_id": row.workflow_run_id,
            "session_id": row.id, "websocket_url": None,
            "iframe_url": f"{store.settings.app_url}/sessions/{row.id}", "message": "Device session starting",
            "error": None, "retry_allowed": None, "trace_id": row.trace_id}


def _str(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


@router.get("/api/v1/execution/streaming/worker-connection/{workflow_run_id}")
async def worker_connection(request: Request, workflow_run_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.worker_connection(_row(store, workflow_run_id), time.time())


@router.get("/api/v1/execution/device-sessions/active")
async def active_sessions(request: Request) -> dict[str, Any]:
    store = store_of(request)
    now = time.time()
    with store.lock:
        for row in store.devices.sessions.values():
            row.refresh(now)
        rows = sorted((r for r in store.devices.sessions.values() if r.active), key=lambda r: -r.created_at)
        return {"org_id": ORG_ID, "sessions": [render.active_item(r) for r in rows], "concurrency_limit": 3}


@router.get("/api/v1/execution/device-sessions/history")
async def session_history(request: Request, limit: int = Query(50, ge=1, le=100), offset: int = Query(0, ge=0),
                          source: str | None = None, platform: str | None = None, status: str | None = None,
                          search: str | None = None) -> dict[str, Any]:
    store = store_of(request)
    now = time.time()
    with store.lock:
        rows = []
        for row in sorted(store.devices.sessions.values(), key=lambda r: -r.created_at):
            row.refresh(now)
            if ((source and row.source != source) or (platform and row.platform != platform.lower())
                    or (status and row.status != status)
                    or (search and search.lower() not in (row.device_model or "").lower())):
                continue
            rows.append(row)
        page = [render.history_item(row) for row in rows[offset:offset + limit]]
        return {"sessions": page, "org_id": ORG_ID, "total": len(rows), "limit": limit, "offset": offset}


@router.get("/api/v1/execution/device-sessions/{session_id}")
async def session_detail(request: Request, session_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.detail(_by_session(store, session_id))


@router.post("/api/v1/execution/device/status/cancel/{workflow_run_id}")
async def stop_device(request: Request, workflow_run_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        row = _row(store, workflow_run_id)
        if not row.active:
            return {"success": False, "message": f"Session already ended ({row.status})",
                    "workflow_run_id": workflow_run_id, "db_updated": False, "hatchet_cancelled": False}
        # A bare session stopped on purpose ends `completed` (DEVICES.md §4.4).
        row.end("completed", time.time(), "Session stopped")
        return {"success": True, "message": "cancelled", "workflow_run_id": workflow_run_id,
                "db_updated": True, "hatchet_cancelled": True}


@router.get("/api/v1/reports-v3/reports/by-session/{session_id}/context")
async def session_report(request: Request, session_id: str, include_steps: bool = True,
                         include_actions: bool = True, include_llm_calls: bool = True) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        report = device_report.context(store, _by_session(store, session_id), time.time())
    if not include_steps:
        report["steps"] = []
    if not include_actions:
        for step in report["steps"]:
            step["actions"] = []
    return report


# -- the proxy ------------------------------------------------------------------------------

async def _body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


def _proxied(store: Store, row: DeviceRow, action: str, method: str, body: Any, answer: Response) -> Response:
    """Record the request; any answered request to a live session counts as activity."""
    now = time.time()
    row.actions.append(DeviceAction(action, method, body if isinstance(body, dict) else None,
                                    answer.status_code, now))
    if row.active and answer.status_code < 500:
        row.last_activity = now
    return answer


@router.get("/api/v1/execution/device-proxy/{workflow_run_id}/step_status/{step_id}")
async def step_status(request: Request, workflow_run_id: str, step_id: str) -> Response:
    store = store_of(request)
    with store.lock:
        row, now = _row(store, workflow_run_id), time.time()
        answer = proxy.gate(row, now) or _step_answer(row, step_id, lambda step: proxy.step_status(row, step, now))
        return _proxied(store, row, f"step_status/{step_id}", "GET", None, answer)


@router.post("/api/v1/execution/device-proxy/{workflow_run_id}/step_cancel/{step_id}")
async def step_cancel(request: Request, workflow_run_id: str, step_id: str) -> Response:
    store = store_of(request)
    with store.lock:
        row, now = _row(store, workflow_run_id), time.time()
        answer = proxy.gate(row, now) or _step_answer(row, step_id, lambda step: proxy.step_cancel(step, now))
        return _proxied(store, row, f"step_cancel/{step_id}", "POST", None, answer)


def _step_answer(row: DeviceRow, step_id: str, answer: Any) -> Response:
    step = row.steps.get(step_id)
    if step is None:
        return proxy.detail(404, "Step not found")
    response: Response = answer(step)
    return response


@router.get("/api/v1/execution/device-proxy/{workflow_run_id}/{action}")
async def proxy_get(request: Request, workflow_run_id: str, action: str) -> Response:
    store = store_of(request)
    with store.lock:
        row, now = _row(store, workflow_run_id), time.time()
        answer = proxy.gate(row, now, needs_device=action != "health") or proxy.read(row, action, now)
        return _proxied(store, row, action, "GET", None, answer)


@router.post("/api/v1/execution/device-proxy/{workflow_run_id}/{action}")
async def proxy_post(request: Request, workflow_run_id: str, action: str) -> Response:
    store = store_of(request)
    body = await _body(request)
    with store.lock:
        row, now = _row(store, workflow_run_id), time.time()
        answer = proxy.gate(row, now) or proxy.act(store.devices, row, action, body, now)
        return _proxied(store, row, action, "POST", body, answer)


def lose_device(store: Store, session_id: str) -> None:
    """The device disconnects: the proxy answers 502, the worker connection `failed`."""
    with store.lock:
        row = _by_session(store, session_id)
        row.lost = True
        row.end("failed", time.time(), "Device disconnected from its worker", "Device disconnected")

