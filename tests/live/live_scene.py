"""The live tests' scene on a `RevylEmulator`: raw transcripts for its stream, the status,
report, share-link, execute and cancel answers each test sets, and its request log.

`scripts`: each stream connection plays the next one, the last one again for any later
connection (`RevylEmulator.replay_stream`: bytes, pauses, events, callables, `DROP`).
`test_statuses` / `workflow_statuses`: per task id, the answers of successive status reads,
the last one repeating (a callable answer is called for each read, e.g. to answer by the
clock); a task without answers gets 404. `reports`: the unified report per
workflow task id. `executed_task_ids`: the ids the execute endpoints hand out, in order
(random ones after). These are canned answers of the emulator (`RevylEmulator.answer`).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import httpx
from revyl_sdk import MonitorSettings
from revyl_sdk.testing import DROP_CONNECTION, RecordedRequest, RevylEmulator

DROP = DROP_CONNECTION

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
API_KEY = "test-key"
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
_NOT_FOUND = (404, {"detail": "Not Found"})


@dataclass(frozen=True)
class Logged:
    """A request the emulator answered, as the live tests read it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: httpx.Headers
    at: float
    client: str

    @classmethod
    def of(cls, request: RecordedRequest) -> Logged:
        return cls(request.method, request.path, parse_qs(request.query), httpx.Headers(request.headers),
                   request.received_at, request.client)


class LiveScene:
    def __init__(self, emulator: RevylEmulator) -> None:
        self.emulator = emulator
        self.url = emulator.base_url
        self.test_statuses: dict[str, list[Answer]] = {}
        self.workflow_statuses: dict[str, list[Answer]] = {}
        self.reports: dict[str, Answer] = {}
        self.executed_task_ids: list[str] = []
        self.marks: dict[str, float] = {}
        """Named moments recorded by script callables (monotonic clock)."""
        self._lock = threading.Lock()
        emulator.answer(TEST_STATUS_PATH, lambda r: self._next(self.test_statuses, _query(r, "task_id")))
        emulator.answer(WORKFLOW_STATUS_PREFIX + "*", lambda r: self._next(
            self.workflow_statuses, r.path.removeprefix(WORKFLOW_STATUS_PREFIX)))
        emulator.answer(REPORT_PATH, lambda r: self.reports.get(_body(r).get("workflow_task_id", ""), _NOT_FOUND))
        emulator.answer(TEST_LINK_PATH, _share_link)
        emulator.answer(WORKFLOW_LINK_PATH, _share_link)
        emulator.answer(EXECUTE_TEST_PATH, self._execute)
        emulator.answer(EXECUTE_WORKFLOW_PATH, self._execute)
        emulator.answer(CANCEL_TEST_PREFIX + "*", lambda r: {
            "success": True, "message": "cancelled", "task_id": r.path.removeprefix(CANCEL_TEST_PREFIX)})

    # -- what tests set ------------------------------------------------------------------

    @property
    def scripts(self) -> None:
        raise AttributeError("scripts are handed to the emulator; read its requests instead")

    @scripts.setter
    def scripts(self, scripts: list[list[Step]]) -> None:
        self.emulator.replay_stream(*scripts)

    @property
    def stream_error(self) -> None:
        raise AttributeError("stream_error is handed to the emulator")

    @stream_error.setter
    def stream_error(self, error: tuple[int, Body]) -> None:
        """Answer the stream endpoint with this (status, body) instead of a stream."""
        status, body = error
        self.emulator.fail(STREAM_PATH, status=status, body=body, times=None)

    def mark(self, name: str) -> Callable[[], None]:
        """A script step recording when the script got there."""
        return lambda: self.marks.__setitem__(name, time.monotonic())

    # -- what tests read -----------------------------------------------------------------

    @property
    def log(self) -> list[Logged]:
        return [Logged.of(request) for request in self.emulator.requests]

    def requests(self, path: str, prefix: bool = False) -> list[Logged]:
        return [r for r in self.log if (r.path.startswith(path) if prefix else r.path == path)]

    def count(self, path: str, prefix: bool = False) -> int:
        return len(self.requests(path, prefix))

    @property
    def stream_connections(self) -> int:
        return self.count(STREAM_PATH)

    @property
    def tcp_connections(self) -> int:
        """Client connections that carried a request (by the client's address)."""
        return len({r.client for r in self.log})

    def status_reads(self, task_id: str) -> list[Logged]:
        return [r for r in self.requests(TEST_STATUS_PATH) if r.query.get("task_id") == [task_id]] + \
            self.requests(WORKFLOW_STATUS_PREFIX + task_id)

    def totals(self) -> Counter[str]:
        return Counter(r.path if not r.path.startswith(WORKFLOW_STATUS_PREFIX)
                       else WORKFLOW_STATUS_PREFIX for r in self.log)

    # -- the canned answers ----------------------------------------------------------------

    def _next(self, answers: dict[str, list[Answer]], key: str) -> Body | tuple[int, Body]:
        with self._lock:
            queue = answers.get(key)
            if not queue:
                return _NOT_FOUND
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return answer() if callable(answer) else answer

    def _execute(self, _: RecordedRequest) -> Body:
        with self._lock:
            task_id = self.executed_task_ids.pop(0) if self.executed_task_ids else str(uuid.uuid4())
        return {"id": task_id, "task_id": task_id, "status": "queued", "message": "started"}


@contextlib.contextmanager
def live_scene(**emulator_options: Any) -> Iterator[LiveScene]:
    """A started emulator (key `API_KEY`) with the scene's answers in place."""
    with RevylEmulator(api_key=API_KEY, **emulator_options) as emulator:
        yield LiveScene(emulator)


def _query(request: RecordedRequest, name: str) -> str:
    return parse_qs(request.query).get(name, [""])[0]


def _body(request: RecordedRequest) -> dict[str, Any]:
    return json.loads(request.body) if request.body else {}


def _share_link(request: RecordedRequest) -> Body:
    body = _body(request)
    task_id = body.get("task_id") or body.get("workflow_task_id")
    return {"shareable_link": f"https://app.revyl.test/share/{task_id}"}


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
