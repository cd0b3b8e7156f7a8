"""Waiting on a run started elsewhere (Revyl's CLI, an earlier CI step), known only by its id."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from live_scene import (
    CANCEL_TEST_PREFIX,
    EXECUTE_TEST_PATH,
    EXECUTE_WORKFLOW_PATH,
    FAST,
    REPORT_PATH,
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
    AsyncWorkflowResult,
    AsyncWorkflowRun,
    Progress,
    Revyl,
    RevylError,
    TestResult,
    TestRun,
    WorkflowResult,
    WorkflowRun,
)

OTHER = new_id()


def snapshot(*tests: dict[str, Any], workflows: tuple[dict[str, Any], ...] = ()) -> bytes:
    return sse("initial_state", {"running_tests": list(tests), "running_workflows": list(workflows)})


def updated(task_id: str, **fields: Any) -> bytes:
    return sse("test_updated", {"test": org_test_item(task_id, **fields)})


def test_run_handle_sends_nothing_and_knows_only_the_id(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    run = client.tests.run_handle(f" {task}\n")  # as read from a file or a CI step's output
    assert isinstance(run, TestRun)
    assert (run.task_id, run.response, run.status) == (task, None, None)
    assert repr(run) == f"TestRun(task_id={task!r}, status=None)"
    flow = client.workflows.run_handle(task)
    assert isinstance(flow, WorkflowRun) and flow.response is None
    assert live.log == []
    run.cancel()
    assert live.count(CANCEL_TEST_PREFIX + task) == 1


@pytest.mark.parametrize("bad", ["", "  \n"])
def test_run_handle_refuses_an_empty_id(client: Revyl, bad: str) -> None:
    with pytest.raises(RevylError, match="task_id"):
        client.tests.run_handle(bad)
    with pytest.raises(RevylError, match="task_id"):
        client.workflows.wait(bad)


def test_runs_started_here_keep_their_execute_response(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.executed_task_ids = [task]
    run = client.tests.run("6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11")
    assert run.response is not None and run.response.message == "started"
    assert (run.task_id, run.status) == (task, "queued")


def test_wait_by_id_follows_the_stream(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[
        sse("connection_ready", {}),
        snapshot(org_test_item(task, progress=40.0), org_test_item(OTHER)),
        updated(task, progress=80.0),
        live.mark("terminal"),
        sse("test_completed", {"test": org_test_item(task, "completed")}),
    ]]
    live.test_statuses[task] = [status_body(task, "completed", success=True)]
    seen: list[Progress] = []

    result = client.tests.wait(task, on_progress=seen.append)

    assert isinstance(result, TestResult)
    assert (result.task_id, result.status, result.passed) == (task, "completed", True)
    assert [p.progress for p in seen] == [40.0, 80.0, 100.0]
    reads = live.status_reads(task)
    assert len(reads) == 1 and reads[0].at >= live.marks["terminal"]  # the confirmation only
    assert live.stream_connections == 1 and live.count(EXECUTE_TEST_PATH) == 0


def test_wait_by_id_polls_when_asked_or_when_the_stream_is_missing(
    live: LiveScene, client: Revyl
) -> None:
    task = new_id()
    live.test_statuses[task] = [status_body(task, "running"), status_body(task, "completed")]
    assert client.tests.wait(task, mode="polling").passed
    assert live.stream_connections == 0 and len(live.status_reads(task)) == 2

    other = new_id()
    live.stream_error = (404, {"detail": "Not Found"})
    live.test_statuses[other] = [status_body(other, "running"), status_body(other, "failed",
                                                                            success=False)]
    result = client.tests.wait(other)
    assert (result.status, result.passed) == ("failed", False)
    assert live.stream_connections == 1 and len(live.status_reads(other)) == 2


@pytest.mark.parametrize("mode", ["auto", "polling"])
def test_a_run_that_ended_before_the_wait_is_settled_by_one_read(
    live: LiveScene, client: Revyl, mode: str
) -> None:
    task = new_id()
    live.scripts = [[sse("connection_ready", {}), snapshot(org_test_item(OTHER))]]
    live.test_statuses[task] = [status_body(task, "completed", success=False, error_message="boom")]
    started = time.monotonic()
    result = client.tests.wait(task, mode=mode)  # type: ignore[arg-type]
    assert (result.status, result.passed, result.error_message) == ("completed", False, "boom")
    assert time.monotonic() - started < FAST.quiet_timeout
    assert len(live.status_reads(task)) == 1


def test_an_ended_run_is_settled_at_once_on_an_already_connected_stream(
    live: LiveScene, client: Revyl
) -> None:
    """The hub's snapshot predates the wait, yet the run was started before it, elsewhere:
    it gets one status read at once, not the `quiet_timeout` a run started here would."""
    busy, ended = new_id(), new_id()
    release = threading.Event()
    live.scripts = [[
        sse("connection_ready", {}),
        snapshot(org_test_item(busy, progress=10.0)),
        release,
        sse("test_completed", {"test": org_test_item(busy, "completed")}),
        *[sse("heartbeat", {}), 0.1] * 50,
    ]]
    live.test_statuses[busy] = [status_body(busy)]
    live.test_statuses[ended] = [status_body(ended)]
    snapshot_seen = threading.Event()
    waiting = threading.Thread(target=client.tests.wait, args=(busy,),
                               kwargs={"on_progress": lambda _: snapshot_seen.set()})
    waiting.start()
    try:
        assert snapshot_seen.wait(5)
        started = time.monotonic()
        assert client.tests.wait(ended).passed
        assert time.monotonic() - started < FAST.quiet_timeout / 2
        assert len(live.status_reads(ended)) == 1
    finally:
        release.set()
        waiting.join(5)
    assert live.stream_connections == 1 and len(live.status_reads(busy)) == 1


def test_a_run_missing_from_the_snapshot_but_still_going_is_followed(
    live: LiveScene, client: Revyl
) -> None:
    """Started elsewhere just now, not in the snapshot yet: one read says it is queued, and
    the wait goes on listening rather than deciding anything."""
    task = new_id()
    live.scripts = [[
        snapshot(org_test_item(OTHER)),
        0.2,
        sse("test_started", {"test": org_test_item(task, "running", progress=20.0)}),
        sse("test_failed", {"test": org_test_item(task, "running")}),
    ]]
    live.test_statuses[task] = [status_body(task, "queued"),
                                status_body(task, "failed", success=False)]
    seen: list[Progress] = []
    result = client.tests.wait(task, on_progress=seen.append)
    assert (result.status, result.passed) == ("failed", False)
    assert [p.status for p in seen] == ["queued", "running", "failed"]
    assert len(live.status_reads(task)) == 2  # the snapshot's doubt, then the confirmation


def test_workflow_wait_by_id(live: LiveScene, client: Revyl) -> None:
    task, child = new_id(), new_id()
    live.scripts = [[
        snapshot(workflows=(org_workflow_item(task, completed=0, children=(child,)),)),
        sse("workflow_completed", {"workflow": org_workflow_item(task, "running", completed=2)}),
    ]]
    live.workflow_statuses[task] = [workflow_status_body("completed", passed=2)]
    live.reports[task] = {"workflow_task": {"task_id": task, "status": "completed"},
                          "child_tasks": [{"task_id": child, "test_name": "Login",
                                           "status": "completed", "success": True}]}
    result = client.workflows.wait(task)
    assert isinstance(result, WorkflowResult)
    assert (result.task_id, result.passed, result.passed_tests) == (task, True, 2)
    assert [c.test_name for c in result.children] == ["Login"]
    assert result.report_url() == f"https://app.revyl.test/share/{task}"
    assert live.count(REPORT_PATH) == 1 and live.count(WORKFLOW_LINK_PATH) == 1
    assert live.count(EXECUTE_WORKFLOW_PATH) == 0


def test_workflow_that_ended_before_the_wait(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.scripts = [[snapshot()]]
    live.workflow_statuses[task] = [workflow_status_body("completed", passed=1, failed=1)]
    result = client.workflows.wait(task)
    assert (result.status, result.passed, result.failed_tests) == ("completed", False, 1)
    assert len(live.status_reads(task)) == 1


def test_handles_from_ids_and_from_run_wait_together(live: LiveScene, client: Revyl) -> None:
    ours, theirs = new_id(), new_id()
    live.executed_task_ids = [ours]
    live.scripts = [[snapshot(org_test_item(ours, "queued")),
                     sse("test_completed", {"test": org_test_item(ours, "completed")})]]
    live.test_statuses[ours] = [status_body(ours)]
    live.test_statuses[theirs] = [status_body(theirs)]
    runs = [client.tests.run("6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11"), client.tests.run_handle(theirs)]
    results = client.monitor.wait_all(runs, timeout=10)
    assert [(r.task_id, r.passed) for r in results] == [(ours, True), (theirs, True)]
    assert live.stream_connections == 1


async def test_async_wait_by_id(live: LiveScene, aclient: AsyncRevyl) -> None:
    task, ended, flow = new_id(), new_id(), new_id()
    live.scripts = [[
        snapshot(org_test_item(task), workflows=(org_workflow_item(flow),)),
        sse("test_completed", {"test": org_test_item(task, "completed")}),
        sse("workflow_completed", {"workflow": org_workflow_item(flow, "running", completed=2)}),
    ]]
    live.test_statuses[task] = [status_body(task)]
    live.test_statuses[ended] = [status_body(ended, "cancelled", success=False)]
    live.workflow_statuses[flow] = [workflow_status_body("completed", passed=2)]
    run = aclient.tests.run_handle(task)
    assert isinstance(run, AsyncTestRun) and run.response is None
    assert isinstance(aclient.workflows.run_handle(flow), AsyncWorkflowRun)

    result = await aclient.tests.wait(task)
    assert isinstance(result, AsyncTestResult) and result.passed
    before = await aclient.tests.wait(ended, mode="polling")
    assert (before.status, before.passed) == ("cancelled", False)
    workflow = await aclient.workflows.wait(flow)
    assert isinstance(workflow, AsyncWorkflowResult) and workflow.passed
    assert await workflow.report_url() == f"https://app.revyl.test/share/{flow}"
    assert live.count(EXECUTE_TEST_PATH) == 0
