"""Load and fault scenarios against the emulator, sized by the caller: the tests run them
small and assert behaviour (counts, correctness); `make soak` runs them full size and prints
the figures (latencies, connections, memory). Loopback only.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import random
import socket
import threading
import time
from typing import Any

from revyl_api.types import Unset
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk.testing import RevylEmulator

STREAM = "/api/v1/monitor/stream/unified"
TEST_STATUS = "/api/v1/tests/get_test_execution_task"
TEST_START = "/api/v1/execution/api/execute_test_id_async"
PACE = 0.02  # seconds between the starts of `many_runs`

Figures = dict[str, float]


def rss_kib() -> int:
    """This process's resident memory (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def established_to(port: int) -> int:
    """TCP connections of this machine in ESTABLISHED state whose far end is `port` (the
    clients' side of connections to the emulator)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table, encoding="ascii") as rows:
            next(rows)
            for row in rows:
                fields = row.split()
                if fields[3] == "01" and int(fields[2].rsplit(":", 1)[1], 16) == port:
                    count += 1
    return count


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _epoch(text: object) -> float:
    if not isinstance(text, str) or not text:
        raise AssertionError(f"a finished run without completed_at: {text!r}")
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def requests_to(emulator: RevylEmulator, path: str, since: int = 0) -> int:
    return sum(1 for request in emulator.requests[since:] if request.path == path)


def solo_runs(emulator: RevylEmulator, client: Revyl, test_id: str) -> list[str]:
    return [str(item.enhanced_task.id) for item in client.tests.history(test_id)
            if isinstance(item.enhanced_task.workflow_execution_id, Unset | None)]


# -- one sync client, many threads ------------------------------------------------------------


def shared_sync_client(threads: int, rounds: int) -> Figures:
    """`threads` threads share one `Revyl`: reads whose answers must match their question, and
    run + wait. Raises on any error or crossed answer; returns the peak connection count."""
    with RevylEmulator(step_seconds=0.005, queued_seconds=0.01, heartbeat_seconds=0.5) as emulator:
        tests = [emulator.add_test(f"Test {i}", steps=["Open", "Check"]) for i in range(8)]
        apps = {emulator.add_app(f"App {i}"): f"App {i}" for i in range(4)}
        peak = [0]
        stop = threading.Event()
        port = int(emulator.base_url.rsplit(":", 1)[1])

        def sample() -> None:
            while not stop.wait(0.01):
                peak[0] = max(peak[0], established_to(port))

        errors: list[BaseException] = []
        waited = [0]
        with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
            def worker(seed: int) -> None:
                dice = random.Random(seed)
                try:
                    for round_ in range(rounds):
                        test_id = dice.choice(tests)
                        assert str(client.tests.get(test_id).id) == test_id, "crossed answer (tests.get)"
                        app_id = dice.choice(list(apps))
                        assert client.apps.get(app_id).name == apps[app_id], "crossed answer (apps.get)"
                        if round_ % 3 == 0:
                            run = client.tests.run(test_id)
                            status = client.tests.get_status(run.task_id)
                            assert str(status.test_id) == test_id, "crossed answer (get_status)"
                            result = run.wait(timeout=120)
                            assert result.task_id == run.task_id and result.passed, "crossed answer (wait)"
                            waited[0] += 1
                except BaseException as error:  # reported by the caller, with the others
                    errors.append(error)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            workers = [threading.Thread(target=worker, args=(seed,)) for seed in range(threads)]
            for thread in workers:
                thread.start()
            for thread in workers:
                thread.join()
            stop.set()
            sampler.join()
            streams = requests_to(emulator, STREAM)
        if errors:
            raise errors[0]
        return {"threads": threads, "waits": waited[0], "peak connections": peak[0], "stream connections": streams}


# -- many runs followed at once ---------------------------------------------------------------


def many_runs(count: int) -> Figures:
    """`count` runs followed at once, with async gather then a sync group wait: one stream
    each, no polling while it is healthy; event -> return latencies and RSS growth."""
    figures: Figures = {"runs": count}
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01, heartbeat_seconds=0.5) as emulator:
        tests = [emulator.add_test(f"Test {i}", steps=["Open", "Check"]) for i in range(10)]
        # Started one every PACE seconds and queued for longer than starting them all takes:
        # every run ends after the waits have begun, the endings spread as the starts were.
        queued = 1.0 + count * PACE
        for test_id in tests:
            emulator.script(test_id, queued_seconds=queued, step_seconds=0.01)
        rss_before = rss_kib()
        figures.update(asyncio.run(_gathered(emulator, tests, count)))
        figures.update(_sync_group(emulator, tests, count))
        figures["RSS growth (MiB, SDK + in-process emulator)"] = (rss_kib() - rss_before) / 1024
    return figures


async def _gathered(emulator: RevylEmulator, tests: list[str], count: int) -> Figures:
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        began, runs = time.monotonic(), []
        for i in range(count):
            runs.append(await client.tests.run(tests[i % len(tests)]))
            await asyncio.sleep(max(0.0, began + (i + 1) * PACE - time.monotonic()))
        assert len({run.task_id for run in runs}) == count
        mark = len(emulator.requests)
        returned: dict[str, float] = {}

        async def follow(run: Any) -> Any:
            result = await run.wait(timeout=600)
            returned[run.task_id] = time.time()
            return result

        results = await asyncio.gather(*(follow(run) for run in runs))
        assert [result.task_id for result in results] == [run.task_id for run in runs]
        assert all(result.passed for result in results)
        latencies = [returned[run.task_id] - _epoch(emulator.test_run(run.task_id)["completed_at"]) for run in runs]
        return {**_latency_figures("async gather", latencies),
                "async gather: stream connections": requests_to(emulator, STREAM, mark),
                "async gather: status reads per run": requests_to(emulator, TEST_STATUS, mark) / count}


def _sync_group(emulator: RevylEmulator, tests: list[str], count: int) -> Figures:
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        began, runs = time.monotonic(), []
        for i in range(count):
            runs.append(client.tests.run(tests[i % len(tests)]))
            time.sleep(max(0.0, began + (i + 1) * PACE - time.monotonic()))
        mark = len(emulator.requests)
        results = client.monitor.wait_all(runs, timeout=600)
        returned = time.time()
        assert [result.task_id for result in results] == [run.task_id for run in runs]
        assert all(result.passed for result in results)
        last_event = max(_epoch(emulator.test_run(run.task_id)["completed_at"]) for run in runs)
        return {"sync wait_all: stream connections": requests_to(emulator, STREAM, mark),
                "sync wait_all: status reads per run": requests_to(emulator, TEST_STATUS, mark) / count,
                "sync wait_all: last event -> return (ms)": (returned - last_event) * 1000}


def _latency_figures(label: str, latencies: list[float]) -> Figures:
    millis = [latency * 1000 for latency in latencies]
    return {f"{label}: event -> wait() p50 (ms)": percentile(millis, 0.50),
            f"{label}: event -> wait() p99 (ms)": percentile(millis, 0.99),
            f"{label}: event -> wait() max (ms)": max(millis)}


# -- the backend going away -------------------------------------------------------------------


class FrontDoor:
    """A TCP proxy on a fixed loopback port in front of the emulator. `outage()` closes the
    port and every connection through it, then listens on the same port again: to the
    client, the backend went away and came back, its records kept (as a real one's are)."""

    def __init__(self, target_port: int) -> None:
        self._target = target_port
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="front-door", daemon=True)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self.outages = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FrontDoor:
        self._thread.start()
        self._call(self._listen())
        return self

    def __exit__(self, *exc: object) -> None:
        self._call(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def outage(self, seconds: float) -> None:
        self._call(self._close())
        self.outages += 1
        time.sleep(seconds)
        self._call(self._listen())

    def _call(self, work: Any) -> None:
        asyncio.run_coroutine_threadsafe(work, self._loop).result(timeout=10)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, reuse_address=True)

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._open):
            writer.transport.abort()  # a reset, as when the process dies

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self._target)
        except OSError:
            writer.transport.abort()
            return
        self._open.update((writer, upstream_writer))

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, ConnectionError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()  # after what was read is written: the other side sees the end

        try:
            await asyncio.gather(pump(reader, upstream_writer), pump(upstream_reader, writer))
        finally:
            for end in (writer, upstream_writer):
                self._open.discard(end)
                end.transport.abort()


def backend_faults(runs: int, threads: int, outages: int) -> Figures:
    """`runs` starts from `threads` threads, then one group wait, while the backend goes away
    `outages` times, every stream is cut after 3 events, and 10 % of requests get a 502
    (a tenth of the starts' after the run was made). Checks every result arrives, correct,
    and the server holds exactly one run per start."""
    with RevylEmulator(step_seconds=0.05, queued_seconds=0.05, heartbeat_seconds=0.5) as emulator:
        passing = emulator.add_test("Passes", steps=["Open", "Check"])
        failing = emulator.add_test("Fails", steps=["Open", "Pay"])
        emulator.script(passing, queued_seconds=2.0, step_seconds=0.2)
        emulator.script(failing, queued_seconds=2.0, step_seconds=0.2, outcome="failed", fail_at_step=2,
                        error_message="Pay button missing")
        emulator.drop_stream(after_events=3, times=100_000)
        emulator.fail(TEST_START, status=502, times=None, rate=0.1, after_handling=True)
        emulator.fail("/api/v1/*", status=502, times=None, rate=0.1)
        target = int(emulator.base_url.rsplit(":", 1)[1])
        with FrontDoor(target) as door, Revyl(emulator.api_key, base_url=door.url, ci_headers=False) as client:
            plan = [passing if i % 3 else failing for i in range(runs)]
            started: list[Any] = [None] * runs

            def start(indexes: list[int]) -> None:
                for index in indexes:
                    started[index] = client.tests.run(plan[index])

            starters = [threading.Thread(target=start, args=(list(range(k, runs, threads)),))
                        for k in range(threads)]
            for thread in starters:
                thread.start()
            for thread in starters:
                thread.join()
            assert all(run is not None for run in started), "a start failed"
            def restarts() -> None:
                for _ in range(outages):
                    time.sleep(0.3)
                    door.outage(1.0)

            chaos = threading.Thread(target=restarts)
            chaos.start()
            results = client.monitor.wait_all(started, timeout=600)
            chaos.join()
            for run, result, test_id in zip(started, results, plan, strict=True):
                assert result.task_id == run.task_id
                assert result.passed == (test_id == passing), f"wrong result for {run.task_id}: {result.status}"
                assert emulator.test_run(run.task_id)["status"] == result.status
        emulator.clear_faults()
        with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as reader:
            for test_id in (passing, failing):
                made = sorted(solo_runs(emulator, reader, test_id))
                mine = sorted(run.task_id for run, planned in zip(started, plan, strict=True) if planned == test_id)
                assert made == mine, f"{len(made)} runs made for {len(mine)} starts of {test_id}"
        log = emulator.requests
        return {"runs": runs, "outages": door.outages, "requests": len(log),
                "answered 502": sum(1 for r in log if r.status == 502),
                "start requests": sum(1 for r in log if r.path == TEST_START),
                "stream connections": sum(1 for r in log if r.path == STREAM)}
