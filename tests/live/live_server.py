"""A real HTTP server on 127.0.0.1 that replays monitor-stream transcripts and answers
the status, report, share-link, execute and cancel endpoints, counting every request.

Each stream connection plays the next script of `LiveServer.scripts`; the last script is
replayed for any later connection. A script is a list of steps:

- `bytes` / `str`: written as is (transcripts are raw bytes: CRLF, comments, splits);
- `float`: a pause in seconds;
- `threading.Event`: wait until it is set;
- a callable: called on the server thread (e.g. to record when something was sent);
- `DROP`: close the connection at once.

When a script runs out the connection is held open (silent) until the client leaves or
the server stops.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from revyl_sdk import MonitorSettings

DROP = object()

# Every wait and reconnect in these tests takes milliseconds, never seconds.
FAST = MonitorSettings(
    idle_timeout=1.0,
    reconnect_delay=0.01,
    reconnect_max_delay=0.05,
    max_reconnects=3,
    poll_interval=0.01,
    poll_max_interval=0.05,
    poll_error_budget=3,
    quiet_timeout=5.0,
)
STREAM_PATH = "/api/v1/monitor/stream/unified"
TEST_STATUS_PATH = "/api/v1/tests/get_test_execution_task"
WORKFLOW_STATUS_PREFIX = "/api/v1/workflows/status/"
REPORT_PATH = "/api/v1/workflows/share/unified-report"
TEST_LINK_PATH = "/api/v1/report/async-run/generate_shareable_report_link_by_task"
WORKFLOW_LINK_PATH = "/api/v1/workflows/share/generate_shareable_link"
EXECUTE_TEST_PATH = "/api/v1/execution/api/execute_test_id_async"
EXECUTE_WORKFLOW_PATH = "/api/v1/execution/api/execute_workflow_id_async"
CANCEL_TEST_PREFIX = "/api/v1/execution/tests/status/cancel/"

Step = Any
Body = dict[str, Any]
Answer = Body | tuple[int, Body] | Callable[[], "Body | tuple[int, Body]"]


@dataclass
class Logged:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float


@dataclass
class LiveServer:
    scripts: list[list[Step]] = field(default_factory=lambda: [[]])
    stream_error: tuple[int, Body] | None = None
    """Answer the stream endpoint with this (status, body) instead of a stream."""
    test_statuses: dict[str, list[Answer]] = field(default_factory=dict)
    """Per task id, the answers of successive status reads; the last one repeats. A
    callable answer is called for each read (e.g. to answer by the clock)."""
    workflow_statuses: dict[str, list[Answer]] = field(default_factory=dict)
    reports: dict[str, Answer] = field(default_factory=dict)
    executed_task_ids: list[str] = field(default_factory=list)
    """Task ids the execute endpoint hands out, in order (random ones after)."""
    log: list[Logged] = field(default_factory=list)
    marks: dict[str, float] = field(default_factory=dict)
    """Named moments recorded by script callables (monotonic clock)."""
    url: str = ""

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._connections = 0
        self.tcp_connections = 0
        """TCP connections accepted, whatever they carried."""
        self._httpd: ThreadingHTTPServer | None = None

    # -- what tests read -----------------------------------------------------------------

    def count(self, path: str, prefix: bool = False) -> int:
        with self._lock:
            return sum(1 for r in self.log if (r.path.startswith(path) if prefix else r.path == path))

    def requests(self, path: str, prefix: bool = False) -> list[Logged]:
        with self._lock:
            return [r for r in self.log if (r.path.startswith(path) if prefix else r.path == path)]

    @property
    def stream_connections(self) -> int:
        return self.count(STREAM_PATH)

    def status_reads(self, task_id: str) -> list[Logged]:
        return [r for r in self.requests(TEST_STATUS_PATH) if r.query.get("task_id") == [task_id]] + \
            self.requests(WORKFLOW_STATUS_PREFIX + task_id)

    def mark(self, name: str) -> Callable[[], None]:
        """A script step recording when the script got there."""
        return lambda: self.marks.__setitem__(name, time.monotonic())

    def totals(self) -> Counter[str]:
        with self._lock:
            return Counter(r.path if not r.path.startswith(WORKFLOW_STATUS_PREFIX)
                           else WORKFLOW_STATUS_PREFIX for r in self.log)

    # -- lifecycle -------------------------------------------------------------------------

    @contextlib.contextmanager
    def running(self) -> Iterator[LiveServer]:
        handler = type("Handler", (_Handler,), {"live": self})
        httpd = _Server(("127.0.0.1", 0), handler)
        self._httpd = httpd
        self.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                  daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            httpd.shutdown()
            httpd.server_close()
            thread.join(5)

    def _next_script(self) -> list[Step]:
        with self._lock:
            index = min(self._connections, len(self.scripts) - 1)
            self._connections += 1
            return self.scripts[index]

    def _answer(self, answers: dict[str, list[Answer]], key: str) -> Answer | None:
        with self._lock:
            queue = answers.get(key)
            if not queue:
                return None
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def _next_task_id(self) -> str:
        with self._lock:
            return self.executed_task_ids.pop(0) if self.executed_task_ids else str(uuid.uuid4())


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # hundreds of clients connect at once in the concurrency tests


class _Handler(BaseHTTPRequestHandler):
    live: LiveServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        with self.live._lock:
            self.live.tcp_connections += 1
        # Each SSE write must leave at once, not wait on Nagle for the next one.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _record(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        with self.live._lock:
            self.live.log.append(Logged(self.command, parts.path, query, dict(self.headers),
                                        time.monotonic()))
        return parts.path, query

    def _json(self, answer: Answer | None) -> None:
        if callable(answer):
            answer = answer()
        status, body = (404, {"detail": "Not Found"}) if answer is None else (
            answer if isinstance(answer, tuple) else (200, answer))
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> Body:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else {}

    def do_GET(self) -> None:
        path, query = self._record()
        live = self.live
        if path == STREAM_PATH:
            if live.stream_error is not None:
                return self._json(live.stream_error)
            return self._stream(live._next_script())
        if path == TEST_STATUS_PATH:
            return self._json(live._answer(live.test_statuses, query.get("task_id", [""])[0]))
        if path.startswith(WORKFLOW_STATUS_PREFIX):
            task_id = path.removeprefix(WORKFLOW_STATUS_PREFIX)
            return self._json(live._answer(live.workflow_statuses, task_id))
        self._json(None)

    def do_POST(self) -> None:
        path, _ = self._record()
        body = self._body()
        live = self.live
        if path == REPORT_PATH:
            return self._json(live.reports.get(body.get("workflow_task_id", "")))
        if path in (TEST_LINK_PATH, WORKFLOW_LINK_PATH):
            task_id = body.get("task_id") or body.get("workflow_task_id")
            return self._json({"shareable_link": f"https://app.revyl.test/share/{task_id}"})
        if path in (EXECUTE_TEST_PATH, EXECUTE_WORKFLOW_PATH):
            task_id = live._next_task_id()
            return self._json({"id": task_id, "task_id": task_id, "status": "queued",
                               "message": "started"})
        if path.startswith(CANCEL_TEST_PREFIX):
            task_id = path.removeprefix(CANCEL_TEST_PREFIX)
            return self._json({"success": True, "message": "cancelled", "task_id": task_id})
        self._json(None)

    def _stream(self, script: list[Step]) -> None:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for step in script:
                if step is DROP:
                    return
                if isinstance(step, str | bytes):
                    self.wfile.write(step.encode() if isinstance(step, str) else step)
                elif isinstance(step, float | int):
                    time.sleep(step)
                elif isinstance(step, threading.Event):
                    step.wait(10)
                else:
                    step()
            # Out of script: stay open and silent until the client leaves or we stop.
            while not self.live._stop.wait(0.05):
                if _peer_closed(self.connection):
                    return
        except (BrokenPipeError, ConnectionResetError):
            return


def _peer_closed(sock: socket.socket) -> bool:
    """Whether the client hung up (a readable socket with nothing to read)."""
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.setblocking(True)


# -- transcript building -----------------------------------------------------------------------

def sse(event: str | None, data: Any, *, crlf: bool = False, event_id: str | None = None,
        comment: str | None = None, split_lines: bool = False) -> bytes:
    """One SSE message. `split_lines` spreads the JSON over several `data:` lines."""
    text = data if isinstance(data, str) else json.dumps(data, indent=1 if split_lines else None)
    lines = [f": {comment}"] if comment else []
    if event_id:
        lines.append(f"id: {event_id}")
    if event is not None:
        lines.append(f"event: {event}")
    lines += [f"data: {line}" for line in text.split("\n")]
    end = "\r\n" if crlf else "\n"
    return (end.join(lines) + end + end).encode()


def org_test_item(task_id: str, status: str = "running", *, progress: float = 50.0,
              steps_done: int = 2, steps_total: int = 4, current_step: str | None = "Tap login",
              error_message: str = "", **extra: Any) -> Body:
    """An `OrgTestMonitorItem`."""
    return {
        "id": task_id, "test_id": "6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11", "test_name": "Login",
        "status": status, "progress": progress, "current_step": current_step,
        "current_step_index": steps_done, "total_steps": steps_total,
        "steps_completed": steps_done, "error_message": error_message, "platform": "android",
        "started_at": "2026-07-08T10:00:00+00:00", **extra,
    }


def org_workflow_item(task_id: str, status: str = "running", *, progress: float = 50.0,
                  completed: int = 1, total: int = 2, duration: Any = None,
                  success: bool | None = None, children: tuple[str, ...] = ()) -> Body:
    """An `OrgWorkflowMonitorItem`."""
    return {
        "task": {
            "id": task_id, "workflow_id": "0b7f3a52-6c9e-4c1d-8d0e-2a3b4c5d6e7f",
            "status": status, "total_tests": total, "completed_tests": completed,
            "success": success, "duration": duration,
            "test_executions": [{"id": child} for child in children],
        },
        "workflow_name": "Smoke", "progress": progress, "can_cancel": True,
    }


def status_body(task_id: str, status: str = "completed", *, success: bool | None = True,
                error_message: str | None = None, seconds: float = 4.2) -> Body:
    """A `TestStatusResponse`."""
    return {"id": task_id, "status": status, "progress": 100.0 if status == "completed" else 50.0,
            "current_step": "Done", "total_steps": 4, "steps_completed": 4, "success": success,
            "error_message": error_message, "execution_time_seconds": seconds}


def workflow_status_body(status: str = "completed", *, passed: int = 2, failed: int = 0,
                    duration: str = "1m 41s") -> Body:
    """A `WorkflowStatusResponse`."""
    return {"workflow_id": "0b7f3a52-6c9e-4c1d-8d0e-2a3b4c5d6e7f", "status": status,
            "progress": 100.0, "completed_tests": passed + failed, "total_tests": passed + failed,
            "passed_tests": passed, "failed_tests": failed, "duration": duration,
            "error_message": ""}


def new_id() -> str:
    return str(uuid.uuid4())
