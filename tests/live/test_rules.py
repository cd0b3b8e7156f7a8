"""Status vocabulary, pass/fail rules, payload reading and the hub's dispatch, without I/O."""

from __future__ import annotations

import io

import pytest
from live_scene import new_id, org_test_item, org_workflow_item
from revyl_sdk._live.events import decode_event
from revyl_sdk._live.hub import HubCore, Signal, SyncSubscription
from revyl_sdk._live.status import (
    Progress,
    is_test_success,
    is_workflow_success,
    parse_duration,
    state_from_test,
    state_from_workflow_item,
)
from revyl_sdk.progress import TerminalProgress, render


@pytest.mark.parametrize(("value", "seconds"), [
    (4.2, 4.2), (7, 7.0), ("4.2s", 4.2), ("1m 41s", 101.0), ("1h 2m 3s", 3723.0),
    ("250ms", 0.25), ("12", 12.0), (" 3m ", 180.0), (None, None), ("", None), ("soon", None),
    ("1m soon", None), (True, None), (float("nan"), None),
])
def test_durations_arrive_as_numbers_or_strings(value: object, seconds: float | None) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(("status", "success", "error", "passed"), [
    ("completed", None, "", True),
    ("completed", None, "Element not found", False),
    ("completed", False, "", False),       # success is authoritative...
    ("failed", True, "", False),           # ...except that a failure never passes
    ("cancelled", True, "", False),
    ("timeout", None, "", False),
    ("success", None, "", True),           # legacy spelling
    ("failure", None, "", False),
    ("COMPLETED", None, "", True),         # case-insensitive
    ("running", None, "", False),
])
def test_test_pass_rules(status: str, success: bool | None, error: str, passed: bool) -> None:
    assert is_test_success(status, success, error) is passed


@pytest.mark.parametrize(("status", "failed_tests", "success", "passed"), [
    ("completed", 0, None, True),
    ("completed", 1, True, False),     # failed children decide, not the success flag
    ("completed", None, False, False),
    ("completed", None, None, True),
    ("failed", 0, True, False),
    ("cancelled", None, None, False),
])
def test_workflow_pass_rules(status: str, failed_tests: int | None, success: bool | None,
                             passed: bool) -> None:
    assert is_workflow_success(status, failed_tests, success) is passed


def test_a_test_item_is_known_by_id_then_task_id() -> None:
    task_id, alias = new_id(), "legacy-123"
    state = state_from_test({**org_test_item(task_id), "task_id": alias})
    assert state is not None and state.keys == (task_id, alias)
    assert state_from_test({"task_id": alias, "status": "running"}).keys == (alias,)  # type: ignore[union-attr]
    assert state_from_test({"status": "running"}) is None


def test_an_empty_status_with_a_success_flag_is_finished() -> None:
    state = state_from_test({"id": "t", "status": "", "success": False})
    assert state is not None and (state.status, state.terminal) == ("failed", True)


def test_workflow_counts_fall_back_to_passed_plus_failed() -> None:
    item = org_workflow_item("w", completed=0)
    item["task"].update(passed_tests=2, failed_tests=1, task_id="legacy-w")
    state = state_from_workflow_item(item)
    assert state is not None
    assert (state.steps_done, state.failed_tests, state.keys) == (3, 1, ("w", "legacy-w"))


def test_the_event_name_decides_the_ending() -> None:
    task = new_id()
    item = {**org_test_item(task, "running"), "success": True}
    (state,) = decode_event("test_failed", f'{{"test": {_json(item)}}}').run_states  # type: ignore[union-attr]
    assert (state.status, state.success, state.passed) == ("failed", False, False)
    (done,) = decode_event("workflow_completed", f'{{"id": "{task}", "status": "running"}}'
                           ).run_states  # type: ignore[union-attr]
    assert (done.kind, done.status, done.task_id) == ("workflow", "completed", task)


def _json(value: object) -> str:
    import json

    return json.dumps(value)


def sub(task_id: str, started_at: float | None = None) -> SyncSubscription:
    return SyncSubscription("test", task_id, started_at)


def test_hub_delivers_by_task_id_and_alias() -> None:
    core: HubCore[SyncSubscription] = HubCore()
    by_id, by_alias = sub("t-1"), sub("legacy-1")
    assert core.add(by_id) == [] and core.add(by_alias) == []
    event = decode_event("test_updated",
                         _json({"test": {"id": "t-1", "task_id": "legacy-1", "status": "running"}}))
    deliveries = core.feed(event, now=1.0)
    assert [(s.task_id, m.task_id) for s, m in deliveries] == [("t-1", "t-1"),  # type: ignore[union-attr]
                                                                ("legacy-1", "legacy-1")]


def test_hub_flags_runs_missing_from_a_snapshot_and_tells_late_comers() -> None:
    core: HubCore[SyncSubscription] = HubCore()
    present, missing = sub("present", 0.0), sub("missing", 0.0)
    core.add(present)
    core.add(missing)
    snapshot = decode_event("initial_state", _json({"running_tests": [
        {"id": "present", "status": "running"}, {"id": "stranger", "status": "queued"}]}))
    deliveries = {s.task_id: m for s, m in core.feed(snapshot, now=5.0)}
    assert deliveries["missing"] is Signal.VANISHED
    assert deliveries["present"].status == "running"  # type: ignore[union-attr]
    # Later subscribers: a known run hears its state, an older unknown one is flagged,
    # a run started after the snapshot waits for its own events.
    assert [m.status for m in core.add(sub("stranger", 1.0))] == ["queued"]  # type: ignore[union-attr]
    assert core.add(sub("old", 1.0)) == [Signal.VANISHED]
    assert core.add(sub("new", 9.0)) == []
    # A run started elsewhere (a handle from a task id) predates every snapshot.
    assert core.add(sub("elsewhere", None)) == [Signal.VANISHED]


def test_hub_waits_for_the_first_snapshot_before_doubting_a_run_started_elsewhere() -> None:
    core: HubCore[SyncSubscription] = HubCore()
    elsewhere = sub("elsewhere", None)
    assert core.add(elsewhere) == []
    deliveries = core.feed(decode_event("initial_state", _json({"running_tests": []})), now=1.0)
    assert deliveries == [(elsewhere, Signal.VANISHED)]


def test_hub_forgets_active_runs_a_new_snapshot_leaves_out() -> None:
    core: HubCore[SyncSubscription] = HubCore()
    core.feed(decode_event("test_updated", _json({"test": {"id": "a", "status": "running"}})), 1.0)
    core.feed(decode_event("test_completed", _json({"test": {"id": "b", "status": "running"}})), 1.0)
    core.feed(decode_event("initial_state", _json({"running_tests": []})), 2.0)
    assert core.add(sub("a", 0.0)) == [Signal.VANISHED]  # not "running" from the old connection
    assert [m.status for m in core.add(sub("b", 0.0))] == ["completed"]  # type: ignore[union-attr]


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_terminal_progress_draws_only_on_a_tty() -> None:
    running = Progress("3fa85f64-5717", "running", 42.0, 3, 8, "Tap login")
    done = Progress("3fa85f64-5717", "completed", 100.0, 8, 8, None)
    piped, tty = FakeTerminal(tty=False), FakeTerminal(tty=True)
    for stream in (piped, tty):
        show = TerminalProgress(stream)
        show(running)
        show(done)
    assert piped.getvalue() == ""
    assert tty.getvalue().startswith("\r\x1b[2K3fa85f64  running")
    assert "42%" in tty.getvalue() and "3/8  Tap login" in tty.getvalue()
    assert tty.getvalue().endswith("8/8\n")  # a finished run leaves its line


def test_render_without_numbers() -> None:
    assert render(Progress("abc", "", None, None, None, None)) == "abc  ...       "
