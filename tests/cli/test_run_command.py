"""`python -m revyl_sdk run` against the emulator: exit codes 0/1/2/130, one event stream for
many runs, JUnit, the GitHub summary and artifacts; errors are one line without a traceback."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _junit_schema import valid_junit
from revyl_sdk._cli import main
from revyl_sdk.testing import RevylEmulator

ROOT = Path(__file__).resolve().parents[2]
STREAM = "/api/v1/monitor/stream/unified"


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[RevylEmulator]:
    with RevylEmulator(step_seconds=0.02, queued_seconds=0.01, heartbeat_seconds=0.5) as started:
        for name, value in started.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
        yield started


@pytest.fixture
def seeded(emulator: RevylEmulator) -> dict[str, str]:
    login = emulator.add_test("Login flow", steps=["Open the app", "Sign in"])
    checkout = emulator.add_test("Checkout", steps=["Open the cart", "Tap Pay", "See the receipt"])
    emulator.script(checkout, outcome="failed", fail_at_step=2, error_message="Pay button missing")
    return {"login": login, "checkout": checkout, "smoke": emulator.add_workflow("Smoke", [login, checkout])}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["run", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def started_runs(emulator: RevylEmulator) -> int:
    return sum(r.path.startswith("/api/v1/execution/api/execute_") for r in emulator.requests)


def test_all_passed_exits_0(emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    code, out, err = run("login flow")
    assert code == 0
    assert out.splitlines()[-1] == "1 of 1 passed" and "Login flow  passed" in out
    assert "started test Login flow (task " in err and "Login flow  completed  2/2" in err  # plain lines, no TTY


def test_a_failed_run_exits_1_with_its_failing_step(emulator: RevylEmulator, seeded: dict[str, str],
                                                    tmp_path: Path) -> None:
    junit = tmp_path / "reports" / "junit.xml"
    code, out, _ = run("Login flow", "Checkout", "--workflow", "smoke", "--junit", str(junit))
    assert code == 1
    assert "2. Tap Pay: Pay button missing" in out and out.splitlines()[-1] == "2 of 4 passed, 2 failed"
    root = valid_junit(junit)
    testcases = list(root.iter("testcase"))
    assert len(testcases) == 4 and root.get("failures") == "2"
    failed = [case for case in testcases if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == ["Checkout", "Checkout"]
    assert all(case.find("failure").get("message") == "step 2 (Tap Pay) failed: Pay button missing"  # type: ignore[union-attr]
               for case in failed)
    assert [suite.get("name") for suite in root.iter("testsuite")] == ["Revyl tests", "Smoke"]


@pytest.mark.parametrize("argv", [["login FLOW"], ["Login flow", "--workflow", "SMOKE"]])
def test_an_ambiguous_name_exits_2_listing_ids_and_starts_nothing(
        emulator: RevylEmulator, seeded: dict[str, str], argv: list[str]) -> None:
    twin_test = emulator.add_test("LOGIN flow", steps=["x"])
    twin_workflow = emulator.add_workflow("smoke", [twin_test])
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("revyl: error: 2 ")
    twins = ({seeded["login"], twin_test} if argv == ["login FLOW"] else {seeded["smoke"], twin_workflow})
    assert all(twin in err for twin in twins)
    assert started_runs(emulator) == 0


def test_lookup_usage_and_auth_errors_exit_2(emulator: RevylEmulator, seeded: dict[str, str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("Chekout") == (2, "", "revyl: error: no test named 'Chekout'; did you mean 'Checkout'?\n")
    with pytest.raises(SystemExit) as usage:
        run()
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as bad_timeout:
        run("Checkout", "--timeout", "soon")
    assert bad_timeout.value.code == 2
    monkeypatch.setenv("REVYL_API_KEY", "wrong-key")
    code, _, err = run("Checkout")
    assert code == 2 and err.startswith("revyl: error: ") and len(err.splitlines()) == 1
    monkeypatch.delenv("REVYL_API_KEY")
    code, _, err = run("Checkout")
    assert code == 2 and "REVYL_API_KEY" in err and len(err.splitlines()) == 1
    assert started_runs(emulator) == 0


def test_an_unknown_id_cannot_start_and_exits_2_cancelling_the_rest(emulator: RevylEmulator,
                                                                     seeded: dict[str, str]) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    code, _, err = run(seeded["login"], missing)
    assert code == 2
    assert f"could not start test {missing}" in err and "cancelled the 1 run already started" in err
    cancels = [r for r in emulator.requests if r.path.startswith("/api/v1/execution/tests/status/cancel/")]
    assert len(cancels) == 1


def test_a_timeout_exits_1_and_cancels_what_is_still_going(emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    emulator.script(seeded["login"], steps=200, step_seconds=0.05)
    code, out, err = run("Login flow", "Checkout", "--timeout", "1")
    assert code == 1
    assert "Login flow  timed out" in out and "did not finish within 1s (last seen running" in out
    assert "cancelled 1 run still going at the timeout" in err
    deadline = time.monotonic() + 5
    while emulator.test_run(_task_of(err, "Login flow"))["status"] != "cancelled":
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _task_of(err: str, label: str) -> str:
    line = next(line for line in err.splitlines() if line.startswith(f"started test {label} (task "))
    return line.rsplit(" ", 1)[-1].rstrip(")")


def test_twenty_tests_share_one_event_stream(emulator: RevylEmulator, tmp_path: Path) -> None:
    for number in range(20):
        emulator.add_test(f"Suite test {number:02d}", steps=["Open", "Check"])
    names = [f"Suite test {number:02d}" for number in range(20)]
    code, out, _ = run(*names, "--junit", str(tmp_path / "junit.xml"))
    assert code == 0 and out.splitlines()[-1] == "20 of 20 passed"
    assert started_runs(emulator) == 20
    assert sum(r.path == STREAM for r in emulator.requests) == 1
    assert len(list(valid_junit(tmp_path / "junit.xml").iter("testcase"))) == 20


def test_github_summary_and_artifacts(emulator: RevylEmulator, seeded: dict[str, str], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, _, err = run("Checkout", "--workflow", "Smoke", "--github-summary", "--artifacts", str(tmp_path / "a"))
    assert code == 1
    text = summary.read_text()
    assert text.startswith("earlier step\n### Revyl: 1 of 3 test runs passed (2 failed)")
    assert "| Smoke / Checkout | ❌ failed |" in text
    assert (tmp_path / "a" / "Checkout" / "video.mp4").is_file()
    assert (tmp_path / "a" / "Smoke" / "Login flow" / "device-logs.txt").is_file()
    assert len(list((tmp_path / "a" / "Smoke" / "Checkout" / "screenshots").iterdir())) == 4
    assert "21 artifacts saved under" in err


def _command(emulator: RevylEmulator, *argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, **emulator.env(), "PYTHONPATH": os.pathsep.join(
        str(ROOT / part) for part in ("generated", "overlay"))}
    return subprocess.Popen([sys.executable, "-m", "revyl_sdk", "run", *argv], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_errors_are_one_line_without_a_traceback(emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    for argv, expected in ((["Nope"], "revyl: error: no test named 'Nope'"),
                           ([], "python -m revyl_sdk: error: give at least one test or --workflow to run")):
        process = _command(emulator, *argv)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 2 and out == ""
        assert err.splitlines() == [err.splitlines()[0]] and err.startswith(expected)


def test_ctrl_c_cancels_the_runs_it_started(emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    emulator.script(seeded["login"], steps=500, step_seconds=0.05)
    process = _command(emulator, "Login flow", "--workflow", "Smoke")
    assert process.stderr is not None
    started = [process.stderr.readline() for _ in range(2)]
    assert all(line.startswith("started ") for line in started)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted; cancelled the 2 runs it started" in err and "Traceback" not in err
    test_task = started[0].rsplit(" ", 1)[-1].strip().rstrip(")")
    workflow_task = started[1].rsplit(" ", 1)[-1].strip().rstrip(")")
    deadline = time.monotonic() + 5
    while (emulator.test_run(test_task)["status"], emulator.workflow_run(workflow_task)["status"]) != (
            "cancelled", "cancelled"):
        assert time.monotonic() < deadline, (emulator.test_run(test_task), emulator.workflow_run(workflow_task), err)
        time.sleep(0.02)
