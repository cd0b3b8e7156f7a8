"""Live monitoring: stream throughput, and what following 200 runs costs the network.

Each function returns `(what, measured, baseline, goal)` rows for `benchmarks/run.py`;
`python benchmarks/bench_stream.py` prints them alone. Everything runs against the
emulator on 127.0.0.1, set up as the live tests set it (tests/live/live_scene.py).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / p) for p in ("generated", "overlay", "tests/live")]

import httpx  # noqa: E402
from httpx_sse import EventSource  # noqa: E402
from live_scene import (  # noqa: E402
    API_KEY,
    DROP,
    EXECUTE_TEST_PATH,
    STREAM_PATH,
    TEST_STATUS_PATH,
    Step,
    live_scene,
    org_test_item,
    sse,
    status_body,
)
from revyl_sdk import AsyncRevyl, Revyl  # noqa: E402

Row = tuple[str, float, float, str]

EVENTS = 50_000
RUNS = 200
RUN_SECONDS = 2.0  # how long each of the 200 runs lasts in the network benchmark


def _transcript(count: int) -> bytes:
    """`count` test_updated events for 50 runs, as one blob: the server is never the limit."""
    tasks = [str(uuid.uuid4()) for _ in range(50)]
    events = [sse("test_updated", {"test": org_test_item(tasks[i % 50], progress=float(i % 100))})
              for i in range(count)]
    return b"".join(events)


def _best_rates(script: list[Step], tries: int = 3) -> tuple[float, float]:
    """Events per second of the SDK and of the bare loop, best of `tries` each.

    The two alternate, so a machine that slows down mid-run slows both alike.
    """
    best = {_sdk_stream: 0.0, _bare_loop: 0.0}
    for _ in range(tries):
        for consume in best:
            with live_scene() as live:
                live.scripts = [script]
                started = time.perf_counter()
                count = consume(live.url)
                best[consume] = max(best[consume], count / (time.perf_counter() - started))
    return best[_sdk_stream], best[_bare_loop]


def _bare_loop(url: str) -> int:
    """What a hand-written client does: httpx-sse, decode the JSON, pick the task id."""
    seen = 0
    with httpx.Client(timeout=None, headers={"Authorization": f"Bearer {API_KEY}"}) as http, \
            http.stream("GET", url + STREAM_PATH) as response:
        for message in EventSource(response).iter_sse():
            task_id = json.loads(message.data)["test"]["id"]
            seen += bool(task_id)
            if seen == EVENTS:
                break
    return seen


def _sdk_stream(url: str) -> int:
    """The same through `client.monitor.stream()`: typed events, filtered by task id."""
    seen = 0
    with Revyl(API_KEY, base_url=url, max_retries=0, ci_headers=False) as client, \
            client.monitor.stream() as stream:
        for event in stream:
            task_id = event.task_id  # type: ignore[union-attr]  # all are test events here
            seen += bool(task_id)
            if seen == EVENTS:
                break
    return seen


def stream_throughput() -> Row:
    script: list[Step] = [_transcript(EVENTS), DROP]
    sdk, bare = _best_rates(script)
    return ("monitor.stream() events/s vs bare httpx-sse loop", sdk, bare, ">= 0.8x")


def _follow_runs(mode: Literal["auto", "polling"]) -> tuple[int, int, int]:
    """Start 200 runs that end RUN_SECONDS later; wait for all in `mode`.

    Returns (HTTP requests, TCP connections, status reads made before a run had ended).
    """
    tasks = [str(uuid.uuid4()) for _ in range(RUNS)]
    started = time.monotonic()

    def status(task: str) -> Callable[[], dict[str, object]]:
        def answer() -> dict[str, object]:
            ended = time.monotonic() - started >= RUN_SECONDS
            return status_body(task, "completed" if ended else "running")
        return answer

    updates = [sse("test_updated", {"test": org_test_item(t, progress=p)})
               for p in (25.0, 50.0, 75.0) for t in tasks]
    endings = [sse("test_completed", {"test": org_test_item(t, "completed")}) for t in tasks]
    script: list[Step] = [
        sse("connection_ready", {}),
        sse("initial_state", {"running_tests": [org_test_item(t, "queued") for t in tasks]}),
        *updates, RUN_SECONDS, *endings,
    ]

    async def follow(url: str) -> None:
        async with AsyncRevyl(API_KEY, base_url=url, max_retries=0, ci_headers=False) as client:
            runs = [await client.tests.run(str(uuid.uuid4())) for _ in tasks]
            await client.monitor.wait_all(runs, mode=mode)

    with live_scene() as live:
        live.scripts = [script]
        live.test_statuses = {t: [status(t)] for t in tasks}
        live.executed_task_ids = list(tasks)
        asyncio.run(follow(live.url))
    requests = [r for r in live.log if r.path != EXECUTE_TEST_PATH]
    early = sum(1 for r in requests if r.path == TEST_STATUS_PATH and r.at - started < RUN_SECONDS)
    return len(requests), live.tcp_connections, early


def follow_200_runs() -> list[Row]:
    stream_requests, stream_conns, stream_early = _follow_runs("auto")
    poll_requests, poll_conns, poll_early = _follow_runs("polling")
    return [
        (f"{RUNS} runs: HTTP requests (shared stream / polling)", stream_requests,
         poll_requests, "< 1x"),
        (f"{RUNS} runs: status reads before they end (stream / polling)", stream_early,
         poll_early, "0 reads"),
        (f"{RUNS} runs: TCP connections (stream / polling)", stream_conns, poll_conns,
         "informational"),
    ]


def main() -> None:
    print(f"{'benchmark':<58} {'measured':>12} {'baseline':>12} {'ratio':>7}  goal")
    for benchmark in (stream_throughput, follow_200_runs):
        result = benchmark()
        for what, measured, baseline, goal in result if isinstance(result, list) else [result]:
            print(f"{what:<58} {measured:>12.2f} {baseline:>12.2f} "
                  f"{measured / baseline:>6.2f}x  {goal}", flush=True)


if __name__ == "__main__":
    main()
