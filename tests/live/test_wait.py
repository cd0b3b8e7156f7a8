"""`run.wait()`: following a run on the shared stream, confirming, falling back, results."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import threading
import time
from typing import Any

import pytest
from live_scene import (
    CANCEL_TEST_PREFIX,
    DROP,
    EXECUTE_TEST_PATH,
    EXECUTE_WORKFLOW_PATH,
    FAST,
    REPORT_PATH,
    STREAM_PATH,
    TEST_LINK_PATH,
    TEST_STATUS_PATH,
    WORKFLOW_LINK_PATH,
    LiveScene,
    new_id,
    org_test_item,
    org_workflow_item,
    sse,
    status_body,
    workflow_status_body,
)
from revyl_sdk import (
    AsyncRevyl,
    AsyncTestResult,
    AsyncTestRun,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    Progress,
    Revyl,
    RunFailedError,
    TestResult,
    TestRun,
    WaitTimeout,
    WorkflowResult,
    WorkflowRun,
)
from revyl_sdk.types import ExecuteTestAsyncAPIResponse, ExecuteWorkflowAsyncAPIResponse

OTHER = new_id()


def start_test(client: Revyl, task_id: str) -> TestRun:
    """A run handle as `tests.run` returns it, without the execute request."""
    return TestRun(client.tests, task_id, ExecuteTestAsyncAPIResponse.from_dict(
        {"id": task_id, "task_id": task_id, "status": "queued", "message": "ok"}))


def start_async_test(client: AsyncRevyl, task_id: str) -> AsyncTestRun:
    return AsyncTestRun(client.tests, task_id, ExecuteTestAsyncAPIResponse.from_dict(
        {"id": task_id, "task_id": task_id, "status": "queued", "message": "ok"}))


def start_workflow(client: Revyl, task_id: str) -> WorkflowRun:
    return WorkflowRun(client.workflows, task_id, ExecuteWorkflowAsyncAPIResponse.from_dict(
        {"id": task_id, "task_id": task_id, "status": "queued", "message": "ok"}))


def snapshot(*tests: dict[str, Any], workflows: tuple[dict[str, Any], ...] = ()) -> bytes:
    return sse("initial_state", {"running_tests": list(tests), "running_workflows": list(workflows)})


def updated(task_id: str, **fields: Any) -> bytes:
    return sse("test_updated", {"test": org_test_item(task_id, **fields)})


def with_settings(client: Revyl | AsyncRevyl, **changes: Any) -> None:
    client.monitor.settings = dataclasses.replace(FAST, **changes)


def test_wait_follows_the_stream_among_other_runs_and_confirms_once(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [[
        sse("connection_ready", {}),
        snapshot(org_test_item(task, "queued", progress=0.0), org_test_item(OTHER)),
        updated(OTHER, progress=10.0),
        updated(task, status="running", progress=25.0, steps_done=1),
        sse("heartbeat", {}),
        updated(OTHER, progress=20.0),
        updated(task, status="running", progress=75.0, steps_done=3, current_step="Check cart"),
        sse("test_completed", {"test": org_test_item(OTHER, "completed")}),
        live.mark("terminal"),
        sse("test_completed", {"test": org_test_item(task, "running", progress=100.0)}),
    ]]
    live.test_statuses[task] = [status_body(task, "completed", success=True, seconds=4.2)]
    seen: list[Progress] = []

    result = start_test(client, task).wait(on_progress=seen.append)

    assert isinstance(result, TestResult)
    assert (result.task_id, result.status, result.passed) == (task, "completed", True)
    assert result.duration == 4.2 and (result.steps_done, result.steps_total) == (4, 4)
    assert [p.progress for p in seen] == [0.0, 25.0, 75.0, 100.0]
    assert seen[2].current_step == "Check cart" and seen[2].steps_done == 3
    reads = live.status_reads(task)
    assert len(reads) == 1 and reads[0].at >= live.marks["terminal"]
    assert live.stream_connections == 1
    assert live.status_reads(OTHER) == []


def test_duplicate_terminal_events_end_the_wait_once(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    done = sse("test_completed", {"test": org_test_item(task, "completed")})
    live.scripts = [[snapshot(org_test_item(task)), done, done, done]]
    live.test_statuses[task] = [status_body(task)]
    assert start_test(client, task).wait().passed
    assert len(live.status_reads(task)) == 1


def test_a_failed_event_never_passes_despite_a_stale_success_flag(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    stale = {**org_test_item(task, "running"), "success": True}
    live.scripts = [[snapshot(org_test_item(task)), sse("test_cancelled", {"test": stale})]]
    live.test_statuses[task] = [(503, {"detail": "busy"})]  # confirmation unavailable
    result = start_test(client, task).wait()
    assert (result.status, result.passed) == ("cancelled", False)


def test_completed_with_success_false_is_a_failure_and_raise_for_status_says_so(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task)),
                     sse("test_completed", {"test": org_test_item(task, "completed")})]]
    live.test_statuses[task] = [status_body(task, "completed", success=False,
                                            error_message="Assertion failed: cart total")]
    result = start_test(client, task).wait()
    assert (result.status, result.passed) == ("completed", False)
    with pytest.raises(RunFailedError, match="cart total") as raised:
        result.raise_for_status()
    assert raised.value.result is result


def test_flat_with_data_terminal_event(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    flat = {"id": task, "task_id": task, "completed_test": {
        "status": "completed", "execution_time_seconds": 9.5,
        "enhanced_task": {"success": True, "total_steps": 6, "steps_completed": 6}}}
    live.scripts = [[snapshot(org_test_item(task)), sse("test_completed_with_data", flat)]]
    live.test_statuses[task] = [status_body(task, "running")]  # the database lags the event
    result = start_test(client, task).wait()
    assert (result.status, result.passed, result.duration) == ("completed", True, 9.5)
    assert (result.steps_done, result.steps_total) == (6, 6)


def test_drop_then_reconnect_with_the_run_gone_from_the_snapshot_confirms_over_rest(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [
        [sse("connection_ready", {}), snapshot(org_test_item(task)), updated(task), DROP],
        [sse("connection_ready", {}), snapshot(org_test_item(OTHER))],  # ended while away
    ]
    live.test_statuses[task] = [status_body(task, "failed", success=False, error_message="boom")]
    result = start_test(client, task).wait()
    assert (result.status, result.passed, result.error_message) == ("failed", False, "boom")
    assert live.stream_connections == 2
    assert len(live.status_reads(task)) == 1


def test_drop_then_reconnect_with_the_run_still_active_keeps_listening(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [
        [snapshot(org_test_item(task)), updated(task, progress=30.0), DROP],
        [snapshot(org_test_item(task, progress=60.0)), updated(task, progress=90.0),
         sse("test_failed", {"test": org_test_item(task, "failed")})],
    ]
    live.test_statuses[task] = [status_body(task, "failed", success=False)]
    seen: list[Progress] = []
    result = start_test(client, task).wait(on_progress=seen.append)
    assert (result.status, result.passed) == ("failed", False)
    assert [p.progress for p in seen][:4] == [50.0, 30.0, 60.0, 90.0]
    assert len(live.status_reads(task)) == 1  # only the confirmation


def test_a_stream_that_never_mentions_the_run_falls_back_to_status_reads(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    with_settings(client, quiet_timeout=0.05)
    live.scripts = [[snapshot(org_test_item(task))] + [sse("heartbeat", {}), 0.02] * 50]
    live.test_statuses[task] = [status_body(task, "running"), status_body(task, "completed")]
    result = start_test(client, task).wait()
    assert result.passed
    assert len(live.status_reads(task)) == 2


def test_a_run_finished_before_the_wait_is_settled_by_one_read(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [[sse("connection_ready", {}), snapshot(org_test_item(OTHER))]]
    live.test_statuses[task] = [status_body(task)]
    started = time.monotonic()
    assert start_test(client, task).wait().passed
    assert time.monotonic() - started < FAST.quiet_timeout
    assert len(live.status_reads(task)) == 1


def test_a_late_waiter_learns_the_ending_from_what_the_hub_already_heard(
    live: LiveScene, client: Revyl
) -> None:
    early, late = new_id(), new_id()
    late_done = threading.Event()
    live.scripts = [[
        snapshot(org_test_item(early), org_test_item(late)),
        sse("test_completed", {"test": org_test_item(late, "completed")}),
        late_done.set,
        0.3,
        sse("test_completed", {"test": org_test_item(early, "completed")}),
    ]]
    live.test_statuses[early] = [status_body(early)]
    live.test_statuses[late] = [status_body(late)]
    waiting = threading.Thread(target=start_test(client, early).wait)
    waiting.start()
    assert late_done.wait(5)
    assert start_test(client, late).wait().passed  # its terminal event went by already
    waiting.join(5)
    assert live.stream_connections == 1


def test_unknown_and_malformed_events_do_not_disturb_a_wait(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.scripts = [[
        snapshot(org_test_item(task)),
        sse("session_updated", {"id": task, "status": "completed"}),
        sse("test_updated", "{oops"),
        sse("test_completed", {"test": org_test_item(task, "completed")}),
    ]]
    live.test_statuses[task] = [status_body(task)]
    assert start_test(client, task).wait().passed


def test_404_stream_falls_back_to_polling_in_auto_mode(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.stream_error = (404, {"detail": "Not Found"})
    live.test_statuses[task] = [status_body(task, "running"), status_body(task, "running"),
                                status_body(task, "completed")]
    assert start_test(client, task).wait().passed
    assert len(live.status_reads(task)) == 3
    # The client remembers the stream is missing and does not ask again.
    live.test_statuses[task] = [status_body(task)]
    assert start_test(client, task).wait().passed
    assert live.stream_connections == 1


def test_404_stream_raises_in_sse_mode(live: LiveScene, client: Revyl) -> None:
    live.stream_error = (404, {"detail": "Not Found"})
    with pytest.raises(NotFoundError):
        start_test(client, new_id()).wait(mode="sse")


def test_401_stream_raises_authentication_error_even_in_auto_mode(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.stream_error = (401, {"detail": "Invalid API key"})
    live.test_statuses[task] = [status_body(task)]
    with pytest.raises(AuthenticationError):
        start_test(client, task).wait()
    assert live.status_reads(task) == []


def test_a_stream_that_keeps_failing_falls_back_to_polling(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[DROP]]
    live.test_statuses[task] = [status_body(task)]
    assert start_test(client, task).wait().passed
    assert live.stream_connections == 1 + FAST.max_reconnects


def test_polling_mode_never_opens_the_stream_and_tolerates_transient_errors(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.test_statuses[task] = [status_body(task, "queued"), (500, {"detail": "oops"}),
                                (429, {"detail": "slow down"}), status_body(task, "running"),
                                status_body(task, "completed")]
    seen: list[Progress] = []
    assert start_test(client, task).wait(mode="polling", on_progress=seen.append).passed
    assert live.stream_connections == 0
    assert len(live.status_reads(task)) == 5
    assert [p.status for p in seen] == ["queued", "running", "completed"]


def test_polling_backs_off_between_reads(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    with_settings(client, poll_interval=0.02, poll_max_interval=0.04)
    live.test_statuses[task] = [status_body(task, "running")] * 5 + [status_body(task)]
    start_test(client, task).wait(mode="polling")
    times = [r.at for r in live.status_reads(task)]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[0] >= 0.018 and all(gap >= 0.038 for gap in gaps[2:])


def test_polling_raises_on_401_and_after_the_error_budget(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.test_statuses[task] = [(401, {"detail": "expired"})]
    with pytest.raises(AuthenticationError):
        start_test(client, task).wait(mode="polling")
    assert len(live.status_reads(task)) == 1

    other = new_id()
    live.test_statuses[other] = [(502, {"detail": "bad gateway"})]
    with pytest.raises(InternalServerError):
        start_test(client, other).wait(mode="polling")
    assert len(live.status_reads(other)) == 1 + FAST.poll_error_budget


def test_unknown_task_raises_not_found_while_polling(live: LiveScene, client: Revyl) -> None:
    with pytest.raises(NotFoundError):
        start_test(client, new_id()).wait(mode="polling")


def test_timeout_raises_wait_timeout_with_the_last_status(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task, "running", progress=40.0))]]
    with pytest.raises(WaitTimeout) as raised:
        start_test(client, task).wait(timeout=1.0)  # room for the snapshot on a busy machine
    assert raised.value.status == "running"
    assert raised.value.last is not None and raised.value.last.progress == 40.0
    assert raised.value.task_id == task


def test_timeout_while_polling(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.test_statuses[task] = [status_body(task, "starting")]
    with pytest.raises(WaitTimeout, match="starting"):
        start_test(client, task).wait(mode="polling", timeout=0.1)


def test_report_url_is_fetched_on_first_use_only(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task)),
                     sse("test_completed", {"test": org_test_item(task, "completed")})]]
    live.test_statuses[task] = [status_body(task)]
    result = start_test(client, task).wait()
    assert live.count(TEST_LINK_PATH) == 0
    assert result.report_url() == f"https://app.revyl.test/share/{task}"
    assert result.report_url() == f"https://app.revyl.test/share/{task}"
    assert live.count(TEST_LINK_PATH) == 1


def test_run_with_wait_true_returns_the_result(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.executed_task_ids = [task]
    live.scripts = [[snapshot(org_test_item(task, "queued")),
                     sse("test_completed", {"test": org_test_item(task, "completed")})]]
    live.test_statuses[task] = [status_body(task)]
    result = client.tests.run("6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11", wait=True)
    assert isinstance(result, TestResult) and result.task_id == task and result.passed
    assert live.count(EXECUTE_TEST_PATH) == 1


def test_workflow_run_with_wait_true_returns_the_result(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.executed_task_ids = [task]
    live.scripts = [[snapshot(workflows=(org_workflow_item(task),)),
                     sse("workflow_completed", {"id": task, "status": "completed"})]]
    live.workflow_statuses[task] = [workflow_status_body("completed", passed=2)]
    result = client.workflows.run("0b7f3a52-6c9e-4c1d-8d0e-2a3b4c5d6e7f", wait=True)
    assert isinstance(result, WorkflowResult) and result.task_id == task and result.passed
    assert live.count(EXECUTE_WORKFLOW_PATH) == 1


async def test_async_run_with_wait_true(live: LiveScene, aclient: AsyncRevyl) -> None:
    task = new_id()
    live.executed_task_ids = [task]
    live.scripts = [[snapshot(org_test_item(task)),
                     sse("test_completed", {"test": org_test_item(task, "completed")})]]
    live.test_statuses[task] = [status_body(task)]
    result = await aclient.tests.run("6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11", wait=True)
    assert isinstance(result, AsyncTestResult) and result.passed


def test_interrupt_cancels_the_run_when_asked(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task)), updated(task, progress=60.0)]]

    def ctrl_c(progress: Progress) -> None:
        if progress.progress == 60.0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        start_test(client, task).wait(on_progress=ctrl_c, cancel_on_interrupt=True)
    assert live.count(CANCEL_TEST_PREFIX + task) == 1

    with pytest.raises(KeyboardInterrupt):
        start_test(client, task).wait(on_progress=ctrl_c)
    assert live.count(CANCEL_TEST_PREFIX + task) == 1


def test_workflow_wait_uses_failed_tests_and_the_child_report(
    live: LiveScene, client: Revyl
) -> None:
    task, child_a, child_b = new_id(), new_id(), new_id()
    live.scripts = [[
        snapshot(workflows=(org_workflow_item(task, "running", completed=0),)),
        sse("workflow_updated", {"workflow": org_workflow_item(task, completed=1, duration=30)}),
        sse("workflow_completed", {"workflow": org_workflow_item(
            task, "running", completed=2, duration=101.0, children=(child_a, child_b))}),
    ]]
    live.workflow_statuses[task] = [workflow_status_body("completed", passed=1, failed=1)]
    live.reports[task] = {
        "workflow_task": {"task_id": task, "status": "completed"},
        "child_tasks": [
            {"task_id": child_a, "test_name": "Login", "platform": "android",
             "status": "completed", "success": True, "execution_time_seconds": 40.0},
            {"task_id": child_b, "test_name": "Checkout", "platform": "ios",
             "status": "failed", "success": False, "error_message": "timeout on pay"},
        ],
    }
    seen: list[Progress] = []
    result = start_workflow(client, task).wait(on_progress=seen.append)

    assert (result.status, result.passed) == ("completed", False)  # one child failed
    assert (result.passed_tests, result.failed_tests) == (1, 1)
    assert result.duration == 101.0  # "1m 41s" from the status read
    assert [(c.test_name, c.passed) for c in result.children] == [("Login", True),
                                                                   ("Checkout", False)]
    assert result.children[1].error_message == "timeout on pay"
    assert result.children[0].duration == 40.0
    assert [(p.steps_done, p.steps_total) for p in seen][:2] == [(0, 2), (1, 2)]
    assert live.count(REPORT_PATH) == 1 and live.count(WORKFLOW_LINK_PATH) == 0
    assert result.report_url().endswith(task)
    assert live.count(WORKFLOW_LINK_PATH) == 1


def test_workflow_flat_terminal_event_and_no_report(live: LiveScene, client: Revyl) -> None:
    task, child = new_id(), new_id()
    live.scripts = [[
        snapshot(workflows=(org_workflow_item(task, children=(child,)),)),
        sse("workflow_failed", {"task_id": task, "status": "running", "workflow_name": "Smoke"}),
    ]]
    live.workflow_statuses[task] = [(500, {"detail": "db down"})]
    result = start_workflow(client, task).wait()
    assert (result.status, result.passed) == ("failed", False)
    assert [c.task_id for c in result.children] == [child]  # from the monitor item
    assert result.children[0].status is None


async def test_async_wait_follows_the_stream(live: LiveScene, aclient: AsyncRevyl) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task)), updated(task, progress=70.0),
                     sse("test_completed", {"test": org_test_item(task, "completed")})]]
    live.test_statuses[task] = [status_body(task)]
    seen: list[Progress] = []
    result = await start_async_test(aclient, task).wait(on_progress=seen.append)
    assert result.passed and await result.report_url() == f"https://app.revyl.test/share/{task}"
    assert [p.progress for p in seen] == [50.0, 70.0, 100.0]
    assert live.stream_connections == 1 and len(live.status_reads(task)) == 1


async def test_async_fallbacks_match_the_sync_ones(live: LiveScene, aclient: AsyncRevyl) -> None:
    task = new_id()
    live.stream_error = (404, {"detail": "Not Found"})
    live.test_statuses[task] = [status_body(task, "running"), status_body(task)]
    assert (await start_async_test(aclient, task).wait()).passed
    with pytest.raises(NotFoundError):
        await start_async_test(aclient, task).wait(mode="sse")


async def test_async_cancellation_cancels_the_run_when_asked(
    live: LiveScene, aclient: AsyncRevyl
) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task))]]
    waiting = asyncio.ensure_future(
        start_async_test(aclient, task).wait(cancel_on_interrupt=True))
    await asyncio.sleep(0.2)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert live.count(CANCEL_TEST_PREFIX + task) == 1


async def test_async_timeout(live: LiveScene, aclient: AsyncRevyl) -> None:
    task = new_id()
    live.scripts = [[snapshot(org_test_item(task, "starting"))]]
    with pytest.raises(WaitTimeout, match="starting"):
        await start_async_test(aclient, task).wait(timeout=1.0)  # room for the snapshot on a busy machine


def test_bad_mode_is_rejected(client: Revyl) -> None:
    with pytest.raises(ValueError, match="mode"):
        start_test(client, new_id()).wait(mode="websocket")  # type: ignore[arg-type]


def test_stream_path_constant_matches_the_sdk() -> None:
    from revyl_sdk._live.stream import stream_call

    assert stream_call(include_queued=True, idle_timeout=1.0).request["url"] == STREAM_PATH
    assert TEST_STATUS_PATH.endswith("get_test_execution_task")
