"""Every device-session route of the emulator over raw HTTP, for the spec walk.

Each answer goes through the spec checker of the calling test (spec-listed routes against
the pinned spec, proxied actions against the SDK's declared models).
"""

from __future__ import annotations

import time
from typing import Any

import httpx
from revyl_sdk.testing import RevylEmulator

_PROXY = "/api/v1/execution/device-proxy/"
_POSTS: list[tuple[str, dict[str, Any]]] = [
    ("tap", {"x": 540, "y": 600}), ("double_tap", {"x": 540, "y": 600, "target": "Email"}),
    ("longpress", {"x": 10, "y": 10, "duration_ms": 500}),
    ("input", {"x": 540, "y": 605, "text": "qa@example.com", "clear_first": True}),
    ("swipe", {"x": 540, "y": 960, "direction": "up", "duration_ms": 300}),
    ("drag", {"start_x": 1, "start_y": 2, "end_x": 300, "end_y": 400}),
    ("pinch", {"x": 540, "y": 960, "scale": 0.5, "duration_ms": 300}), ("key", {"key": "BACKSPACE"}),
    ("back", {}), ("shake", {}), ("set_location", {"latitude": 48.85, "longitude": 2.35}),
    ("set_airplane_mode", {"enabled": True}), ("open_url", {"url": "https://revyl.ai"}),
    ("go_home", {}), ("launch", {"bundle_id": "com.example.revyldemo"}), ("kill_app", {}),
    ("install", {"app_url": "https://example.com/app.apk"}), ("launch", {}),
    ("resolve_target", {"target": "Sign in"}), ("resolve_target", {"target": "Nothing like it"}),
    ("tap_target", {"target": "Email"}), ("wait", {"duration_ms": 10}),
]


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.request.url, response.status_code, response.text)
    return response.json() if response.headers.get("content-type", "").startswith("application/json") else None


def until_ready(http: httpx.Client, wf: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        connection: dict[str, Any] = ok(http.get(f"/api/v1/execution/streaming/worker-connection/{wf}"))
        if connection["status"] == "ready":
            time.sleep(0.1)  # then the device connects
            return connection
        time.sleep(0.05)
    raise AssertionError(f"{wf} never became ready")


def walk_devices(emulator: RevylEmulator, http: httpx.Client) -> None:
    emulator.configure_devices(ready_seconds=1.0, connect_seconds=0.05, step_seconds=0.05)
    app_id = ok(http.post("/api/v1/apps/", json={"name": "Devices", "platform": "Android"}))["id"]
    bad = http.post("/api/v1/execution/start_device", json={"platform": "windows"})
    assert bad.status_code == 400
    started = ok(http.post("/api/v1/execution/start_device", json={
        "platform": "android", "is_simulation": True, "idle_timeout_seconds": 60, "app_id": app_id}))
    wf, session_id = started["workflow_run_id"], started["session_id"]
    proxy = f"{_PROXY}{wf}/"
    assert ok(http.get(f"/api/v1/execution/streaming/worker-connection/{wf}"))["status"] == "not_ready"
    assert http.get(proxy + "screenshot").status_code == 503
    connection = until_ready(http, wf)
    assert connection["worker_ws_url"] and connection["device_width"] == 1080
    assert ok(http.get(proxy + "health"))["device_connected"] is True
    for action, body in _POSTS:
        ok(http.post(proxy + action, json=body))
    assert http.post(proxy + "tap", json={"x": "left"}).status_code == 422
    assert http.post(proxy + "teleport", json={}).status_code == 404
    assert http.get(proxy + "screenshot").content.startswith(b"\x89PNG")
    assert http.get(proxy + "hierarchy").text.startswith("<?xml")

    emulator.script_step("*slow*", seconds=5)
    step_id = ok(http.post(proxy + "execute_step", json={
        "step_type": "instruction", "step_description": "a slow step"}), 202)["step_id"]
    busy = http.post(proxy + "execute_step", json={"step_type": "validation", "step_description": "x"})
    assert busy.status_code == 409
    assert ok(http.get(f"{proxy}step_status/{step_id}"))["status"] == "running"
    ok(http.post(f"{proxy}step_cancel/{step_id}"), 202)
    assert ok(http.get(f"{proxy}step_status/{step_id}"))["status"] == "cancelled"
    extract = ok(http.post(proxy + "execute_step", json={
        "step_type": "extract", "step_description": "the title", "metadata": {"variable_name": "t"}}), 202)
    time.sleep(0.08)
    done = ok(http.get(f"{proxy}step_status/{extract['step_id']}"))
    assert done["status"] == "completed" and done["result"]["step_output"]["variable_name"] == "t"
    assert http.get(f"{proxy}step_status/unknown").status_code == 404

    assert ok(http.get("/api/v1/execution/device-sessions/active"))["sessions"][0]["id"] == session_id
    assert ok(http.get(f"/api/v1/execution/device-sessions/{session_id}"))["status"] == "running"
    report = ok(http.get(f"/api/v1/reports-v3/reports/by-session/{session_id}/context",
                         params={"include_llm_calls": "false"}))
    assert report["total_steps"] == 2 and report["hardware_metrics_url"]
    assert ok(http.post(f"/api/v1/execution/device/status/cancel/{wf}"))["success"] is True
    assert ok(http.post(f"/api/v1/execution/device/status/cancel/{wf}"))["success"] is False
    assert http.post(proxy + "tap", json={"x": 1, "y": 1}).status_code == 404
    assert ok(http.get(f"/api/v1/execution/streaming/worker-connection/{wf}"))["status"] == "stopped"

    lost = ok(http.post("/api/v1/execution/start_device", json={"platform": "ios"}))
    emulator.lose_device(lost["session_id"])
    assert http.get(f"{_PROXY}{lost['workflow_run_id']}/health").status_code == 502
    history = ok(http.get("/api/v1/execution/device-sessions/history", params={"limit": 1, "offset": 1}))
    assert history["total"] == 2 and history["sessions"][0]["id"] == session_id
    assert ok(http.get("/api/v1/execution/device-sessions/history",
                       params={"platform": "ios", "status": "failed"}))["total"] == 1
    assert http.get("/api/v1/execution/device-sessions/history", params={"limit": 101}).status_code == 422
    assert http.get("/api/v1/execution/device-sessions/00000000-0000-4000-8000-000000000000").status_code == 404
