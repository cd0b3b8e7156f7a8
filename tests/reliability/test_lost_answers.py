"""Run starts whose answer is lost, against the emulator with injected faults: exactly one run.

For each start (`tests.run`, `workflows.run`, `devices.start`): a 500 after the run was
made adopts it; a 500 before handling starts it once more; a read timeout or a dropped
connection after handling adopts it; a read timeout before handling (the server may still
act) raises `RunMayHaveStartedError` with the facts, and never sends the start again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from _run_counts import solo_test_runs, workflow_runs
from revyl_sdk import AsyncRevyl, Revyl, RunMayHaveStartedError
from revyl_sdk.testing import RevylEmulator

TEST_START = "/api/v1/execution/api/execute_test_id_async"
WORKFLOW_START = "/api/v1/execution/api/execute_workflow_id_async"
DEVICE_START = "/api/v1/execution/start_device"
SLOW = 2.0  # the held answer; the start's read timeout is 1 s
READ_TIMEOUT = 1.0


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01, heartbeat_seconds=0.5) as started:
        started.configure_devices(ready_seconds=0.01, connect_seconds=0.01)
        yield started


@pytest.fixture
def client(emulator: RevylEmulator) -> Iterator[Revyl]:
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False, timeout=5.0) as revyl:
        yield revyl


@pytest.fixture
def seeded(emulator: RevylEmulator) -> dict[str, str]:
    test_id = emulator.add_test("Login flow", steps=["Open the app", "Sign in"])
    return {"test": test_id, "workflow": emulator.add_workflow("Smoke", [test_id])}


@dataclass(frozen=True)
class Start:
    """One kind of start: its route, how to start it (returns the run's id), how to count runs."""

    kind: str
    path: str
    start: Callable[[Revyl, dict[str, str], float | None], str]
    runs: Callable[[Revyl, RevylEmulator, dict[str, str]], list[str]]


def _start_test(client: Revyl, seeded: dict[str, str], timeout: float | None) -> str:
    starter = client.with_options(timeout=timeout) if timeout else client
    result = starter.tests.run(seeded["test"], wait=True)
    assert result.passed  # its result, followed to the end
    return str(result.task_id)


def _start_workflow(client: Revyl, seeded: dict[str, str], timeout: float | None) -> str:
    starter = client.with_options(timeout=timeout) if timeout else client
    result = starter.workflows.run(seeded["workflow"], wait=True)
    assert result.passed
    return str(result.task_id)


def _start_device(client: Revyl, seeded: dict[str, str], timeout: float | None) -> str:
    starter = client.with_options(timeout=timeout) if timeout else client
    with starter.devices.start("android", timeout=30) as device:
        assert device.screenshot()  # usable
        return str(device.session_id)


STARTS = [
    Start("test", TEST_START, _start_test, lambda client, em, seeded: solo_test_runs(em, seeded["test"])),
    Start("workflow", WORKFLOW_START, _start_workflow,
          lambda client, em, seeded: workflow_runs(em, seeded["workflow"])),
    Start("device", DEVICE_START, _start_device,
          lambda client, em, seeded: [str(item.id) for item in client.devices.history()]),
]
BY_KIND = pytest.mark.parametrize("start", STARTS, ids=[start.kind for start in STARTS])


def eventually(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, "never came true"
        time.sleep(0.05)


def sent(emulator: RevylEmulator, path: str) -> int:
    return sum(1 for request in emulator.requests if request.path == path)


@BY_KIND
def test_a_500_after_handling_returns_the_one_run_it_made(start: Start, emulator: RevylEmulator, client: Revyl,
                                                          seeded: dict[str, str]) -> None:
    emulator.fail(start.path, status=500, after_handling=True)
    run_id = start.start(client, seeded, None)
    assert start.runs(client, emulator, seeded) == [run_id] and sent(emulator, start.path) == 1


@BY_KIND
def test_a_500_before_handling_starts_it_once_more(start: Start, emulator: RevylEmulator, client: Revyl,
                                                seeded: dict[str, str]) -> None:
    emulator.fail(start.path, status=500)
    run_id = start.start(client, seeded, None)
    assert start.runs(client, emulator, seeded) == [run_id] and sent(emulator, start.path) == 2


@BY_KIND
def test_a_read_timeout_after_handling_adopts_the_run(start: Start, emulator: RevylEmulator, client: Revyl,
                                                seeded: dict[str, str]) -> None:
    emulator.slow_down(start.path, SLOW, after_handling=True)
    run_id = start.start(client, seeded, READ_TIMEOUT)
    assert start.runs(client, emulator, seeded) == [run_id]
    eventually(lambda: sent(emulator, start.path) == 1)  # the held answer, sent to nobody; never a second start


@BY_KIND
def test_a_dropped_connection_after_handling_adopts_the_run(start: Start, emulator: RevylEmulator, client: Revyl,
                                                            seeded: dict[str, str]) -> None:
    emulator.fail(start.path, drop=True, after_handling=True)
    run_id = start.start(client, seeded, None)
    assert start.runs(client, emulator, seeded) == [run_id] and sent(emulator, start.path) == 1


@BY_KIND
def test_a_read_timeout_before_handling_is_unknowable_and_says_what_it_knows(
        start: Start, emulator: RevylEmulator, client: Revyl, seeded: dict[str, str]) -> None:
    emulator.slow_down(start.path, SLOW)  # nothing is listed while the client looks
    before = time.time()
    with pytest.raises(RunMayHaveStartedError) as raised:
        start.start(client, seeded, READ_TIMEOUT)
    facts = raised.value
    assert facts.kind == start.kind and facts.candidates == [] and "may still be handling it" in str(facts)
    assert before - 1 <= facts.sent_at.timestamp() <= time.time()
    assert facts.where and facts.target_id in str(facts)
    eventually(lambda: sent(emulator, start.path) == 1)  # answered (late) to nobody; never sent again
    assert len(start.runs(client, emulator, seeded)) <= 1


async def test_the_async_twin_adopts_the_run_a_500_after_handling_made(emulator: RevylEmulator,
                                                                      seeded: dict[str, str]) -> None:
    test_id, workflow_id = seeded["test"], seeded["workflow"]
    emulator.fail(TEST_START, status=500, after_handling=True)
    emulator.fail(WORKFLOW_START, status=502, after_handling=True)
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        test_result = await client.tests.run(test_id, wait=True)
        workflow_result = await client.workflows.run(workflow_id, wait=True)
    assert test_result.passed and workflow_result.passed
    assert solo_test_runs(emulator, test_id) == [test_result.task_id]
    assert workflow_runs(emulator, workflow_id) == [workflow_result.task_id]
    assert sent(emulator, TEST_START) == 1 and sent(emulator, WORKFLOW_START) == 1


@pytest.mark.parametrize(("after_handling", "creates"), [(True, 1), (False, 2)])
def test_a_create_by_name_that_lost_its_answer_makes_one_app(emulator: RevylEmulator, client: Revyl,
                                                             after_handling: bool, creates: int) -> None:
    emulator.fail("/api/v1/apps/", method="POST", status=500, after_handling=after_handling)
    app = client.apps.create(name="Shop", platform="android")
    assert [str(listed.id) for listed in client.apps.list() if listed.name == "Shop"] == [str(app.id)]
    assert sum(1 for r in emulator.requests if r.method == "POST" and r.path == "/api/v1/apps/") == creates
