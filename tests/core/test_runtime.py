"""The runtime's contract: outcomes in, errors thrown in, interruptions relayed, plans closed,
`Gather` results in order, the first failure abandoning the rest, `settle` keeping all."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from revyl_sdk._core.effects import Blocking, Gather, Plan, Sleep, blocking, gather, settle
from revyl_sdk._core.runtime import Abandoned, Stop, run_async, run_sync

API: Any = None  # no effect here is a `Send`: the client is never used


@dataclass(frozen=True)
class Park:
    """A test effect: block until the runtime stops this plan (sync) or cancels it (async)."""

    label: str


def _park_sync(effect: Park, stop: Stop) -> object:
    woken = threading.Event()
    with stop.waking(woken.set):
        woken.wait()
    return "woken"


async def _park_async(effect: Park) -> object:
    await asyncio.Event().wait()
    return "never"


SYNC = {Park: _park_sync}
ASYNC = {Park: _park_async}


def _run(mode: str, plan: Plan[Any]) -> Any:
    if mode == "sync":
        return run_sync(API, plan, SYNC)
    return asyncio.run(run_async(API, plan, ASYNC))


both = pytest.mark.parametrize("mode", ["sync", "async"])


def _fail(error: BaseException) -> Callable[[], object]:
    def raise_it() -> object:
        raise error
    return raise_it


class Journal:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.lock = threading.Lock()

    def add(self, line: str) -> None:
        with self.lock:
            self.lines.append(line)


@both
def test_outcomes_go_in_and_the_result_comes_out(mode: str) -> None:
    def plan() -> Plan[int]:
        first = yield from blocking(lambda: 20)
        yield Sleep(-1.0)  # negative sleeps count as none
        return first + (yield Blocking(lambda: 22))

    assert _run(mode, plan()) == 42


@both
def test_an_effect_error_is_thrown_into_the_plan_and_the_plan_is_closed(mode: str) -> None:
    journal = Journal()

    def plan() -> Plan[str]:
        try:
            yield Blocking(_fail(ValueError("bad")))
        except ValueError as error:
            journal.add(f"caught {error}")
        try:
            yield Blocking(_fail(KeyError("worse")))
        finally:
            journal.add("closed")
        return "unreachable"

    with pytest.raises(KeyError):
        _run(mode, plan())
    assert journal.lines == ["caught bad", "closed"]


def test_ctrl_c_during_an_effect_is_thrown_in_and_the_plan_cleans_up() -> None:
    journal = Journal()

    def plan() -> Plan[None]:
        try:
            yield Blocking(_fail(KeyboardInterrupt()))
        except KeyboardInterrupt:
            yield Blocking(lambda: journal.add("cleaned up"))
            raise

    with pytest.raises(KeyboardInterrupt):
        run_sync(API, plan())
    assert journal.lines == ["cleaned up"]


def test_cancelling_the_task_is_thrown_in_and_the_plan_cleans_up() -> None:
    journal = Journal()

    def plan() -> Plan[None]:
        try:
            yield Park("forever")
        except asyncio.CancelledError:
            yield Blocking(lambda: journal.add("cleaned up"))
            raise
        finally:
            journal.add("closed")

    async def main() -> None:
        task = asyncio.ensure_future(run_async(API, plan(), ASYNC))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert journal.lines == ["cleaned up", "closed"]


@both
def test_gather_returns_results_in_order(mode: str) -> None:
    def child(number: int) -> Plan[int]:
        yield Sleep(0.0)
        return (yield Blocking(lambda: number * 10))

    def parent() -> Plan[list[int]]:
        return (yield from gather([child(n) for n in range(5)], limit=2))

    assert _run(mode, parent()) == [0, 10, 20, 30, 40]


@both
def test_gather_first_failure_abandons_the_rest_without_interrupt_clean_up(mode: str) -> None:
    journal = Journal()

    def waiting() -> Plan[None]:
        try:
            yield Park("until stopped")
        except Abandoned:
            journal.add("abandoned")
            raise
        except (KeyboardInterrupt, asyncio.CancelledError):
            journal.add("interrupted")
            raise

    def failing() -> Plan[None]:
        yield Sleep(0.0)
        raise ValueError("part 2 failed")

    def queued() -> Plan[None]:
        yield Park("never reached")

    late = queued()

    def parent() -> Plan[str]:
        try:
            yield from gather([waiting(), failing(), late], limit=2)
        except ValueError as error:
            return str(error)
        return "no failure"

    assert _run(mode, parent()) == "part 2 failed"
    assert journal.lines == ["abandoned"]
    assert late.gi_frame is None  # closed, started or not


@both
def test_settle_keeps_every_outcome(mode: str) -> None:
    def ok() -> Plan[str]:
        return (yield Blocking(lambda: "fine"))

    def bad() -> Plan[str]:
        yield Sleep(0.0)
        raise LookupError("lost")

    def parent() -> Plan[list[str | Exception]]:
        return (yield from settle([bad(), ok(), bad()]))

    outcomes = _run(mode, parent())
    assert outcomes[1] == "fine"
    assert [type(outcome) for outcome in outcomes] == [LookupError, str, LookupError]


@both
def test_gather_honours_its_limit(mode: str) -> None:
    running = [0]
    most = [0]
    lock = threading.Lock()

    def enter() -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])

    def leave() -> None:
        with lock:
            running[0] -= 1

    def child() -> Plan[None]:
        yield Blocking(enter)
        yield Sleep(0.001)
        yield Blocking(leave)

    _run(mode, gather([child() for _ in range(8)], limit=3))
    assert 1 <= most[0] <= 3


@both
def test_an_empty_gather_is_an_empty_list(mode: str) -> None:
    assert _run(mode, gather([])) == []


def test_an_unknown_effect_is_a_type_error_thrown_into_the_plan() -> None:
    def plan() -> Plan[str]:
        try:
            yield object()
        except TypeError as error:
            return str(error)
        return "performed"

    assert run_sync(API, plan()).startswith("no handler for the effect")


def test_ctrl_c_in_the_gathering_thread_reaches_every_running_plan() -> None:
    journal = Journal()
    parked = threading.Barrier(3)

    def child(label: str) -> Plan[None]:
        try:
            yield Blocking(parked.wait)
            yield Park(label)
        except KeyboardInterrupt:
            journal.add(f"{label} interrupted")
            raise

    def interrupt_when_parked() -> None:
        parked.wait()
        os.kill(os.getpid(), signal.SIGINT)

    def parent() -> Plan[None]:
        try:
            yield Gather((child("a"), child("b")))
        finally:
            journal.add("parent closed")

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Thread(target=interrupt_when_parked).start()
        with pytest.raises(KeyboardInterrupt):
            run_sync(API, parent(), SYNC)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert sorted(journal.lines) == ["a interrupted", "b interrupted", "parent closed"]
