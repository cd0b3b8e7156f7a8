"""The rules of waiting for many runs (`wait_plan.group`), fed outcomes by hand.

The group is one `Gather` of the runs' wait plans; the test plays the runtime's part: it
steps the gathered plans itself and answers the `Gather` with what the runtime would.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from _scripted import Clock, Script
from revyl_sdk import APIConnectionError
from revyl_sdk._core.effects import Gather
from revyl_sdk._live import wait_plan
from revyl_sdk._live.hub import StreamLost
from revyl_sdk._live.results import WaitTimeout
from revyl_sdk._live.status import RunState
from revyl_sdk._live.stream import MonitorSettings
from revyl_sdk._live.wait_plan import (
    CancelRun,
    Listen,
    ReadStatus,
    Subscribe,
    Waited,
    WaitMode,
    WaitOptions,
)

REQUEST = httpx.Request("GET", "https://api.test/api/v1/monitor/stream")
SETTINGS = MonitorSettings(poll_interval=1.0, poll_max_interval=3.0, poll_error_budget=2, quiet_timeout=60.0)
RUNS = [Waited("test", "T0"), Waited("workflow", "W1"), Waited("test", "T2")]
INTERRUPTS = [KeyboardInterrupt, asyncio.CancelledError]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    clock.install(monkeypatch, wait_plan)
    return clock


def grouped(clock: Clock, *, settle: bool = False, limit: int | None = 2, mode: WaitMode = "auto",
            cancel_on_interrupt: bool = False) -> Script:
    options = WaitOptions(timeout=30.0, mode=mode, cancel_on_interrupt=cancel_on_interrupt)
    return Script(wait_plan.group(RUNS, options, SETTINGS, limit=limit, settle=settle), clock)


def subscribed(script: Script) -> Gather:
    """Answers the up-front subscriptions; the `Gather` that follows them."""
    for index in range(len(RUNS)):
        assert script.effect == Subscribe(index)
        script.answer()
    return script.expect(Gather)


def finish(wait: Script, index: int) -> None:
    """Plays run `index` ending in success on the stream, confirmed by its status read."""
    ending = RunState(RUNS[index].kind, RUNS[index].task_id, "completed")
    assert isinstance(wait.effect, Listen) and wait.effect.run == index
    wait.answer(ending)
    assert wait.effect == ReadStatus(index)
    wait.answer(ending)
    if RUNS[index].kind == "workflow":
        assert wait.effect.run == index  # FetchChildren of this run
        wait.answer(())
    assert wait.done


def test_every_run_is_subscribed_up_front_then_their_waits_are_gathered(clock: Clock) -> None:
    gather = subscribed(grouped(clock, limit=2))
    assert (len(gather.plans), gather.limit, gather.settle) == (3, 2, False)
    waits = [Script(plan, clock) for plan in gather.plans]
    # Each wait names its own run, so one set of handlers serves them all.
    assert [wait.effect.run for wait in waits] == [0, 1, 2]
    assert all(isinstance(wait.effect, Listen) for wait in waits)


def test_a_lost_stream_at_subscription_is_left_to_each_wait(clock: Clock) -> None:
    script = grouped(clock)
    script.fail(StreamLost(APIConnectionError("Connection error", request=REQUEST)))
    assert script.effect == Subscribe(1)


def test_polling_subscribes_no_run(clock: Clock) -> None:
    script = grouped(clock, mode="polling")
    gather = script.expect(Gather)
    assert Script(gather.plans[0], clock).effect == ReadStatus(0)


def test_the_first_failure_is_raised_and_cancels_no_run(clock: Clock) -> None:
    script = grouped(clock, cancel_on_interrupt=True)
    subscribed(script)
    timeout = WaitTimeout("W1", 30.0, None)
    with pytest.raises(WaitTimeout) as raised:
        script.fail(timeout)  # the runtime throws back the first failure, the others stopped
    assert raised.value is timeout


def test_settle_keeps_every_outcome_in_order(clock: Clock) -> None:
    script = grouped(clock, settle=True)
    gather = subscribed(script)
    assert gather.settle
    waits = [Script(plan, clock) for plan in gather.plans]
    finish(waits[0], 0)
    finish(waits[2], 2)
    clock.now += 31.0  # run 1 outlives the group's one deadline
    with pytest.raises(WaitTimeout) as timeout:
        waits[1].answer(None)
    script.answer([waits[0].result, timeout.value, waits[2].result])
    assert script.done
    assert [outcome if isinstance(outcome, Exception) else outcome[0].task_id
            for outcome in script.result] == ["T0", timeout.value, "T2"]


@pytest.mark.parametrize("first", ["finished", "failed"])
@pytest.mark.parametrize("interrupt", INTERRUPTS)
def test_an_interrupt_with_cancel_on_interrupt_cancels_the_unfinished_runs(
        clock: Clock, interrupt: type[BaseException], first: str, caplog: pytest.LogCaptureFixture) -> None:
    script = grouped(clock, settle=True, limit=2, cancel_on_interrupt=True)
    gather = subscribed(script)
    ended, interrupted = Script(gather.plans[0], clock), Script(gather.plans[1], clock)
    if first == "finished":
        finish(ended, 0)
    else:  # a wait that failed has ended too: its run is not cancelled
        clock.now += 31.0
        with pytest.raises(WaitTimeout):
            ended.answer(None)
    with pytest.raises(interrupt):
        interrupted.fail(interrupt())
    gather.plans[2].close()  # its turn never came (the limit)
    cancels = script.fail(interrupt())
    assert isinstance(cancels, Gather)
    steps = [Script(plan, clock) for plan in cancels.plans]
    assert [step.effect for step in steps] == [CancelRun(1), CancelRun(2)]
    steps[0].answer(None)
    with caplog.at_level(logging.WARNING, logger="revyl_sdk"):
        steps[1].fail(WaitTimeout("T2", 0.0, None))  # a failed cancel is only a warning
    assert all(step.done for step in steps)
    assert "could not cancel run T2" in caplog.text
    with pytest.raises(interrupt):
        script.answer([None, None])


@pytest.mark.parametrize("interrupt", INTERRUPTS)
def test_an_interrupt_before_the_waits_start_cancels_every_run(clock: Clock,
                                                               interrupt: type[BaseException]) -> None:
    script = grouped(clock, cancel_on_interrupt=True)
    script.answer()
    cancels = script.fail(interrupt())  # during the second subscription
    assert isinstance(cancels, Gather)
    assert [Script(plan, clock).effect for plan in cancels.plans] == [CancelRun(0), CancelRun(1), CancelRun(2)]


@pytest.mark.parametrize("interrupt", INTERRUPTS)
def test_an_interrupt_without_cancel_on_interrupt_cancels_nothing(clock: Clock,
                                                                  interrupt: type[BaseException]) -> None:
    script = grouped(clock)
    subscribed(script)
    with pytest.raises(interrupt):
        script.fail(interrupt())


@pytest.mark.parametrize("interrupt", INTERRUPTS)
def test_a_single_wait_interrupted_with_cancel_on_interrupt_cancels_its_run(
        clock: Clock, interrupt: type[BaseException]) -> None:
    script = Script(wait_plan.plan(RUNS[0], WaitOptions(cancel_on_interrupt=True), SETTINGS), clock)
    assert script.effect == Listen(SETTINGS.quiet_timeout, 0)
    assert script.fail(interrupt()) == CancelRun(0)
    with pytest.raises(interrupt):
        script.answer(None)
