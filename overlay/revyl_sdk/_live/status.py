"""Run statuses, Revyl's pass/fail rules, and reading a run's state out of any payload.

Every source of news about a run (a stream event, a status read, a monitor snapshot) is
reduced here to one `RunState`, so waiting, progress and results never care where a fact
came from. Payloads are read as plain JSON mappings and read leniently: the stream is
org-wide and the backend's shapes drift (BEHAVIOR.md §1.3, §9), so a field of an
unexpected type is treated as absent instead of failing the run.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Progress"]

RunKind = Literal["test", "workflow"]

# BEHAVIOR.md §2.1 (internal/status/status.go); `success`/`failure` are legacy spellings.
TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled", "timeout", "success", "failure"})
_FAILED_STATUSES = frozenset({"failed", "cancelled", "timeout", "failure"})
_PASSING_STATUSES = frozenset({"completed", "success"})


def normalize_status(value: object) -> str:
    """Statuses compare case-insensitively; a missing one is the empty string."""
    return value.strip().lower() if isinstance(value, str) else ""


def is_terminal(status: str) -> bool:
    return normalize_status(status) in TERMINAL_STATUSES


def is_test_success(status: str, success: bool | None, error_message: str) -> bool:
    """Revyl's `IsSuccess`, except that a failed, cancelled or timed-out run never passes.

    `success` decides otherwise. The status override matters because the enriched data
    of a cancelled run can still carry the `success: true` of before the cancel (§1.3).
    """
    status = normalize_status(status)
    if status in _FAILED_STATUSES:
        return False
    if success is not None:
        return success
    return status in _PASSING_STATUSES and not error_message


def is_workflow_success(status: str, failed_tests: int | None, success: bool | None) -> bool:
    """Revyl's `IsWorkflowSuccess`: completed with no failed test.

    `failed_tests` is known from status reads. Monitor events often leave it out, so then
    the workflow's own `success` flag decides, and an unknown one counts as passed.
    """
    if normalize_status(status) not in _PASSING_STATUSES:
        return False
    if failed_tests is not None:
        return failed_tests == 0
    return success is not False


_DURATION_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(ms|h|m|s)?")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, None: 1.0}


def parse_duration(value: object) -> float | None:
    """Seconds from a number, a `"4.2s"` / `"1m 41s"` / `"1h 2m"` string, or None.

    The API sends workflow durations as numbers on the stream and as strings on status
    reads (§1.3, §9 item 4); anything else unreadable is None rather than an error.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str) or not value.strip():
        return None
    total, position, text = 0.0, 0, value.strip()
    while position < len(text):
        match = _DURATION_PART.match(text, position)
        if match is None or match.end() == position:
            return None
        total += float(match[1]) * _UNIT_SECONDS[match[2]]
        position = match.end()
    return total


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a run stands, as handed to `on_progress`. A workflow's steps are its tests."""

    task_id: str
    status: str
    progress: float | None
    """Percent done, 0-100, when Revyl reports it."""
    steps_done: int | None
    steps_total: int | None
    current_step: str | None

    @property
    def finished(self) -> bool:
        return is_terminal(self.status)


@dataclass(frozen=True, slots=True)
class RunState:
    """Everything the SDK knows about a run at one moment, whatever reported it."""

    kind: RunKind
    task_id: str
    status: str
    aliases: tuple[str, ...] = ()
    """Other ids the same run goes by (a test item's non-spec `task_id`)."""
    progress: float | None = None
    steps_done: int | None = None
    steps_total: int | None = None
    current_step: str | None = None
    success: bool | None = None
    error_message: str = ""
    duration: float | None = None
    passed_tests: int | None = None
    failed_tests: int | None = None
    child_ids: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.task_id, *self.aliases)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    @property
    def passed(self) -> bool:
        if self.kind == "test":
            return is_test_success(self.status, self.success, self.error_message)
        return is_workflow_success(self.status, self.failed_tests, self.success)

    def as_progress(self) -> Progress:
        return Progress(self.task_id, self.status, self.progress, self.steps_done,
                        self.steps_total, self.current_step)

    def ended_as(self, status: str) -> RunState:
        """This state with the status an event's name dictates (§1.3: the name wins).

        A failed or cancelled ending also drops any `success: true` left over from before.
        """
        success = False if status in _FAILED_STATUSES else self.success
        return dataclasses.replace(self, status=status, success=success)

    def for_target(self, task_id: str) -> RunState:
        """This state filed under `task_id`: a status read's body may not repeat the id."""
        return dataclasses.replace(self, task_id=task_id, aliases=())


def state_from_test(item: Mapping[str, Any]) -> RunState | None:
    """A test run's state from an `OrgTestMonitorItem`, or None without any id.

    The id is `id`, then the non-spec `task_id` (§9 item 5).
    """
    ids = _ids(item.get("id"), item.get("task_id"))
    return state_of_test_run(ids, item) if ids else None


def state_of_test_run(ids: tuple[str, ...], item: Mapping[str, Any]) -> RunState:
    """The state of the test run `ids[0]` from a monitor item, status body or report row.

    An empty status with a known `success` is a finished run (the CLI's completion rule, §2).
    """
    status = normalize_status(item.get("status"))
    success = _bool(item.get("success"))
    if not status and success is not None:
        status = "completed" if success else "failed"
    return RunState(
        kind="test",
        task_id=ids[0],
        aliases=ids[1:],
        status=status,
        progress=_number(item.get("progress")),
        steps_done=_int(item.get("steps_completed")),
        steps_total=_int(item.get("total_steps")),
        current_step=_str(item.get("current_step")),
        success=success,
        error_message=_str(item.get("error_message")) or "",
        duration=parse_duration(item.get("execution_time_seconds", item.get("duration"))),
    )


def state_from_finished_test(payload: Mapping[str, Any], result_key: str) -> RunState | None:
    """A test's final state from a flat `test_*_with_data` event.

    The outcome sits in a `CompletedTestData` under `result_key` (`completed_test`, ...),
    whose `enhanced_task` carries the counts, the error and `success`.
    """
    ids = _ids(payload.get("id"), payload.get("task_id"))
    if not ids:
        return None
    result = _mapping(payload.get(result_key))
    task = _mapping(result.get("enhanced_task"))
    return RunState(
        kind="test",
        task_id=ids[0],
        aliases=ids[1:],
        status=normalize_status(result.get("status") or task.get("status")),
        progress=_number(task.get("progress")),
        steps_done=_int(task.get("steps_completed")),
        steps_total=_int(task.get("total_steps")),
        current_step=_str(task.get("current_step")),
        success=_bool(task.get("success")),
        error_message=_str(task.get("error_message")) or "",
        duration=parse_duration(result.get("execution_time_seconds")),
    )


def state_from_workflow(task: Mapping[str, Any], progress: object = None) -> RunState | None:
    """A workflow run's state from its `task` (monitor item) or a flat event, or None.

    The id is `task.id`, also `task.task_id` (the GitHub Action's reading, §1.3).
    """
    ids = _ids(task.get("id"), task.get("task_id"))
    return state_of_workflow_run(ids, task, progress) if ids else None


def state_of_workflow_run(
    ids: tuple[str, ...], task: Mapping[str, Any], progress: object = None
) -> RunState:
    """The state of the workflow run `ids[0]` from its monitor `task` or a status body."""
    passed, failed = _int(task.get("passed_tests")), _int(task.get("failed_tests"))
    completed = _int(task.get("completed_tests"))
    if not completed and passed is not None and failed is not None:
        # The CLI's resolveCompletedTests: some sources leave `completed_tests` at 0.
        completed = passed + failed
    executions = task.get("test_executions")
    return RunState(
        kind="workflow",
        task_id=ids[0],
        aliases=ids[1:],
        status=normalize_status(task.get("status")),
        progress=_number(progress if progress is not None else task.get("progress")),
        steps_done=completed,
        steps_total=_int(task.get("total_tests")),
        success=_bool(task.get("success")),
        error_message=_str(task.get("error_message")) or "",
        duration=parse_duration(task.get("duration")),
        passed_tests=passed,
        failed_tests=failed,
        child_ids=_ids(*(_mapping(e).get("id") for e in executions))
        if isinstance(executions, list) else (),
    )


def state_from_workflow_item(item: Mapping[str, Any]) -> RunState | None:
    """From an `OrgWorkflowMonitorItem`: the run is its `task`, the percentage beside it."""
    return state_from_workflow(_mapping(item.get("task")), item.get("progress"))


def _ids(*values: object) -> tuple[str, ...]:
    ids: list[str] = []
    for value in values:
        if isinstance(value, str) and value and value not in ids:
            ids.append(value)
    return tuple(ids)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if math.isfinite(value) else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None
