"""Revyl's official CLI against the emulator, as a customer's CI job runs it.

Every command is addressed by id and, where the CLI has it, asked for `--json`; each test
then checks what the CLI printed against what the emulator holds. `_cli_support` keeps the
CLI on the loopback emulator (a proxy trap catches anything else) and the `cli` fixture
fails a test that tried to reach another host.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from _cli_support import REVYL, MiB, OutboundTrap, RevylCli, write_apk
from revyl_sdk.testing import RevylEmulator

YAML = ("test:\n  metadata:\n    name: Login\n    platform: android\n  blocks:\n"
        "    - type: instructions\n      step_description: Tap login\n")


@dataclass(frozen=True)
class Seeded:
    app_id: str
    test_id: str
    workflow_id: str


@pytest.fixture
def seeded(emulator: RevylEmulator) -> Seeded:
    app_id = emulator.add_app("Shop", "android")
    emulator.add_build(app_id, "1.0.0")
    test_id = emulator.add_test("Login", steps=["Open the app", "Tap login", "See home"],
                                app_id=app_id)
    return Seeded(app_id, test_id, emulator.add_workflow("Smoke", [test_id]))


def called(emulator: RevylEmulator, method: str, path: str) -> list[int]:
    """Statuses of the requests to `path` so far."""
    return [r.status for r in emulator.requests if (r.method, r.path) == (method, path)]


def test_ping_checks_health_and_the_key(cli: RevylCli, emulator: RevylEmulator) -> None:
    answer = cli.json("ping")
    assert answer["ok"] and answer["api_key_valid"]
    assert called(emulator, "GET", "/health_check") == [200]
    cli.extra_env["REVYL_API_KEY"] = "not-the-key"
    assert cli.json("ping")["api_key_valid"] is False
    assert called(emulator, "GET", "/api/v1/entity/users/get_user_uuid") == [200, 401]


def test_app_create_and_list(cli: RevylCli, emulator: RevylEmulator) -> None:
    created = cli.json("app", "create", "--name", "Shop", "--platform", "ios")
    listed = cli.json("app", "list")
    assert [(a["id"], a["name"], a["platform"]) for a in listed["apps"]] == [
        (created["id"], "Shop", "iOS")]
    duplicate = cli("app", "create", "--name", "shop", "--platform", "ios", expect=1)
    assert "already exists" in duplicate.stderr
    assert called(emulator, "POST", "/api/v1/apps/") == [200, 409]


def test_build_upload_small_and_multipart_then_list(cli: RevylCli, emulator: RevylEmulator,
                                                    seeded: Seeded, tmp_path: Path) -> None:
    small = write_apk(tmp_path / "small.apk")
    big = write_apk(tmp_path / "big.apk", padding=65 * MiB)  # past the CLI's 64 MiB threshold
    uploaded = {}
    for artifact, version in ((small, "2.0.0"), (big, "3.0.0")):
        answer = cli.json("build", "upload", "--file", str(artifact), "--app", seeded.app_id,
                          "--version", version)
        assert answer["success"] and answer["build"]["package_id"] == "com.example.revyldemo"
        uploaded[version] = answer["build"]["build_id"]
        assert emulator.build_bytes(uploaded[version]) == artifact.read_bytes()
    flows = [r.path.rsplit("/builds/", 1)[-1] for r in emulator.requests
             if r.method == "POST" and "/builds/" in r.path]
    assert flows == ["upload-session", "multipart-upload/start"]
    listed = cli.json("build", "list", "--app", seeded.app_id)
    assert [v["version"] for v in listed["versions"]] == ["3.0.0", "2.0.0", "1.0.0"]
    assert {v["id"] for v in listed["versions"]} >= set(uploaded.values())


def test_test_validate(cli: RevylCli, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(YAML)
    bad.write_text(YAML.replace("type: instructions", "type: instruction"))
    assert cli.json("test", "validate", str(good))["is_valid"] is True
    report = cli.json("test", "validate", str(bad), expect=1)
    (message,) = report["files"][0]["messages"]
    assert (message["code"], message["line"], message["suggestion"]) == (
        "INVALID_BLOCK_TYPE", 6, "Did you mean 'instructions'?")


def test_test_run_waits_for_the_outcome(cli: RevylCli, emulator: RevylEmulator,
                                        seeded: Seeded) -> None:
    passed = cli.json("test", "run", seeded.test_id)
    assert (passed["status"], passed["success"]) == ("completed", True)
    assert emulator.test_run(passed["task_id"])["status"] == "completed"
    emulator.script(seeded.test_id, outcome="failed")
    failed = cli.json("test", "run", seeded.test_id, expect=1)
    assert (failed["status"], failed["success"]) == ("failed", False)
    assert failed["error"] == emulator.test_run(failed["task_id"])["error_message"]


def test_test_run_no_wait_then_status_cancel_history_report_share(
        cli: RevylCli, emulator: RevylEmulator, seeded: Seeded) -> None:
    emulator.script(seeded.test_id, step_seconds=5.0)
    queued = cli.json("test", "run", seeded.test_id, "--no-wait")
    task_id = queued["task_id"]
    assert queued["status"] == "queued" and emulator.test_run(task_id)["status"] != "completed"
    assert cli.json("test", "status", seeded.test_id)["task_id"] == task_id
    cancelled = cli.json("test", "cancel", task_id)
    assert cancelled["success"] and cancelled["task_id"] == task_id
    wait_for(lambda: emulator.test_run(task_id)["status"] == "cancelled")
    status = cli.json("test", "status", seeded.test_id)
    assert (status["status"], status["success"]) == ("cancelled", False)
    again = cli("test", "cancel", task_id, expect=1)
    assert "already cancelled" in again.stderr
    history = cli.json("test", "history", seeded.test_id)
    assert [item["task_id"] for item in history["items"]] == [task_id]
    report = cli.json("test", "report", seeded.test_id)
    assert (report["execution_id"], report["session_status"]) == (task_id, "cancelled")
    assert [step["step_description"] for step in report["steps"]] == [
        "Open the app", "Tap login", "See home"]
    for target in (seeded.test_id, task_id):  # the latest run of a test, or a run by id
        shared = cli.json("test", "share", target)
        assert shared["task_id"] == task_id and "/shared/report/" in shared["shareable_link"]


def test_workflow_run_waits_and_reports_each_test(cli: RevylCli, emulator: RevylEmulator,
                                                  seeded: Seeded) -> None:
    passed = cli.json("workflow", "run", seeded.workflow_id)
    assert (passed["status"], passed["passed_tests"], passed["total_tests"]) == ("completed", 1, 1)
    assert [t["test_name"] for t in passed["tests"]] == ["Login"]
    emulator.script(seeded.test_id, outcome="failed")
    failed = cli.json("workflow", "run", seeded.workflow_id, expect=1)
    assert (failed["status"], failed["failed_tests"]) == ("failed", 1)
    assert emulator.workflow_run(failed["task_id"])["status"] == "failed"
    report = cli.json("workflow", "report", seeded.workflow_id)
    assert report["execution_id"] == failed["task_id"] and report["tests"][0]["status"] == "failed"


def test_workflow_run_no_wait_then_status_cancel_history_share(
        cli: RevylCli, emulator: RevylEmulator, seeded: Seeded) -> None:
    emulator.script(seeded.test_id, step_seconds=5.0)
    queued = cli.json("workflow", "run", seeded.workflow_id, "--no-wait")
    task_id = queued["task_id"]
    assert queued["status"] == "queued" and queued["workflow_name"] == "Smoke"
    assert called(emulator, "POST", "/api/v1/workflow-executions") == [200]
    assert cli.json("workflow", "status", task_id)["execution_id"] == task_id
    assert cli.json("workflow", "cancel", task_id)["success"] is True
    status = cli.json("workflow", "status", task_id)
    assert (status["status"], status["execution_id"]) == ("cancelled", task_id)
    assert cli.json("workflow", "status", seeded.workflow_id)["status"] == "cancelled"
    history = cli.json("workflow", "history", seeded.workflow_id)
    assert [(e["execution_id"], e["status"]) for e in history["executions"]] == [
        (task_id, "cancelled")]
    shared = cli.json("workflow", "share", task_id)
    assert "/shared/workflow/" in shared["shareable_link"]


def test_workflow_create_and_lookups_by_id_or_name(cli: RevylCli, emulator: RevylEmulator,
                                                   seeded: Seeded) -> None:
    cli("workflow", "create", "Nightly", "--tests", seeded.test_id, "--no-open")
    listed = {w["name"]: w["id"] for w in cli.json("workflow", "list")}
    assert listed.keys() == {"Smoke", "Nightly"} and listed["Smoke"] == seeded.workflow_id
    info = cli.json("workflow", "info", listed["Nightly"])
    assert [t["id"] for t in info["tests"]] == [seeded.test_id]
    remote = cli.json("test", "remote")
    assert [(t["id"], t["app_name"]) for t in remote["tests"]] == [(seeded.test_id, "Shop")]
    by_name = cli.json("test", "run", "Login", "--no-wait")
    assert by_name["test_id"] == seeded.test_id
    started = cli.json("workflow", "run", "Nightly", "--no-wait")
    assert emulator.workflow_run(started["task_id"])["workflow_id"] == listed["Nightly"]


def test_through_the_emulators_command_line(tmp_path: Path) -> None:
    """`python -m revyl_sdk.testing run -- revyl ...`: the documented way, one process each."""
    trap = OutboundTrap()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "CI": "true",
           "REVYL_NO_UPDATE_NOTIFIER": "1", "HTTPS_PROXY": trap.url, "NO_PROXY": "127.0.0.1"}
    try:
        done = subprocess.run([sys.executable, "-m", "revyl_sdk.testing", "run", "--", str(REVYL),
                               "ping", "--json"], env=env, capture_output=True, text=True,
                              timeout=120, check=False)
    finally:
        trap.close()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["api_key_valid"] is True and trap.requests == []


def test_telemetry_gets_the_unknown_route_answer_and_commands_still_succeed(
        cli: RevylCli, emulator: RevylEmulator, seeded: Seeded) -> None:
    telemetry = "/api/v1/telemetry/cli-analytics"
    cli("test", "remote")  # the CLI sends its analytics from a child process, after the command
    wait_for(lambda: called(emulator, "POST", telemetry))
    assert set(called(emulator, "POST", telemetry)) == {404}
    unknown = httpx.post(emulator.base_url + telemetry, json={})
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Not Found"})


def test_without_the_notifier_switch_the_cli_asks_github(emulator: RevylEmulator,
                                                         tmp_path: Path) -> None:
    trap = OutboundTrap()
    cli = RevylCli(emulator, tmp_path, trap, extra_env={"REVYL_NO_UPDATE_NOTIFIER": ""})
    try:
        cli("app", "list")
        wait_for(lambda: trap.requests)
    finally:
        trap.close()
    assert {line.split()[1] for line in trap.requests} == {"github.com:443"}


def wait_for(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
