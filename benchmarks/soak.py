"""`make soak`: the load and fault scenarios of tests/reliability/_load.py at full size, with
their figures (the tests run the same scenarios small and assert only behaviour).

Bounded loops, loopback only; sized for a 2-core machine.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "reliability"), str(ROOT / "tests"), str(ROOT / "generated"),
                str(ROOT / "overlay")]

from _load import Figures, backend_faults, many_runs, shared_sync_client  # noqa: E402


def _print(title: str, figures: Figures, seconds: float) -> None:
    print(f"\n{title}  ({seconds:.1f} s)")
    for name, value in figures.items():
        print(f"  {name:<56} {value:>10.2f}" if isinstance(value, float) else f"  {name:<56} {value:>10}")


def main() -> None:
    scenarios: list[tuple[str, Callable[[], Figures]]] = [
        ("one sync Revyl shared by 32 threads (mixed calls and waits)",
         lambda: shared_sync_client(threads=32, rounds=30)),
        ("1,000 runs followed at once (async gather, then sync wait_all)", lambda: many_runs(1000)),
        ("backend restarted mid-wait, stream cut every 3 events, 10 % 502",
         lambda: backend_faults(runs=200, threads=16, outages=3)),
    ]
    for title, scenario in scenarios:
        began = time.monotonic()
        figures = scenario()
        _print(title, figures, time.monotonic() - began)


if __name__ == "__main__":
    main()
