"""`python -m revyl_sdk run` for 20 tests: the command's wall time beyond the runs themselves.

Against the emulator on 127.0.0.1: 20 tests of 5 steps each, started by one command (with
`--junit`, so every report is fetched too). The runs' own time is the emulator's span from
the first run queued to the last one finished; what the command adds on top (interpreter
start, imports, name lookup, starting, following, reports, the JUnit file) is compared
with a bare `python -c "import revyl_sdk"`, the floor any command pays.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / p) for p in ("generated", "overlay")]

from revyl_sdk.testing import RevylEmulator  # noqa: E402

Row = tuple[str, float, float, str]
RUNS = 20
STEPS = 5
STEP_SECONDS = 0.1
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("generated", "overlay"))}


def _one_round() -> tuple[float, float]:
    """(command wall seconds, the runs' own span in seconds)."""
    with RevylEmulator(step_seconds=STEP_SECONDS, queued_seconds=0.05) as emulator, \
            tempfile.TemporaryDirectory() as scratch:
        names = [f"Bench test {number:02d}" for number in range(RUNS)]
        for name in names:
            emulator.add_test(name, steps=[f"Step {step}" for step in range(STEPS)])
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "revyl_sdk", "run", *names, "--junit", f"{scratch}/junit.xml"],
                       env={**ENV, **emulator.env()}, check=True, capture_output=True)
        wall = time.perf_counter() - started
        tasks = list(emulator._store.runs.tests.values())
        assert len(tasks) == RUNS and all(task.passed for task in tasks)
        span = max(task.completed_at or 0.0 for task in tasks) - min(task.created_at for task in tasks)
        return wall, span


def _import_seconds() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import revyl_sdk"], env=ENV, check=True)
    return time.perf_counter() - started


def cli_overhead(rounds: int = 3) -> list[Row]:
    samples = [_one_round() for _ in range(rounds)]
    wall = statistics.median(sample[0] for sample in samples)
    overhead = statistics.median(sample[0] - sample[1] for sample in samples)
    span = statistics.median(sample[1] for sample in samples)
    floor = statistics.median(_import_seconds() for _ in range(rounds))
    return [
        (f"run {RUNS} tests: command wall (s) vs the runs' own span", wall, span, "report"),
        (f"run {RUNS} tests: overhead beyond the runs (s) vs python + import", overhead, floor, "<= 1.5 s overhead"),
    ]


if __name__ == "__main__":
    for what, measured, baseline, goal in cli_overhead():
        print(f"{what:<62} {measured:>8.2f} {baseline:>8.2f}  {goal}")
