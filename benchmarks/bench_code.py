"""Tests as code: `python -m revyl_sdk tests status` against Revyl's `revyl test list`.

On one emulator in this run: a repo of 200 tests pulled by the SDK, then its status from
`client.tests.status()` (a new client each time) and from `revyl test list --json`, median
of 3; and the same as a CI job runs it, `python -m revyl_sdk tests status` in a fresh process
(which pays the interpreter and its imports first). Then the requests each sends for 10,
50, 200 and 400 tests: the SDK reads the test list 200 at a time, the CLI asks for every
test by id.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / p) for p in ("generated", "overlay")]

from revyl_sdk import Revyl  # noqa: E402
from revyl_sdk.testing import RevylEmulator  # noqa: E402

Row = tuple[str, float, float, str]
TESTS = 200
# Read compiled bytecode, as an installed package does (pip compiles it): a warm-up round writes it.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("generated", "overlay"))}
REVYL = str(Path(sys.executable).with_name("revyl"))


def _repo(emulator: RevylEmulator, count: int, folder: Path) -> Path:
    app_id = emulator.add_app("Shop", "android")
    for number in range(count):
        emulator.add_test(f"Bench test {number:03d}", steps=["Open the app", f"Check screen {number}"], app_id=app_id)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    with Revyl(emulator.api_key, base_url=emulator.base_url) as client:
        assert len(client.tests.pull(folder).tests) == count
    return folder


def _cli_env(emulator: RevylEmulator, home: Path) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "CI": "true", "REVYL_NO_UPDATE_NOTIFIER": "1",
            "NO_PROXY": "127.0.0.1,localhost", **emulator.env()}


def _timed(command: list[str], env: dict[str, str], expect: int = 0) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    assert done.returncode == expect, (command, done.stdout[-500:], done.stderr[-500:])
    return elapsed


def _test_requests(emulator: RevylEmulator, before: int) -> int:
    return sum(request.path.startswith("/api/v1/tests/") for request in emulator.requests[before:])


def _status_seconds(emulator: RevylEmulator, repo: Path) -> float:
    started = time.perf_counter()
    with Revyl(emulator.api_key, base_url=emulator.base_url) as client:
        assert client.tests.status(repo, remote_only=False).clean
    return time.perf_counter() - started


def status_vs_cli(rounds: int = 3) -> list[Row]:
    with RevylEmulator() as emulator, tempfile.TemporaryDirectory() as scratch:
        repo = _repo(emulator, TESTS, Path(scratch) / "repo")
        home = Path(scratch) / "home"
        home.mkdir()
        command = [sys.executable, "-m", "revyl_sdk", "tests", "status", str(repo), "--json", "--linked-only"]
        env = {**ENV, **emulator.env(), "PYTHONPYCACHEPREFIX": str(Path(scratch) / "bytecode")}
        _timed(command, env)  # writes the bytecode
        cli = [REVYL, "-C", str(repo), "test", "list", "--json"]
        ours = statistics.median(_status_seconds(emulator, repo) for _ in range(rounds))
        theirs = statistics.median(_timed(cli, _cli_env(emulator, home)) for _ in range(rounds))
        command_wall = statistics.median(_timed(command, env) for _ in range(rounds))
        floor = statistics.median(_timed([sys.executable, "-c", "import revyl_sdk"], env) for _ in range(rounds))
    return [
        (f"tests.status() of {TESTS} tests (s) vs revyl test list", ours, theirs, "<= 0.5x"),
        (f"python -m revyl_sdk tests status, {TESTS} tests (s) vs revyl test list", command_wall, theirs, "report"),
        ("  of which python + import revyl_sdk (s) vs revyl test list", floor, theirs, "report"),
    ]


def requests_by_size(sizes: tuple[int, ...] = (10, 50, 200, 400)) -> list[Row]:
    rows = []
    for count in sizes:
        with RevylEmulator() as emulator, tempfile.TemporaryDirectory() as scratch:
            repo = _repo(emulator, count, Path(scratch) / "repo")
            home = Path(scratch) / "home"
            home.mkdir()
            before = len(emulator.requests)
            with Revyl(emulator.api_key, base_url=emulator.base_url) as client:
                assert client.tests.status(repo).clean
            ours = _test_requests(emulator, before)
            before = len(emulator.requests)
            _timed([REVYL, "-C", str(repo), "test", "list", "--json"], _cli_env(emulator, home))
            theirs = _test_requests(emulator, before)
            shutil.rmtree(repo)
        rows.append((f"tests status requests at {count} tests vs revyl test list", float(ours), float(theirs),
                     "report (pages of 200 vs one per test)"))
    return rows


if __name__ == "__main__":
    for what, measured, baseline, goal in [*status_vs_cli(), *requests_by_size()]:
        print(f"{what:<62} {measured:>8.2f} {baseline:>8.2f}  {measured / baseline:>5.2f}x  {goal}")
