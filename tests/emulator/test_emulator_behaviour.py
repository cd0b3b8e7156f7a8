"""The emulator's behaviour over raw HTTP: YAML checks, run scripts, faults, S3 semantics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_sse import connect_sse
from revyl_sdk.testing import RevylEmulator, write_dummy_apk

TERMINAL = ("completed", "failed", "cancelled", "timeout")


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, (response.request.url, response.text)
    return response.json()


def finished(http: httpx.Client, task_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        status = ok(http.get("/api/v1/tests/get_test_execution_task", params={"task_id": task_id}))
        if status["status"] in TERMINAL:
            return dict(status)
        time.sleep(0.01)
    raise AssertionError("the run never finished")


def run(http: httpx.Client, test_id: str) -> str:
    return str(ok(http.post("/api/v1/execution/api/execute_test_id_async",
                            json={"test_id": test_id}))["task_id"])


# -- YAML ------------------------------------------------------------------------------------

def validate(http: httpx.Client, text: str, kind: str = "full_test") -> dict[str, Any]:
    return dict(ok(http.post("/api/v1/tests/yaml/validate-yaml",
                             json={"yaml_content": text, "validation_type": kind})))


def test_yaml_syntax_errors_carry_pyyaml_line_and_column(http: httpx.Client) -> None:
    result = validate(http, "test:\n  metadata:\n    name: a\n   bad: [unclosed\n")
    assert not result["is_valid"] and result["errors"] == 1
    (message,) = result["messages"]
    assert message["code"] == "YAML_SYNTAX_ERROR"
    assert (message["line"], message["column"]) == (4, 4)
    assert (message["line_number"], message["column_number"]) == (4, 4)


def test_yaml_semantic_errors_point_at_the_offending_line(http: httpx.Client) -> None:
    text = ("test:\n  metadata:\n    name: \"\"\n    platform: invalid_platform\n"
            "  blokcs: []\n  blocks:\n    - type: instruction\n      step_description: Tap\n"
            "    - type: extraction\n      step_description: Read {{total}}\n")
    result = validate(http, text)
    found = {(m["code"], m["field_path"], m["line"], m["severity"]) for m in result["messages"]}
    assert found == {
        ("MISSING_REQUIRED_FIELD", "test.metadata.name", 3, "error"),
        ("INVALID_PLATFORM", "test.metadata.platform", 4, "error"),
        ("UNKNOWN_FIELD", "test.blokcs", 5, "warning"),
        ("INVALID_BLOCK_TYPE", "test.blocks[0].type", 7, "error"),
        ("MISSING_VARIABLE_NAME", "test.blocks[1].variable_name", 9, "error"),
        ("UNDEFINED_VARIABLE", "test.blocks[1].step_description", 10, "warning"),
    }
    suggestions = {m["code"]: m["suggestion"] for m in result["messages"]}
    assert suggestions["INVALID_BLOCK_TYPE"] == "Did you mean 'instructions'?"
    assert suggestions["UNKNOWN_FIELD"] == "Did you mean 'blocks'?"
    assert (result["errors"], result["warnings"]) == (4, 2)


def test_blocks_only_validation_and_failed_creation(http: httpx.Client) -> None:
    assert validate(http, "- type: manual\n  step_description: Look\n", "blocks_only")["is_valid"]
    created = ok(http.post("/api/v1/tests/yaml/from-yaml",
                           json={"yaml_content": "test:\n  metadata: {name: x}\n"}))
    assert created["success"] is False and created["test_id"] == ""
    assert any("line 2" in error for error in created["errors"])


# -- scripted runs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("outcome", "status", "success", "event"), [
    ("passed", "completed", True, "test_completed_with_data"),
    ("failed", "failed", False, "test_failed_with_data"),
    ("completed_failed", "completed", False, "test_completed_with_data"),
    ("timeout", "timeout", False, "test_failed_with_data"),
    ("cancelled", "cancelled", False, "test_cancelled_with_data"),
])
def test_scripted_outcomes(emulator: RevylEmulator, http: httpx.Client, outcome: Any,
                           status: str, success: bool, event: str) -> None:
    test_id = emulator.add_test("Checkout", steps=["Open cart", "Pay"])
    emulator.script(test_id, outcome=outcome, steps=4, fail_at_step=3)
    task_id = run(http, test_id)
    result = finished(http, task_id)
    assert (result["status"], result["success"], result["total_steps"]) == (status, success, 4)
    assert result["steps_completed"] == (4 if outcome == "passed" else 2)
    assert bool(result["error_message"]) is not success
    names = [name for name, data in emulator.events()
             if task_id in (data.get("id"), data.get("test", {}).get("id"))]
    assert names[0] == "test_started" and names[-1] == event
    steps = [data["test"]["current_step"] for name, data in emulator.events()
             if name == "test_updated" and data["test"]["status"] == "running"]
    assert steps[:4] == ["Open cart", "Pay", "Open cart", "Pay"][:len(steps[:4])]


@pytest.mark.parametrize(("form", "names"), [
    ("nested", ["test_completed"]),
    ("both", ["test_completed", "test_completed_with_data"]),
])
def test_terminal_event_forms(emulator: RevylEmulator, http: httpx.Client, form: Any,
                              names: list[str]) -> None:
    test_id = emulator.add_test("Login")
    emulator.script(test_id, terminal_event=form)
    finished(http, run(http, test_id))
    terminal = [name for name, _ in emulator.events() if name.startswith("test_completed")]
    assert terminal == names


def test_default_script_and_step_names_from_the_test(emulator: RevylEmulator,
                                                     http: httpx.Client) -> None:
    emulator.script(None, outcome="failed")
    test_id = emulator.add_test("Login", steps=["Open", "Type", "Submit"])
    result = finished(http, run(http, test_id))
    assert (result["status"], result["total_steps"], result["steps_completed"]) == ("failed", 3, 2)
    assert result["current_step"] == "Submit"


def test_workflow_children_respect_the_concurrency_limit(emulator: RevylEmulator,
                                                         http: httpx.Client) -> None:
    tests = [emulator.add_test(f"T{i}") for i in range(4)]
    for test_id in tests:
        emulator.script(test_id, steps=2, step_seconds=0.03)
    workflow_id = emulator.add_workflow("All", tests)
    task_id = ok(http.post("/api/v1/execution/api/execute_workflow_id_async",
                           json={"workflow_id": workflow_id}))["task_id"]
    deadline = time.monotonic() + 10
    while emulator.workflow_run(task_id)["status"] not in TERMINAL:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    running, peak = set(), 0
    for name, data in emulator.events():
        item = data.get("test") or {}
        if item.get("status") == "running":
            running.add(item["id"])
        elif name.endswith("_with_data"):
            running.discard(data["id"])
        peak = max(peak, len(running))
    assert peak == 3
    assert emulator.workflow_run(task_id)["passed_tests"] == 4


# -- faults ----------------------------------------------------------------------------------

def test_injected_errors_then_recovery(emulator: RevylEmulator, http: httpx.Client) -> None:
    emulator.fail("/api/v1/apps/*", status=503, times=2, method="GET",
                  headers={"Retry-After": "1"})
    first = http.get("/api/v1/apps/")
    assert (first.status_code, first.json(), first.headers["Retry-After"]) == (
        503, {"detail": "Service Unavailable"}, "1")
    assert http.post("/api/v1/apps/", json={"name": "A", "platform": "iOS"}).status_code == 200
    assert http.get("/api/v1/apps/").status_code == 503
    assert http.get("/api/v1/apps/").status_code == 200
    assert [r.status for r in emulator.requests] == [503, 200, 503, 200]


def test_slow_responses(emulator: RevylEmulator, http: httpx.Client) -> None:
    emulator.slow_down("/api/v1/entity/*", 0.3)
    started = time.monotonic()
    ok(http.get("/api/v1/entity/users/get_user_uuid"))
    assert time.monotonic() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        emulator.slow_down("/api/v1/entity/*", 1.0)
        http.get("/api/v1/entity/users/get_user_uuid", timeout=0.2)


def test_wait_idle_outlasts_a_request_the_client_gave_up_on(emulator: RevylEmulator,
                                                           http: httpx.Client) -> None:
    emulator.slow_down("/api/v1/apps/", 1.0, method="POST", after_handling=True)
    with pytest.raises(httpx.ReadTimeout):
        http.post("/api/v1/apps/", json={"name": "Late", "platform": "iOS"}, timeout=0.1)
    with pytest.raises(TimeoutError, match="still handling"):
        emulator.wait_idle(timeout=0.05)
    assert emulator.requests == []  # its answer is still held
    emulator.wait_idle()
    assert [(r.path, r.status) for r in emulator.requests] == [("/api/v1/apps/", 200)]
    emulator.wait_idle(timeout=0)  # idle now: returns at once


def test_stream_drop_cuts_the_connection(emulator: RevylEmulator, http: httpx.Client) -> None:
    test_id = emulator.add_test("Long", steps=["a"] * 5)
    emulator.script(test_id, step_seconds=0.05)
    emulator.drop_stream(after_events=2)
    with connect_sse(http, "GET", "/api/v1/monitor/stream/unified") as source:
        run(http, test_id)
        names = [event.event for event in source.iter_sse()]  # ends when the server cuts
    assert names[:2] == ["connection_ready", "initial_state"] and len(names) == 4
    with connect_sse(http, "GET", "/api/v1/monitor/stream/unified") as source:
        events = source.iter_sse()
        next(events)
        state = json.loads(next(events).data)
    assert [item["test_id"] for item in state["running_tests"]] == [test_id]


def test_initial_state_can_leave_out_queued_runs(emulator: RevylEmulator,
                                                 http: httpx.Client) -> None:
    test_id = emulator.add_test("Waits")
    emulator.script(test_id, queued_seconds=5)
    run(http, test_id)
    for include, expected in (("true", 1), ("false", 0)):
        with connect_sse(http, "GET", "/api/v1/monitor/stream/unified",
                         params={"include_queued": include}) as source:
            events = source.iter_sse()
            next(events)
            assert len(json.loads(next(events).data)["running_tests"]) == expected


# -- object store ----------------------------------------------------------------------------

@pytest.fixture
def session(http: httpx.Client) -> tuple[str, dict[str, Any]]:
    app_id = ok(http.post("/api/v1/apps/", json={"name": "Shop", "platform": "Android"}))["id"]
    return app_id, ok(http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                                json={"version": "1", "file_name": "app.apk"}))


def s3_code(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.text.split("<Code>")[1].split("</Code>")[0]


def test_presigned_put_is_checked_like_s3(session: tuple[str, dict[str, Any]],
                                          tmp_path: Path) -> None:
    _, upload = session
    apk = write_dummy_apk(tmp_path / "a.apk").read_bytes()
    typed = {"Content-Type": upload["content_type"]}
    assert s3_code(httpx.put(upload["upload_url"], content=apk,
                             headers={"Content-Type": "application/octet-stream"})) == (
        403, "SignatureDoesNotMatch")
    assert s3_code(httpx.put(upload["upload_url"], content=apk,
                             headers={**typed, "Authorization": "Bearer k"})) == (
        400, "InvalidArgument")
    assert s3_code(httpx.put(upload["upload_url"].replace("app.apk", "b.apk"), content=apk,
                             headers=typed)) == (403, "SignatureDoesNotMatch")
    assert s3_code(httpx.put(upload["upload_url"], content=iter([apk]), headers=typed)) == (
        411, "MissingContentLength")
    assert s3_code(httpx.post(upload["upload_url"], content=b"<x/>")) == (
        403, "SignatureDoesNotMatch")
    assert httpx.put(upload["upload_url"], content=apk, headers=typed).status_code == 200


def test_expired_urls_are_refused(tmp_path: Path) -> None:
    with RevylEmulator(presign_ttl_seconds=0) as emulator, httpx.Client(
            base_url=emulator.base_url,
            headers={"Authorization": f"Bearer {emulator.api_key}"}) as http:
        app_id = emulator.add_app("Shop")
        upload = ok(http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                              json={"version": "1", "file_name": "app.apk"}))
        time.sleep(1.1)
        refused = httpx.put(upload["upload_url"], content=b"x",
                            headers={"Content-Type": upload["content_type"]})
    assert s3_code(refused) == (403, "AccessDenied") and "expired" in refused.text


def test_multipart_completion_rules(http: httpx.Client) -> None:
    app_id = ok(http.post("/api/v1/apps/", json={"name": "Big", "platform": "Android"}))["id"]
    size = 8 * 1024 * 1024 + 10
    start = ok(http.post(f"/api/v1/apps/{app_id}/builds/multipart-upload/start",
                         json={"version": "1", "file_name": "big.apk", "file_size": size}))
    assert start["part_size"] == 8 * 1024 * 1024 and len(start["parts"]) == 2
    etags = [httpx.put(part["upload_url"], content=b"\1" * length).headers["ETag"]
             for part, length in zip(start["parts"], (start["part_size"], 10), strict=True)]

    def complete(parts: list[tuple[int, str]]) -> httpx.Response:
        xml = "".join(f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in parts)
        return httpx.post(start["complete_url"], content=f"<CompleteMultipartUpload>{xml}"
                          "</CompleteMultipartUpload>")

    finalize = {"upload_id": start["upload_id"], "version": "1"}
    assert http.post(f"/api/v1/apps/{app_id}/builds", json=finalize).status_code == 400
    assert s3_code(complete([(2, etags[1]), (1, etags[0])])) == (400, "InvalidPartOrder")
    assert s3_code(complete([(1, etags[1]), (2, etags[1])])) == (400, "InvalidPart")
    assert s3_code(httpx.post(start["complete_url"], content=b"<nope")) == (400, "MalformedXML")
    done = complete([(1, etags[0]), (2, etags[1])])
    assert done.status_code == 200 and '-2"</ETag>' in done.text
    assert s3_code(complete([(1, etags[0]), (2, etags[1])])) == (404, "NoSuchUpload")
    # Not an APK, so the server-side check refuses it and no build row appears.
    refused = http.post(f"/api/v1/apps/{app_id}/builds", json=finalize)
    assert refused.status_code == 400 and "not a zip" in refused.json()["detail"]
    assert ok(http.get(f"/api/v1/apps/{app_id}/builds"))["total"] == 0


def test_finalize_is_idempotent_and_versions_are_unique(http: httpx.Client,
                                                        session: tuple[str, dict[str, Any]],
                                                        tmp_path: Path) -> None:
    app_id, upload = session
    httpx.put(upload["upload_url"], content=write_dummy_apk(tmp_path / "a.apk").read_bytes(),
              headers={"Content-Type": upload["content_type"]})
    body = {"upload_id": upload["upload_id"], "version": "1"}
    first = ok(http.post(f"/api/v1/apps/{app_id}/builds", json=body))
    again = ok(http.post(f"/api/v1/apps/{app_id}/builds", json=body))
    assert (first["was_reused"], again["was_reused"], again["id"]) == (False, True, first["id"])
    duplicate = http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                          json={"version": "1", "file_name": "app.apk"})
    assert duplicate.status_code == 409


# -- entry points ----------------------------------------------------------------------------

def test_command_line_runs_a_command_against_a_fresh_emulator() -> None:
    probe = ("import os, httpx; r = httpx.get(os.environ['REVYL_BACKEND_URL'] + "
             "'/api/v1/entity/users/get_user_uuid', headers={'Authorization': 'Bearer ' + "
             "os.environ['REVYL_API_KEY']}); print(r.json()['org_name']); raise SystemExit(7)")
    done = subprocess.run([sys.executable, "-m", "revyl_sdk.testing", "run", "--", sys.executable,
                           "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert (done.returncode, done.stdout.strip()) == (7, "Revyl Emulator"), done.stderr


def test_pytest_fixture_points_the_environment_at_the_emulator(
        revyl_emulator: RevylEmulator) -> None:
    assert os.environ["REVYL_BACKEND_URL"] == revyl_emulator.base_url
    assert os.environ["REVYL_API_KEY"] == revyl_emulator.api_key
    assert httpx.get(revyl_emulator.base_url + "/api/v1/apps/",
                     headers={"Authorization": f"Bearer {revyl_emulator.api_key}"}).status_code == 200


def test_command_line_names_a_busy_port_in_one_line(revyl_emulator: RevylEmulator,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from revyl_sdk.testing.__main__ import main

    busy = int(revyl_emulator.base_url.rsplit(":", 1)[1])
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--port", str(busy)])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        f"python -m revyl_sdk.testing: error: cannot listen on 127.0.0.1:{busy}: Address already in use\n"
    )
