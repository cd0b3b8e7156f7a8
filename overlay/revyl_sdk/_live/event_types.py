"""The classes of the monitor stream's events; `events.py` decodes SSE messages into them.

Payloads become API models lazily, on first access (see `events.py` for why).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from revyl_api.models import CompletedTestData, OrgTestMonitorItem, OrgWorkflowMonitorItem

from .._core.exceptions import RevylError
from .status import (
    RunState,
    state_from_finished_test,
    state_from_test,
    state_from_workflow,
    state_from_workflow_item,
)

ModelT = TypeVar("ModelT")


class EventPayloadError(RevylError):
    """An event's payload does not fit the API model it should carry; `raw` is the payload."""

    def __init__(self, message: str, raw: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.raw = raw


@dataclass(frozen=True)
class _KnownEvent:
    """An event whose name the SDK knows; `raw` is its decoded JSON payload, as sent."""

    event: ClassVar[str]
    raw: Mapping[str, Any] = field(repr=False)

    def _model(self, parse: Callable[[Mapping[str, Any]], ModelT], data: object) -> ModelT:
        if not isinstance(data, Mapping):
            raise EventPayloadError(f"{self.event}: expected an object, got {data!r:.100}",
                                    self.raw)
        try:
            return parse(data)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise EventPayloadError(
                f"{self.event}: payload does not fit the API model "
                f"({type(error).__name__}: {error})",
                self.raw,
            ) from error


@dataclass(frozen=True)
class ConnectionReady(_KnownEvent):
    """The stream is open; sent first on every (re)connection."""

    event: ClassVar[str] = "connection_ready"

    @property
    def org_id(self) -> str | None:
        value = self.raw.get("org_id")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Heartbeat(_KnownEvent):
    """Keep-alive. The payload is not documented; `active_tests` is read when present."""

    event: ClassVar[str] = "heartbeat"

    @property
    def active_tests(self) -> int | None:
        value = self.raw.get("active_tests")
        return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class _RunEvent(_KnownEvent):
    """An event about one run."""

    outcome: ClassVar[str | None] = None
    """The final status this event announces (`completed`, `failed`, `cancelled`), if any."""

    def _run(self) -> Mapping[str, Any]:
        """The object holding the run's ids: the nested item, or the payload when flat."""
        raise NotImplementedError

    def _state(self) -> RunState | None:
        raise NotImplementedError

    @functools.cached_property
    def run_states(self) -> tuple[RunState, ...]:
        """The run this event reports on, read leniently from `raw` (what waiting uses)."""
        state = self._state()
        if state is None:
            return ()
        return (state.ended_as(self.outcome),) if self.outcome else (state,)

    @property
    def task_id(self) -> str:
        """The run's task id: the one `tests.run` / `workflows.run` returned.

        Read straight from the payload, `id` then `task_id`: filtering an org-wide stream
        by run is the common case and should cost next to nothing.
        """
        run = self._run()
        for key in ("id", "task_id"):
            if isinstance(value := run.get(key), str) and value:
                return value
        raise EventPayloadError(f"{self.event}: no task id in the payload", self.raw)

    def __repr__(self) -> str:
        try:
            task_id: str | None = self.task_id
        except EventPayloadError:
            task_id = None
        return f"{type(self).__name__}(task_id={task_id!r})"


def _nested(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """The object under `key`, or the payload itself for the flat form of an event."""
    value = raw.get(key)
    return value if isinstance(value, dict) else raw  # JSON objects decode to dicts


@dataclass(frozen=True, repr=False)
class TestEvent(_RunEvent):
    """Any `test_*` event."""

    __test__ = False  # not a pytest test class, whatever its name


@dataclass(frozen=True, repr=False)
class _TestItemEvent(TestEvent):
    """A `test_*` event carrying `{"test": OrgTestMonitorItem}`."""

    @functools.cached_property
    def test(self) -> OrgTestMonitorItem:
        return self._model(OrgTestMonitorItem.from_dict, self._run())

    def _run(self) -> Mapping[str, Any]:
        return _nested(self.raw, "test")

    def _state(self) -> RunState | None:
        return state_from_test(self._run())


@dataclass(frozen=True, repr=False)
class TestStarted(_TestItemEvent):
    event: ClassVar[str] = "test_started"


@dataclass(frozen=True, repr=False)
class TestUpdated(_TestItemEvent):
    """Progress of a running test: status, percent, current step."""

    event: ClassVar[str] = "test_updated"


@dataclass(frozen=True, repr=False)
class TestFinished(_TestItemEvent):
    """A test run ended; `outcome` (from the event name) is its final status."""


@dataclass(frozen=True, repr=False)
class TestCompleted(TestFinished):
    """Completed is not passed: `test.error_message` or a later status read may say failed."""

    event: ClassVar[str] = "test_completed"
    outcome: ClassVar[str | None] = "completed"


@dataclass(frozen=True, repr=False)
class TestFailed(TestFinished):
    event: ClassVar[str] = "test_failed"
    outcome: ClassVar[str | None] = "failed"


@dataclass(frozen=True, repr=False)
class TestCancelled(TestFinished):
    event: ClassVar[str] = "test_cancelled"
    outcome: ClassVar[str | None] = "cancelled"


@dataclass(frozen=True, repr=False)
class TestFinishedWithData(TestEvent):
    """A flat `test_*_with_data` ending: ids at the top, the outcome as `result`."""

    _result_key: ClassVar[str]

    @property
    def test_id(self) -> str | None:
        return _opt_str(self.raw.get("test_id"))

    @property
    def test_name(self) -> str | None:
        return _opt_str(self.raw.get("test_name"))

    @property
    def platform(self) -> str | None:
        return _opt_str(self.raw.get("platform"))

    @functools.cached_property
    def result(self) -> CompletedTestData:
        """The enriched outcome: duration, status and `enhanced_task` (steps, error, success)."""
        return self._model(CompletedTestData.from_dict, self.raw.get(self._result_key))

    def _run(self) -> Mapping[str, Any]:
        return self.raw

    def _state(self) -> RunState | None:
        return state_from_finished_test(self.raw, self._result_key)


@dataclass(frozen=True, repr=False)
class TestCompletedWithData(TestFinishedWithData):
    event: ClassVar[str] = "test_completed_with_data"
    outcome: ClassVar[str | None] = "completed"
    _result_key: ClassVar[str] = "completed_test"


@dataclass(frozen=True, repr=False)
class TestFailedWithData(TestFinishedWithData):
    event: ClassVar[str] = "test_failed_with_data"
    outcome: ClassVar[str | None] = "failed"
    _result_key: ClassVar[str] = "failed_test"


@dataclass(frozen=True, repr=False)
class TestCancelledWithData(TestFinishedWithData):
    event: ClassVar[str] = "test_cancelled_with_data"
    outcome: ClassVar[str | None] = "cancelled"
    _result_key: ClassVar[str] = "cancelled_test"


@dataclass(frozen=True, repr=False)
class WorkflowEvent(_RunEvent):
    """Any `workflow_*` event."""

    @property
    def workflow_name(self) -> str | None:
        return _opt_str(_nested(self.raw, "workflow").get("workflow_name"))

    def _run(self) -> Mapping[str, Any]:
        item = self.raw.get("workflow")
        if not isinstance(item, Mapping):
            return self.raw  # the flat form of a terminal event
        task = item.get("task")
        return task if isinstance(task, Mapping) else {}

    def _state(self) -> RunState | None:
        item = self.raw.get("workflow")
        if isinstance(item, Mapping):
            return state_from_workflow_item(item)
        return state_from_workflow(self.raw)


@dataclass(frozen=True, repr=False)
class _WorkflowItemEvent(WorkflowEvent):
    @functools.cached_property
    def workflow(self) -> OrgWorkflowMonitorItem:
        return self._model(OrgWorkflowMonitorItem.from_dict, self.raw.get("workflow"))


@dataclass(frozen=True, repr=False)
class WorkflowStarted(_WorkflowItemEvent):
    event: ClassVar[str] = "workflow_started"


@dataclass(frozen=True, repr=False)
class WorkflowUpdated(_WorkflowItemEvent):
    """Progress of a workflow run: tests done of total, percent."""

    event: ClassVar[str] = "workflow_updated"


@dataclass(frozen=True, repr=False)
class WorkflowFinished(WorkflowEvent):
    """A workflow run ended, as `{"workflow": {...}}` or flat `{id|task_id, status, ...}`."""

    @functools.cached_property
    def workflow(self) -> OrgWorkflowMonitorItem | None:
        """The monitor item in the nested form; None when the server sent the flat form."""
        item = self.raw.get("workflow")
        return None if item is None else self._model(OrgWorkflowMonitorItem.from_dict, item)


@dataclass(frozen=True, repr=False)
class WorkflowCompleted(WorkflowFinished):
    """Completed is not passed: failed child tests make the run fail."""

    event: ClassVar[str] = "workflow_completed"
    outcome: ClassVar[str | None] = "completed"


@dataclass(frozen=True, repr=False)
class WorkflowFailed(WorkflowFinished):
    event: ClassVar[str] = "workflow_failed"
    outcome: ClassVar[str | None] = "failed"


@dataclass(frozen=True, repr=False)
class WorkflowCancelled(WorkflowFinished):
    event: ClassVar[str] = "workflow_cancelled"
    outcome: ClassVar[str | None] = "cancelled"


@dataclass(frozen=True, repr=False)
class InitialState(_KnownEvent):
    """Every active run of the org, sent on each (re)connection before any other news."""

    event: ClassVar[str] = "initial_state"

    @functools.cached_property
    def running_tests(self) -> list[OrgTestMonitorItem]:
        return [self._model(OrgTestMonitorItem.from_dict, item)
                for item in _list(self.raw.get("running_tests"))]

    @functools.cached_property
    def running_workflows(self) -> list[OrgWorkflowMonitorItem]:
        return [self._model(OrgWorkflowMonitorItem.from_dict, item)
                for item in _list(self.raw.get("running_workflows"))]

    @functools.cached_property
    def run_states(self) -> tuple[RunState, ...]:
        """Every run listed, read leniently from `raw` (what waiting uses)."""
        tests = (state_from_test(item) for item in _list(self.raw.get("running_tests"))
                 if isinstance(item, Mapping))
        workflows = (state_from_workflow_item(item)
                     for item in _list(self.raw.get("running_workflows"))
                     if isinstance(item, Mapping))
        return tuple(state for state in (*tests, *workflows) if state is not None)

    def __repr__(self) -> str:
        return f"InitialState(runs={len(self.run_states)})"


@dataclass(frozen=True)
class ErrorEvent(_KnownEvent):
    """The server reports a problem on the stream (e.g. an auth failure); it may close next."""

    event: ClassVar[str] = "error"

    @property
    def message(self) -> str:
        for key in ("message", "error", "detail"):
            if isinstance(value := self.raw.get(key), str) and value:
                return value
        return json.dumps(self.raw)


@dataclass(frozen=True)
class UnknownEvent:
    """An event this SDK version does not know (e.g. session events); `data` is as sent."""

    event: str
    data: str


@dataclass(frozen=True)
class MalformedEvent(UnknownEvent):
    """A known event whose data is not a JSON object; `error` says what was wrong."""

    error: str


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None
