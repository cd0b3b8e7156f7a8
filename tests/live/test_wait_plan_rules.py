"""The wait plan's rules (`_live/wait_plan.py`), fed outcomes by hand: no server, no stream, no threads.

Each test plays the stream and the status reads through the scripted runner and checks what
the plan asks for next, one test per rule its docstring states.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _scripted import Clock, Script
from revyl_sdk import APIConnectionError
from revyl_sdk._core.effects import Sleep
from revyl_sdk._core.exceptions import make_status_error
from revyl_sdk._live import wait_plan
from revyl_sdk._live.hub import Signal, StreamLost
from revyl_sdk._live.results import ChildResult, WaitTimeout
from revyl_sdk._live.status import Progress, RunKind, RunState
from revyl_sdk._live.stream import MonitorSettings
from revyl_sdk._live.wait_plan import FetchChildren, Listen, ReadStatus, StopListening, WaitMode

REQUEST = httpx.Request("GET", "https://api.test/api/v1/tests/get_test_execution_task")
SETTINGS = MonitorSettings(poll_interval=1.0, poll_max_interval=3.0, poll_error_budget=2, quiet_timeout=60.0)


def status_error(code: int) -> Exception:
    return make_status_error(httpx.Response(code, json={"detail": "boom"}, request=REQUEST))


def lost() -> APIConnectionError:
    return APIConnectionError("Connection error", request=REQUEST)


def state(status: str, kind: RunKind = "test", **fields: Any) -> RunState:
    return RunState(kind, "T1", status, **fields)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    clock.install(monkeypatch, wait_plan)
    return clock


def waiting(clock: Clock, mode: WaitMode = "auto", *, kind: RunKind = "test", timeout: float | None = None,
            progress: list[Progress] | None = None) -> Script:
    deadline = None if timeout is None else clock.now + timeout
    plan = wait_plan._Plan(kind, "T1", mode=mode, timeout=timeout, deadline=deadline,
                           on_progress=None if progress is None else progress.append, settings=SETTINGS)
    return Script(plan.run(), clock)


def test_auto_listens_first_and_a_terminal_event_is_confirmed_by_one_read(clock: Clock) -> None:
    script = waiting(clock)
    assert script.effect == Listen(SETTINGS.quiet_timeout)
    script.answer(state("running"))
    assert isinstance(script.effect, Listen)
    script.answer(state("failed"))
    assert isinstance(script.effect, ReadStatus)
    script.answer(state("completed"))  # the later word wins
    assert script.done and script.result[0].status == "completed"


@pytest.mark.parametrize("read", ["lags", "fails"])
def test_the_events_ending_stands_when_the_confirming_read_lags_or_fails(clock: Clock, read: str) -> None:
    script = waiting(clock)
    script.answer(state("failed"))
    assert isinstance(script.effect, ReadStatus)
    if read == "lags":
        script.answer(state("running"))
    else:
        script.fail(status_error(503))
    assert script.done and script.result[0].status == "failed"


def test_a_wake_signal_listens_again_without_reading(clock: Clock) -> None:
    script = waiting(clock)
    script.answer(Signal.WAKE)
    assert isinstance(script.effect, Listen)


@pytest.mark.parametrize("silence", [None, Signal.VANISHED])
def test_silence_or_a_vanished_run_is_settled_by_one_status_read(clock: Clock, silence: Signal | None) -> None:
    script = waiting(clock)
    script.answer(silence)
    assert isinstance(script.effect, ReadStatus)
    script.answer(state("running"))  # still going: back to the stream
    assert isinstance(script.effect, Listen)
    script.answer(silence)
    script.answer(state("cancelled"))  # it ended unseen
    assert script.done and script.result[0].status == "cancelled"


def test_auto_falls_back_to_polling_when_the_stream_is_lost(clock: Clock) -> None:
    script = waiting(clock)
    script.fail(StreamLost(status_error(404)))
    assert isinstance(script.effect, StopListening)  # leaves the stream for good
    script.answer()
    assert isinstance(script.effect, ReadStatus)
    script.answer(state("completed"))
    assert script.done and script.result[0].status == "completed"


@pytest.mark.parametrize("code", [401, 403])
def test_auto_raises_a_refused_stream_instead_of_polling(clock: Clock, code: int) -> None:
    script = waiting(clock)
    with pytest.raises(Exception) as raised:
        script.fail(StreamLost(status_error(code)))
    assert getattr(raised.value, "status_code", None) == code


def test_sse_raises_when_the_stream_is_lost(clock: Clock) -> None:
    script = waiting(clock, "sse")
    error = status_error(404)
    with pytest.raises(type(error)):
        script.fail(StreamLost(error))


def test_polling_never_opens_the_stream_and_backs_off_to_its_maximum(clock: Clock) -> None:
    script = waiting(clock, "polling")
    for _ in range(5):
        assert isinstance(script.effect, ReadStatus)
        script.answer(state("running"))
        assert isinstance(script.effect, Sleep)
        script.answer()
    assert script.slept == [1.0, 1.5, 2.25, 3.0, 3.0]
    script.answer(state("completed"))
    assert script.done


@pytest.mark.parametrize("code", [401, 403, 404])
def test_polling_raises_at_once_on_a_refusal_or_a_missing_run(clock: Clock, code: int) -> None:
    script = waiting(clock, "polling")
    with pytest.raises(Exception) as raised:
        script.fail(status_error(code))
    assert getattr(raised.value, "status_code", None) == code


def test_polling_tolerates_its_error_budget_of_transient_failures_in_a_row(clock: Clock) -> None:
    script = waiting(clock, "polling")
    for failure in (lost(), status_error(503)):  # the budget: 2 in a row
        script.fail(failure)
        script.answer()  # the sleep after it
    script.answer(state("running"))  # a success resets the count
    script.answer()
    script.fail(status_error(429))
    script.answer()
    script.fail(lost())
    script.answer()
    assert isinstance(script.effect, ReadStatus)
    with pytest.raises(APIConnectionError):
        script.fail(lost())  # the third in a row


def test_the_deadline_bounds_every_wait_and_then_raises_wait_timeout(clock: Clock) -> None:
    progress: list[Progress] = []
    script = waiting(clock, timeout=10.0, progress=progress)
    assert script.effect == Listen(10.0)  # sooner than the quiet timeout
    clock.now += 7.0
    script.answer(state("running", steps_done=1))
    assert script.effect == Listen(pytest.approx(3.0))
    clock.now += 3.0
    with pytest.raises(WaitTimeout) as raised:
        script.answer(None)  # the silence is the deadline's: no status read first
    assert raised.value.last == progress[-1] and raised.value.status == "running"


def test_polling_sleeps_no_further_than_the_deadline(clock: Clock) -> None:
    script = waiting(clock, "polling", timeout=2.0)
    script.answer(state("running"))
    script.answer()  # 1.0
    script.answer(state("running"))
    assert script.expect_sleep() == pytest.approx(1.0)  # 1.5 would pass the deadline
    with pytest.raises(WaitTimeout):
        script.answer()


def test_progress_is_reported_once_per_change_and_the_ending_once(clock: Clock) -> None:
    progress: list[Progress] = []
    script = waiting(clock, progress=progress)
    script.answer(state("running", steps_done=1))
    script.answer(state("running", steps_done=1))  # the same news again
    script.answer(state("running", steps_done=2))
    script.answer(state("completed", steps_done=3))
    script.answer(state("completed", steps_done=3))  # the confirming read
    assert [p.status for p in progress] == ["running", "running", "completed"]


def test_a_workflow_fetches_its_childrens_results_after_its_ending(clock: Clock) -> None:
    script = waiting(clock, kind="workflow")
    script.answer(state("completed", kind="workflow", child_ids=("C1", "C2")))
    script.answer(state("completed", kind="workflow"))
    assert isinstance(script.effect, FetchChildren)
    children = (ChildResult(task_id="C1"),)
    script.answer(children)
    assert script.done and script.result[1] == children


def test_a_workflow_whose_child_report_fails_keeps_its_ending_with_the_child_ids(clock: Clock) -> None:
    script = waiting(clock, kind="workflow")
    script.answer(state("completed", kind="workflow", child_ids=("C1", "C2")))
    script.answer(state("completed", kind="workflow"))
    script.fail(status_error(500))
    assert script.done and [child.task_id for child in script.result[1]] == ["C1", "C2"]
