"""Many waits, one stream: the hub serves every waiter of a client over a single connection."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import random

import pytest
from live_scene import (
    CANCEL_TEST_PREFIX,
    EXECUTE_TEST_PATH,
    FAST,
    STREAM_PATH,
    TEST_STATUS_PATH,
    LiveScene,
    new_id,
    org_test_item,
    sse,
    status_body,
)
from revyl_sdk import AsyncRevyl, AsyncTestResult, Progress, Revyl, TestResult, WaitTimeout

TEST_ID = "6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11"


def busy_org(live: LiveScene, count: int, *, seed: int) -> list[str]:
    """Make `live` hand out `count` runs, answer their status as completed, and stream a
    busy org around them; returns their task ids."""
    tasks = [new_id() for _ in range(count)]
    live.executed_task_ids = list(tasks)
    for task in tasks:
        live.test_statuses[task] = [status_body(task)]
    live.scripts = [busy_org_script(live, tasks, seed=seed)]
    return tasks


def busy_org_script(live: LiveScene, tasks: list[str], *, seed: int) -> list[object]:
    """Snapshot, then interleaved progress of every run and of strangers, then the endings
    in random order; marks when each ending is sent."""
    shuffle = random.Random(seed)
    strangers = [new_id() for _ in range(20)]
    updates = [sse("test_updated", {"test": org_test_item(task, progress=float(p))})
               for p, task in itertools.product((25, 50, 75), tasks + strangers)]
    shuffle.shuffle(updates)
    endings: list[object] = []
    for task in shuffle.sample(tasks, len(tasks)):
        endings += [live.mark(task), sse("test_completed", {"test": org_test_item(task, "completed")})]
    return [
        sse("connection_ready", {}),
        sse("initial_state", {"running_tests": [org_test_item(t, "queued") for t in tasks],
                              "running_workflows": []}),
        0.05,  # let every waiter subscribe before the news starts
        *updates, sse("heartbeat", {}), *endings,
        *[sse("heartbeat", {}), 0.2] * 100,  # as a live server does, so the stream never idles
    ]


# These tests count every request, so no timing safety net may fire on a loaded machine:
# the stream is never idle for 30 s here, nor a run quiet for 60 s.
PATIENT = dataclasses.replace(FAST, idle_timeout=30.0, quiet_timeout=60.0)


@pytest.fixture(autouse=True)
def patient(client: Revyl, aclient: AsyncRevyl) -> None:
    client.monitor.settings = PATIENT
    aclient.monitor.settings = PATIENT


def assert_one_read_each_after_its_ending(live: LiveScene, tasks: list[str]) -> None:
    assert live.stream_connections == 1
    assert live.count(TEST_STATUS_PATH) == len(tasks)  # nothing but the confirmations
    for task in tasks:
        (read,) = live.status_reads(task)
        assert read.at >= live.marks[task]


async def test_200_concurrent_waits_share_one_connection_and_never_poll(
    live: LiveScene, aclient: AsyncRevyl
) -> None:
    tasks = busy_org(live, 200, seed=1)
    runs = [await aclient.tests.run(TEST_ID) for _ in tasks]

    results = await asyncio.gather(*(run.wait() for run in runs))

    assert [r.task_id for r in results] == tasks
    assert all(isinstance(r, AsyncTestResult) and r.passed for r in results)
    assert live.count(EXECUTE_TEST_PATH) == 200
    assert_one_read_each_after_its_ending(live, tasks)
    assert aclient._hub._reader is None  # the stream is dropped once nobody waits


async def test_async_wait_all_returns_results_in_order(live: LiveScene, aclient: AsyncRevyl) -> None:
    tasks = busy_org(live, 30, seed=2)
    runs = [await aclient.tests.run(TEST_ID) for _ in tasks]
    results = await aclient.monitor.wait_all(runs)
    assert [r.task_id for r in results] == tasks
    assert_one_read_each_after_its_ending(live, tasks)


def test_sync_wait_all_shares_one_connection_and_never_polls(live: LiveScene, client: Revyl) -> None:
    tasks = busy_org(live, 100, seed=3)
    runs = [client.tests.run(TEST_ID) for _ in tasks]

    results = client.monitor.wait_all(runs)

    assert [r.task_id for r in results] == tasks
    assert all(isinstance(r, TestResult) and r.passed for r in results)
    assert_one_read_each_after_its_ending(live, tasks)


def test_sync_wait_all_raises_the_first_failure_and_stops_the_others(
    live: LiveScene, client: Revyl
) -> None:

    done, stuck = new_id(), new_id()
    live.executed_task_ids = [done, stuck]
    live.test_statuses[done] = [status_body(done)]
    live.scripts = [[sse("initial_state", {"running_tests": [org_test_item(done),
                                                             org_test_item(stuck)]}),
                     sse("test_completed", {"test": org_test_item(done, "completed")})]]
    runs = [client.tests.run(TEST_ID), client.tests.run(TEST_ID)]
    with pytest.raises(WaitTimeout) as raised:
        client.monitor.wait_all(runs, timeout=1.0)
    assert raised.value.task_id == stuck
    assert live.count(STREAM_PATH) == 1


def one_done_one_stuck(live: LiveScene) -> tuple[str, str]:
    done, stuck = new_id(), new_id()
    live.executed_task_ids = [done, stuck]
    live.test_statuses[done] = [status_body(done)]
    live.scripts = [[sse("initial_state", {"running_tests": [org_test_item(done), org_test_item(stuck)]}),
                     sse("test_completed", {"test": org_test_item(done, "completed")})]]
    return done, stuck


def test_sync_settle_all_keeps_every_outcome_in_order(live: LiveScene, client: Revyl) -> None:
    from revyl_sdk._live.wait_plan import WaitOptions
    from revyl_sdk._live.wait_sync import settle_all

    done, stuck = one_done_one_stuck(live)
    runs = [client.tests.run(TEST_ID), client.tests.run(TEST_ID)]
    outcomes = settle_all(runs, WaitOptions(timeout=1.0))
    assert isinstance(outcomes[0], TestResult) and outcomes[0].task_id == done and outcomes[0].passed
    assert isinstance(outcomes[1], WaitTimeout) and outcomes[1].task_id == stuck


async def test_async_settle_all_keeps_every_outcome_in_order(live: LiveScene, aclient: AsyncRevyl) -> None:
    from revyl_sdk._live.wait_async import settle_all
    from revyl_sdk._live.wait_plan import WaitOptions

    done, stuck = one_done_one_stuck(live)
    runs = [await aclient.tests.run(TEST_ID), await aclient.tests.run(TEST_ID)]
    outcomes = await settle_all(runs, WaitOptions(timeout=1.0))
    assert isinstance(outcomes[0], AsyncTestResult) and outcomes[0].task_id == done and outcomes[0].passed
    assert isinstance(outcomes[1], WaitTimeout) and outcomes[1].task_id == stuck


def test_sync_ctrl_c_in_wait_all_cancels_the_unfinished_runs_when_asked(live: LiveScene, client: Revyl) -> None:
    from revyl_sdk._live.wait_plan import WaitOptions
    from revyl_sdk._live.wait_sync import wait_all

    done, interrupted, queued = new_id(), new_id(), new_id()
    live.executed_task_ids = [done, interrupted, queued]
    live.test_statuses[done] = [status_body(done)]
    live.scripts = [[sse("initial_state", {"running_tests": [org_test_item(task) for task in
                                                             (done, interrupted, queued)]}),
                     sse("test_completed", {"test": org_test_item(done, "completed")}),
                     sse("test_updated", {"test": org_test_item(interrupted, progress=60.0)})]]

    def ctrl_c(progress: Progress) -> None:
        if progress.task_id == interrupted and progress.progress == 60.0:
            raise KeyboardInterrupt

    runs = [client.tests.run(TEST_ID) for _ in range(3)]
    # One thread: `queued` is still waiting its turn when the interrupt comes.
    with pytest.raises(KeyboardInterrupt):
        wait_all(runs, WaitOptions(on_progress=ctrl_c, cancel_on_interrupt=True), max_threads=1)
    assert [live.count(CANCEL_TEST_PREFIX + task) for task in (done, interrupted, queued)] == [0, 1, 1]


async def test_async_cancelling_wait_all_cancels_the_unfinished_runs_when_asked(
        live: LiveScene, aclient: AsyncRevyl) -> None:
    done, stuck = one_done_one_stuck(live)
    runs = [await aclient.tests.run(TEST_ID), await aclient.tests.run(TEST_ID)]
    ended = asyncio.Event()

    def on_progress(progress: Progress) -> None:
        if progress.task_id == done and progress.status == "completed":
            ended.set()  # its wait returns at once after reporting its ending

    waiting = asyncio.ensure_future(aclient.monitor.wait_all(runs, on_progress=on_progress,
                                                             cancel_on_interrupt=True))
    await ended.wait()
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert [live.count(CANCEL_TEST_PREFIX + task) for task in (done, stuck)] == [0, 1]
