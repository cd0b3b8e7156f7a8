"""Ctrl-C on `python -m revyl_sdk run`, as a real subprocess sent real signals, and starts
that get a 5xx: the command reconciles them (one run per target) and exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from _run_counts import solo_test_runs, workflow_runs
from revyl_sdk.testing import RevylEmulator

ROOT = Path(__file__).resolve().parents[2]
TEST_START = "/api/v1/execution/api/execute_test_id_async"
WORKFLOW_START = "/api/v1/execution/api/execute_workflow_id_async"


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    with RevylEmulator(step_seconds=0.02, queued_seconds=0.01, heartbeat_seconds=0.5) as started:
        yield started


@pytest.fixture
def seeded(emulator: RevylEmulator) -> dict[str, str]:
    login = emulator.add_test("Login flow", steps=["Open the app", "Sign in"])
    checkout = emulator.add_test("Checkout", steps=["Open the cart", "Tap Pay"])
    return {"login": login, "checkout": checkout, "smoke": emulator.add_workflow("Smoke", [login, checkout])}


def command(emulator: RevylEmulator, *argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, **emulator.env(), "PYTHONPATH": os.pathsep.join(
        str(ROOT / part) for part in ("generated", "overlay"))}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.Popen([sys.executable, "-m", "revyl_sdk", "run", *argv], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def read_until(stream: IO[str] | None, prefix: str, count: int = 1) -> list[str]:
    """Lines of `stream` up to the `count`-th starting with `prefix` (a dead process fails the test)."""
    assert stream is not None
    seen: list[str] = []
    while sum(line.startswith(prefix) for line in seen) < count:
        line = stream.readline()
        assert line, f"the command ended before printing {prefix!r}: {''.join(seen)}"
        seen.append(line)
    return seen


def task_of(started_line: str) -> str:
    return started_line.rsplit(" ", 1)[-1].strip().rstrip(")")


def test_a_second_ctrl_c_exits_at_once_without_waiting_for_the_cancellations(
        emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    emulator.script(seeded["login"], steps=500, step_seconds=0.05)
    emulator.slow_down("/api/v1/execution/tests/status/cancel/*", 60.0)  # the cancel hangs
    process = command(emulator, "Login flow")
    started = [line for line in read_until(process.stderr, "started ") if line.startswith("started ")]
    process.send_signal(signal.SIGINT)
    read_until(process.stderr, "revyl: interrupted; cancelling the 1 run it started")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)  # far less than the cancel's 60 s
    assert process.returncode == 130, err
    assert "interrupted again; exiting" in err and "Traceback" not in err
    assert emulator.test_run(task_of(started[0]))["status"] != "cancelled"  # it did not wait for it


@pytest.mark.parametrize("after_handling", [False, True], ids=["before handling", "after handling"])
def test_one_injected_500_per_start_still_exits_0_with_one_run_each(
        emulator: RevylEmulator, seeded: dict[str, str], after_handling: bool) -> None:
    emulator.fail(TEST_START, status=500, times=1, after_handling=after_handling)
    emulator.fail(WORKFLOW_START, status=500, times=1, after_handling=after_handling)
    process = command(emulator, "Login flow", "--workflow", "Smoke")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    starts = [r for r in emulator.requests if r.path in (TEST_START, WORKFLOW_START)]
    sends = 1 if after_handling else 2  # adopted, or sent once more after the history showed none
    assert sorted(r.path for r in starts) == sorted([TEST_START] * sends + [WORKFLOW_START] * sends)
    # One run of the test alone, one of the workflow, either way.
    assert len(solo_test_runs(emulator, seeded["login"])) == 1
    assert len(workflow_runs(emulator, seeded["smoke"])) == 1
    assert "Login flow" in out and "Smoke" in out
