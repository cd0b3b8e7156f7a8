"""Every route the emulator serves answers as Revyl's spec says (the emulator cannot drift).

One scenario walks all routes over raw HTTP with each answer validated by openapi-core
(see `_spec.py` for the two hidden routes); the last assertion proves none was skipped.
SSE payloads are validated against the component schemas of the pinned spec.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _device_walk import walk_devices
from _emu_support import SpecChecker, checked_client, served_routes
from _manage_walk import walk_management
from httpx_sse import connect_sse
from revyl_sdk import Revyl
from revyl_sdk.testing import RevylEmulator, write_dummy_apk, write_dummy_ios_app

YAML = """\
test:
  metadata:
    name: Login
    platform: android
  build:
    name: Shop
  variables:
    user: qa
  blocks:
    - type: instructions
      step_description: Sign in as {{user}}
    - type: if
      condition: A promo dialog is visible
      then:
        - type: instructions
          step_description: Close the dialog
    - type: validation
      step_description: The home screen is visible
"""
PART = 64 * 1024


@pytest.fixture
def walk() -> Iterator[tuple[RevylEmulator, httpx.Client, httpx.Client, SpecChecker]]:
    """An emulator, API and object-store clients that check every answer, and the checker."""
    checker = SpecChecker(served_routes())
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01, part_size=PART,
                       heartbeat_seconds=0.05) as emulator, checked_client(
            emulator, checker, base_url=emulator.base_url,
            headers={"Authorization": f"Bearer {emulator.api_key}"}) as http, checked_client(
            emulator, checker) as s3:
        yield emulator, http, s3, checker


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, (response.request.url, response.text)
    return response.json()


def wait_until_done(http: httpx.Client, url: str, **params: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        status = ok(http.get(url, params=params))
        if status["status"] in ("completed", "failed", "cancelled", "timeout"):
            return dict(status)
        time.sleep(0.02)
    raise AssertionError(f"{url} never finished")


def upload_builds(http: httpx.Client, s3: httpx.Client, app_id: str,
                  tmp_path: Path) -> dict[str, str]:
    """Every upload flow once; the build id each produced."""
    apk = write_dummy_apk(tmp_path / "app.apk").read_bytes()
    made: dict[str, str] = {}

    session = ok(http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                           params={"source": "sdk_upload"},
                           json={"version": "1.0.0", "file_name": "app.apk"}))
    put = s3.put(session["upload_url"], content=apk,
                    headers={"Content-Type": session["content_type"]})
    assert put.status_code == 200 and put.headers["ETag"] == f'"{hashlib.md5(apk).hexdigest()}"'
    made["session"] = ok(http.post(f"/api/v1/apps/{app_id}/builds", json={
        "upload_id": session["upload_id"], "version": "1.0.0", "metadata": {"source": "sdk"},
        "set_as_current": True}))["id"]

    big = write_padded_apk(tmp_path / "big.apk")
    start = ok(http.post(f"/api/v1/apps/{app_id}/builds/multipart-upload/start",
                         json={"version": "2.0.0", "file_name": "big.apk", "file_size": len(big)}))
    size = start["part_size"]
    etags = []
    for part in start["parts"][:-1]:
        offset = (part["part_number"] - 1) * size
        etags.append(s3.put(part["upload_url"], content=big[offset:offset + size]).headers["ETag"])
    resumed = ok(http.post(f"/api/v1/apps/{app_id}/builds/multipart-upload/resume", json={
        "upload_id": start["upload_id"], "s3_upload_id": start["s3_upload_id"],
        "version": "2.0.0", "file_name": "big.apk", "file_size": len(big)}))
    assert [p["etag"] for p in resumed["uploaded_parts"]] == etags
    last = resumed["parts"][-1]
    offset = (last["part_number"] - 1) * size
    etags.append(s3.put(last["upload_url"], content=big[offset:]).headers["ETag"])
    xml = "<CompleteMultipartUpload>" + "".join(
        f"<Part><PartNumber>{n}</PartNumber><ETag>{etag}</ETag></Part>"
        for n, etag in enumerate(etags, 1)) + "</CompleteMultipartUpload>"
    completed = s3.post(start["complete_url"], content=xml,
                           headers={"Content-Type": "application/xml"})
    assert completed.status_code == 200 and "<CompleteMultipartUploadResult" in completed.text
    made["multipart"] = ok(http.post(f"/api/v1/apps/{app_id}/builds", json={
        "upload_id": start["upload_id"], "version": "2.0.0"}))["id"]

    abandoned = ok(http.post(f"/api/v1/apps/{app_id}/builds/multipart-upload/start",
                             json={"version": "2.1.0", "file_name": "a.apk", "file_size": 10}))
    assert s3.delete(abandoned["abort_url"]).status_code == 204

    legacy = ok(http.post(f"/api/v1/apps/{app_id}/builds/upload-url",
                          params={"version": "3.0.0", "file_name": "app.apk"}))
    s3.put(legacy["upload_url"], content=apk, headers={"Content-Type": legacy["content_type"]})
    extracted = ok(http.post(f"/api/v1/apps/builds/{legacy['version_id']}/extract-package-id"))
    assert extracted == {"package_id": "com.example.revyldemo", "error": None}
    ok(http.post(f"/api/v1/apps/builds/{legacy['version_id']}/complete-upload", json={
        "version_id": legacy["version_id"], "package_name": extracted["package_id"]}))
    made["legacy"] = legacy["version_id"]

    download = ok(http.get(f"/api/v1/apps/builds/{made['session']}",
                           params={"include_download_url": "true"}))["download_url"]
    assert s3.get(download).content == apk
    fetched = ok(http.post(f"/api/v1/apps/{app_id}/builds/from-url",
                           json={"from_url": download, "version": "4.0.0"}))
    assert fetched["package_name"] == "com.example.revyldemo" and fetched["was_reused"] is False
    again = ok(http.post(f"/api/v1/apps/{app_id}/builds/from-url",
                         json={"from_url": download, "version": "4.0.0"}))
    assert again["id"] == fetched["id"] and again["was_reused"] is True
    made["from_url"] = fetched["id"]
    return made


def write_padded_apk(path: Path) -> bytes:
    """An APK over two parts long (a stored, incompressible filler entry)."""
    write_dummy_apk(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("assets/filler.bin", os.urandom(2 * PART + 1000))
    return path.read_bytes()


def stream_events(http: httpx.Client, seconds: float) -> list[tuple[str, dict[str, Any]]]:
    events = []
    deadline = time.monotonic() + seconds
    with connect_sse(http, "GET", "/api/v1/monitor/stream/unified") as source:
        assert source.response.headers["content-type"].startswith("text/event-stream")
        for event in source.iter_sse():
            events.append((event.event, json.loads(event.data)))
            if time.monotonic() > deadline:
                break
    return events


def check_event(checker: SpecChecker, name: str, data: dict[str, Any]) -> None:
    if name == "initial_state":
        checker.check_schema("OrgWorkflowMonitorState", data)
        for item in data["running_tests"]:
            checker.check_schema("OrgTestMonitorItem-Input", item)
    elif name.startswith("test_") and name.endswith("_with_data"):
        outcome = name.removeprefix("test_").removesuffix("_with_data")
        checker.check_schema("CompletedTestData", data[f"{outcome}_test"])
        assert data["id"] == data["task_id"] and data["test_id"] and data["test_name"]
    elif name.startswith("test_"):
        checker.check_schema("OrgTestMonitorItem-Input", data["test"])
    elif name.startswith("workflow_"):
        checker.check_schema("OrgWorkflowMonitorItem", data["workflow"])
    else:
        assert name in ("connection_ready", "heartbeat"), name


def lookups_for_the_cli(http: httpx.Client, test_id: str, second: str, workflow_id: str,
                        task_id: str) -> None:
    """What Revyl's CLI reads before it runs or shows anything, after one run of each test."""
    assert ok(http.get("/health_check")) == {"status": "OK"}
    assert [t["id"] for t in ok(http.get("/api/v1/tests/get_simple_tests"))["tests"]] == [
        second, test_id]
    definition = ok(http.get("/api/v1/workflows/get_workflow_info",
                             params={"workflow_id": workflow_id}))
    assert definition["tests"] == [test_id, second]
    info = ok(http.get(f"/api/v1/workflows/get_info/{workflow_id}"))["data"]
    assert [t["last_status"] for t in info["test_info"]] == ["completed", "failed"]
    listed = ok(http.get("/api/v1/workflows/get_with_last_status", params={"history_limit": 1}))
    assert listed["data"][0]["last_execution"]["status"] == "failure"
    runs = ok(http.get("/api/v1/tests/get_test_enhanced_history", params={"test_id": test_id}))
    assert runs["total_count"] == 2 and runs["items"][-1]["id"] == task_id
    context = ok(http.get(f"/api/v1/reports-v3/reports/by-execution/{task_id}/context"))
    assert context["passed_steps"] == context["total_steps"] == len(context["steps"]) > 0


def test_every_route_answers_per_spec(
    walk: tuple[RevylEmulator, httpx.Client, httpx.Client, SpecChecker], tmp_path: Path
) -> None:
    emulator, http, s3, checker = walk
    ok(http.get("/api/v1/entity/users/get_user_uuid"))

    app_id = ok(http.post("/api/v1/apps/", json={"name": "Shop", "platform": "Android"}))["id"]
    ios_id = ok(http.post("/api/v1/apps/", json={"name": "Shop", "platform": "iOS"}))["id"]
    page = ok(http.get("/api/v1/apps/", params={"page_size": 1, "platform": "Android"}))
    assert page["total"] == 1 and page["items"][0]["id"] == app_id
    ok(http.patch(f"/api/v1/apps/{ios_id}", json={"description": "iPhone build"}))
    builds = upload_builds(http, s3, app_id, tmp_path)
    app = ok(http.get(f"/api/v1/apps/{app_id}"))
    assert app["versions_count"] == 4 and app["current_build_id"] == builds["session"]
    listed = ok(http.get(f"/api/v1/apps/{app_id}/builds",
                         params={"page": 2, "page_size": 3, "include_download_urls": "true"}))
    assert listed["total"] == 4 and listed["has_previous"] and len(listed["items"]) == 1
    ok(http.patch(f"/api/v1/apps/builds/{builds['legacy']}", json={"metadata": {"note": "x"}}))

    validation = ok(http.post("/api/v1/tests/yaml/validate-yaml", json={"yaml_content": YAML}))
    assert validation["is_valid"] and validation["errors"] == 0
    test_id = ok(http.post("/api/v1/tests/yaml/from-yaml", json={"yaml_content": YAML}))["test_id"]
    assert ok(http.get(f"/api/v1/tests/get_test_by_id/{test_id}"))["app_id"] == app_id
    blocks = ok(http.post("/api/v1/tests/yaml/conversion/yaml-to-blocks",
                          json={"yaml_content": YAML}))["converted_content"]
    text = ok(http.post("/api/v1/tests/yaml/conversion/blocks-to-yaml",
                        json={"blocks": blocks, "metadata": {"name": "Login"}}))["converted_content"]
    assert "Close the dialog" in text
    second = ok(http.post("/api/v1/tests/yaml/from-blocks", json={
        "blocks": blocks, "metadata": {"name": "Login again", "platform": "android"}}))["test_id"]

    emulator.script(second, outcome="failed", steps=3)
    run = ok(http.post("/api/v1/execution/api/execute_test_id_async",
                       json={"test_id": test_id, "build_version_id": builds["session"]}))
    events = stream_events(http, 0.6)
    status = wait_until_done(http, "/api/v1/tests/get_test_execution_task", task_id=run["task_id"])
    assert status["status"] == "completed" and status["success"] is True
    assert ok(http.post(f"/api/v1/execution/tests/status/cancel/{run['task_id']}"))["success"] is False
    link = ok(http.post("/api/v1/report/async-run/generate_shareable_report_link_by_task",
                        json={"task_id": run["task_id"], "expiration_hours": 24}))
    assert link["shareable_link"].startswith("https://app.revyl.ai/")

    workflow_id = ok(http.post("/api/v1/workflows/create", json={
        "name": "Smoke", "tests": [test_id, second], "owner": "me"}))["data"]["id"]
    execution = ok(http.post("/api/v1/execution/api/execute_workflow_id_async",
                             json={"workflow_id": workflow_id}))
    events += stream_events(http, 0.6)
    finished = wait_until_done(http, f"/api/v1/workflows/status/{execution['task_id']}")
    assert (finished["status"], finished["passed_tests"], finished["failed_tests"]) == ("failed", 1, 1)
    history = ok(http.get(f"/api/v1/workflows/status/history/{workflow_id}", params={"limit": 5}))
    assert history["total_count"] == 1
    ok(http.post("/api/v1/workflows/share/generate_shareable_link",
                 json={"workflow_task_id": execution["task_id"], "include_child_tests": True}))
    report = ok(http.post("/api/v1/workflows/share/unified-report",
                          json={"workflow_task_id": execution["task_id"]}))
    assert {c["status"] for c in report["child_tasks"]} == {"completed", "failed"}
    lookups_for_the_cli(http, test_id, second, workflow_id, run["task_id"])
    for start, cancel in (("/api/v1/execution/api/execute_workflow_id_async",
                           "/api/v1/execution/api/v1/workflows/status/cancel/"),
                          ("/api/v1/workflow-executions", "/api/v1/workflows/status/cancel/")):
        started = ok(http.post(start, json={"workflow_id": workflow_id, "retries": 1}))
        assert ok(http.post(cancel + started["task_id"]))["success"] is True

    emulator.script(test_id, steps=50, step_seconds=0.05)
    slow = ok(http.post("/api/v1/execution/api/execute_test_id_async", json={"test_id": test_id}))
    assert ok(http.post(f"/api/v1/execution/tests/status/cancel/{slow['task_id']}"))["success"]
    cancelled = wait_until_done(http, "/api/v1/tests/get_test_execution_task",
                                task_id=slow["task_id"])
    assert cancelled["status"] == "cancelled" and cancelled["success"] is False

    # Lookups by name and run reports (`tests.find`, `result.report()`, artifacts).
    simple = ok(http.get("/api/v1/tests/get_simple_tests", params={"limit": 1}))
    assert simple["count"] == 2 and len(simple["tests"]) == 1
    found = ok(http.get("/api/v1/tests/get_tests", params={"search": "again", "platform": "android"}))
    # `last_status` is its newest finished run in the spec's words: the failed run of the workflow
    # above, or a cancelled child if a cancelled workflow got to start its tests.
    newest = next(item for item in ok(http.get("/api/v1/tests/get_test_enhanced_history",
                                               params={"test_id": second}))["items"]
                  if item["status"] in ("completed", "failed", "cancelled", "timeout"))
    in_spec_words = {"completed": "success", "failed": "failure"}.get(newest["status"], newest["status"])
    assert [test["id"] for test in found["tests"]] == [second] and found["tests"][0]["last_status"] == in_spec_words
    runs = ok(http.get("/api/v1/tests/get_test_enhanced_history", params={"test_id": test_id, "limit": 2}))
    assert runs["total_count"] >= 3 and len(runs["items"]) == 2
    flows = ok(http.get("/api/v1/workflows/get_with_last_status", params={"history_limit": 2}))
    assert flows["data"][0]["last_execution"]["id"] and len(flows["data"][0]["execution_history"]) == 2
    assert ok(http.get("/api/v1/workflows/get_workflow_info", params={"workflow_id": workflow_id}))["name"] == "Smoke"
    failed = next(child["task_id"] for child in report["child_tasks"] if child["status"] == "failed")
    assert ok(http.get(f"/api/v1/reports-v3/reports/by-execution/{failed}"))["failed_steps"] == 1
    context = ok(http.get(f"/api/v1/reports-v3/reports/by-execution/{failed}/context"))
    assert [step["effective_status"] for step in context["steps"]] == ["passed", "passed", "failed"]
    logs = ok(http.get(f"/api/v1/reports-v3/reports/{context['id']}/device-logs"))
    assert s3.get(logs["download_url"]).content.decode().count("RevylAgent") == 4

    published = emulator.events()
    names = {name for name, _ in events + published}
    assert {"connection_ready", "initial_state", "heartbeat", "test_started", "test_updated",
            "test_completed_with_data", "test_failed_with_data", "workflow_started",
            "workflow_updated", "workflow_failed", "workflow_cancelled", "test_cancelled_with_data"} <= names
    for name, data in events + published:
        check_event(checker, name, data)

    walk_devices(emulator, http)
    with checked_client(emulator, checker) as transport, Revyl(
            emulator.api_key, base_url=emulator.base_url, http_client=transport, max_retries=0,
            ci_headers=False) as client:
        walk_management(client, emulator, app_id, tmp_path)

    ok(http.delete(f"/api/v1/apps/builds/{builds['multipart']}"))
    assert ok(http.delete(f"/api/v1/apps/{app_id}"))["detached_tests"] == 1

    assert set(served_routes()) <= checker.checked, set(served_routes()) - checker.checked


def test_errors_have_the_backend_shapes(emulator: RevylEmulator, http: httpx.Client) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    assert httpx.get(emulator.base_url + "/api/v1/apps/").json() == {"detail": "Not authenticated"}
    wrong = httpx.get(emulator.base_url + "/api/v1/apps/", headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401 and wrong.headers["WWW-Authenticate"] == "Bearer"
    assert http.get(f"/api/v1/apps/{missing}").json() == {"detail": "App not found"}
    assert http.get("/api/v1/tests/get_test_execution_task",
                    params={"task_id": missing}).status_code == 404
    bad = http.post("/api/v1/apps/", json={"platform": "android"})
    assert bad.status_code == 422
    assert [(d["type"], d["loc"]) for d in bad.json()["detail"]] == [
        ("missing", ["body", "name"]), ("enum", ["body", "platform"])]
    assert http.get("/api/v1/apps/", params={"page_size": 501}).status_code == 422
    assert http.get("/api/v1/apps/not-a-uuid").json()["detail"][0]["type"] == "uuid_parsing"
    ok(http.post("/api/v1/apps/", json={"name": "My_App", "platform": "iOS"}))
    conflict = http.post("/api/v1/apps/", json={"name": "my app", "platform": "iOS"})
    assert conflict.status_code == 409 and "already exists" in conflict.json()["detail"]


def test_ios_builds_are_validated_too(http: httpx.Client, tmp_path: Path) -> None:
    app_id = ok(http.post("/api/v1/apps/", json={"name": "Shop", "platform": "iOS"}))["id"]
    for name, payload, expected in [
        ("app.zip", write_dummy_ios_app(tmp_path / "app.zip").read_bytes(), 200),
        ("app.apk", write_dummy_apk(tmp_path / "app.apk").read_bytes(), 400),
        ("junk.zip", b"not a zip", 400),
    ]:
        session = ok(http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                               json={"version": name, "file_name": name}))
        httpx.put(session["upload_url"], content=payload,
                  headers={"Content-Type": session["content_type"]})
        created = http.post(f"/api/v1/apps/{app_id}/builds",
                            json={"upload_id": session["upload_id"], "version": name})
        assert created.status_code == expected, created.text
    builds = ok(http.get(f"/api/v1/apps/{app_id}/builds"))["items"]
    assert [(b["version"], b["package_name"]) for b in builds] == [("app.zip", "com.example.revyldemo")]
