"""`make bench`: every benchmark of the project as one table of ratios measured in this run.

`python benchmarks/run.py upload stream` runs only those sections (`bench_upload.py`, ...).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), *(str(Path(__file__).parents[1] / p) for p in ("generated", "overlay"))]

import bench_cli  # noqa: E402
import bench_code  # noqa: E402
import bench_core  # noqa: E402
import bench_devices  # noqa: E402
import bench_emulator  # noqa: E402
import bench_stream  # noqa: E402
import bench_upload  # noqa: E402

Row = tuple[str, float, float, str]


def _benchmarks() -> Iterable[Callable[[], Row | list[Row]]]:
    yield bench_core.regen_vs_raw_generator
    yield bench_core.import_times
    yield bench_core.get_status_overhead
    yield bench_core.client_api_overhead
    yield bench_stream.stream_throughput
    yield bench_stream.follow_200_runs
    yield bench_upload.upload_peak_rss
    yield bench_upload.upload_throughput
    yield bench_devices.start_to_first_screenshot
    yield bench_cli.cli_overhead
    yield bench_code.status_vs_cli
    yield bench_code.requests_by_size
    yield bench_emulator.hostile_inputs
    yield bench_emulator.keep_alive_latency


def main() -> None:
    sections = set(sys.argv[1:])
    print(f"{'benchmark':<58} {'measured':>12} {'baseline':>12} {'ratio':>7}  goal")
    for benchmark in _benchmarks():
        if sections and benchmark.__module__.removeprefix("bench_") not in sections:
            continue
        result = benchmark()
        for what, measured, baseline, goal in result if isinstance(result, list) else [result]:
            print(f"{what:<58} {measured:>12.2f} {baseline:>12.2f} {measured / baseline:>6.2f}x  {goal}", flush=True)


if __name__ == "__main__":
    main()
