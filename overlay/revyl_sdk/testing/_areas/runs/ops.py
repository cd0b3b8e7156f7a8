"""Runs unfolding over time: queued -> starting -> running (step by step) -> terminal.

Each change is written to the run's row and published on the feed at once, as Revyl writes
its Redis Streams at DB-write time, so polling and SSE always agree. Drivers are asyncio
tasks on the server's loop; cancelling a run cancels its driver.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from typing import Any

from ..._state.ids import new_id
from ..._state.runs import TestTask, WorkflowTask
from ..._state.scripts import Script
from ..._state.store import Store
from ..._state.tests import Test
from ..tests.documents import iter_steps
from . import shapes

_FAILURES = {
    "failed": "Validation failed: expected screen was not shown",
    "completed_failed": "Validation failed: expected screen was not shown",
    "timeout": "Test exceeded its time limit",
    "cancelled": "Test was cancelled",
}
_STOPPING_SECONDS = 0.05  # how long a cancelled run shows `stopping` before `cancelled`


def script_for(store: Store, test_id: str) -> Script:
    """The script runs of `test_id` follow: its own, its name's, or the default; timings filled in."""
    runs = store.runs
    named = store.tests.rows[test_id].name if test_id in store.tests.rows else None
    script = runs.scripts.get(test_id) or runs.scripts_by_name.get(named or "") or runs.default_script
    settings = store.settings
    return replace(
        script,
        step_seconds=settings.step_seconds if script.step_seconds is None else script.step_seconds,
        queued_seconds=(settings.queued_seconds if script.queued_seconds is None
                        else script.queued_seconds),
    )


def new_test_task(store: Store, test: Test, build_id: str | None,
                  workflow_task_id: str | None = None) -> TestTask:
    """A queued run of `test` following its script; step names come from its blocks."""
    script = script_for(store, test.id)
    names = list(iter_steps(test.blocks)) or ["Run test"]
    count = script.steps or len(names)
    steps = [names[i % len(names)] for i in range(count)]
    return TestTask(new_id(), test, script, steps, build_id, workflow_task_id=workflow_task_id)


def _touch(task: TestTask | WorkflowTask) -> None:
    task.updated_at = time.time()


def publish_test(store: Store, task: TestTask, event: str) -> None:
    _touch(task)
    store.feed.publish(event, {"test": shapes.test_item(task)})


def _publish_test_terminal(store: Store, task: TestTask) -> None:
    outcome = {"completed": "completed", "cancelled": "cancelled"}.get(task.status, "failed")
    form = task.script.terminal_event
    if form in ("nested", "both"):
        store.feed.publish(f"test_{outcome}", {"test": shapes.test_item(task)})
    if form in ("with_data", "both"):
        flat: dict[str, Any] = {
            "id": task.id, "task_id": task.id, "test_id": task.test.id,
            "test_name": task.test.name, "platform": task.test.platform,
            f"{outcome}_test": shapes.completed_test_data(task),
        }
        store.feed.publish(f"test_{outcome}_with_data", flat)


def publish_workflow(store: Store, task: WorkflowTask, event: str) -> None:
    _touch(task)
    store.feed.publish(event, {"workflow": shapes.workflow_item(task)})


def finish_test(store: Store, task: TestTask, status: str, success: bool,
                error: str | None) -> None:
    """Move `task` to a terminal status and announce it (no-op if it already ended)."""
    if task.terminal:
        return
    task.status, task.success, task.error_message = status, success, error
    task.completed_at = time.time()
    task.progress = 100.0 if status == "completed" else task.progress
    _touch(task)
    _publish_test_terminal(store, task)
    parent = store.runs.workflows.get(task.workflow_task_id or "")
    if parent is not None and not parent.terminal:
        publish_workflow(store, parent, "workflow_updated")


async def drive_test(store: Store, task: TestTask) -> None:
    """Play `task.script` against the run's row."""
    script = task.script
    await asyncio.sleep(script.queued_seconds or 0.0)
    task.status, task.started_at = "starting", time.time()
    publish_test(store, task, "test_updated")
    await asyncio.sleep(0)
    task.status = "running"
    fail_at = script.fail_at_step or task.total_steps
    failing = script.outcome != "passed"
    for index, name in enumerate(task.step_names):
        task.current_step, task.current_step_index = name, index
        task.progress = round(100.0 * index / task.total_steps, 1)
        publish_test(store, task, "test_updated")
        await asyncio.sleep(script.step_seconds or 0.0)
        if failing and index + 1 == fail_at:
            break
        task.steps_completed = index + 1
    if not failing:
        task.current_step = "Done"
        finish_test(store, task, "completed", True, None)
        return
    error = script.error_message or _FAILURES[script.outcome]
    status = {"completed_failed": "completed", "timeout": "timeout",
              "cancelled": "cancelled"}.get(script.outcome, "failed")
    finish_test(store, task, status, False, error)


def start_test(store: Store, task: TestTask) -> None:
    store.runs.tests[task.id] = task
    publish_test(store, task, "test_started")
    task.driver = asyncio.get_running_loop().create_task(drive_test(store, task))


async def _stop(store: Store, task: TestTask) -> None:
    await asyncio.sleep(min(_STOPPING_SECONDS, task.script.step_seconds or 0.0))
    finish_test(store, task, "cancelled", False, "Test was cancelled")


def cancel_test(store: Store, task: TestTask) -> bool:
    """Ask the run to stop: `stopping` now, `cancelled` a moment later. False if it had ended."""
    if task.terminal or task.status == "stopping":
        return False
    if task.driver is not None:
        task.driver.cancel()
    task.status = "stopping"
    publish_test(store, task, "test_updated")
    task.driver = asyncio.get_running_loop().create_task(_stop(store, task))
    return True


async def drive_workflow(store: Store, task: WorkflowTask) -> None:
    """Run the workflow's tests, at most `concurrency_limit` at once, then conclude."""
    await asyncio.sleep(store.settings.queued_seconds)
    task.status, task.started_at = "setup", time.time()
    publish_workflow(store, task, "workflow_updated")
    await asyncio.sleep(0)
    task.status = "running"
    publish_workflow(store, task, "workflow_updated")
    slots = asyncio.Semaphore(task.concurrency_limit)

    async def run_child(child: TestTask) -> None:
        async with slots:
            if child.terminal:
                return
            child.driver = asyncio.current_task()
            await drive_test(store, child)

    for child in task.children:
        store.runs.tests[child.id] = child
        publish_test(store, child, "test_started")
    # A child cancelled on its own ends through its `stopping` phase: wait for every one.
    await asyncio.gather(*(run_child(child) for child in task.children), return_exceptions=True)
    while not all(child.terminal for child in task.children):
        await asyncio.sleep(_STOPPING_SECONDS / 5)
    task.completed_at = time.time()
    task.success = task.failed_tests == 0
    task.status = "completed" if task.success else "failed"
    if not task.success:
        task.error_message = f"{task.failed_tests} of {len(task.children)} tests failed"
    publish_workflow(store, task, "workflow_completed" if task.success else "workflow_failed")


def start_workflow(store: Store, task: WorkflowTask) -> None:
    store.runs.workflows[task.id] = task
    publish_workflow(store, task, "workflow_started")
    task.driver = asyncio.get_running_loop().create_task(drive_workflow(store, task))


def cancel_workflow(store: Store, task: WorkflowTask) -> bool:
    """Cancel the workflow run and every child still active. False if it had ended."""
    if task.terminal:
        return False
    if task.driver is not None:
        task.driver.cancel()
    for child in task.children:
        if child.driver is not None and not child.terminal:
            child.driver.cancel()
        finish_test(store, child, "cancelled", False, "Workflow was cancelled")
    task.status, task.success = "cancelled", False
    task.completed_at = time.time()
    task.error_message = "Workflow was cancelled"
    publish_workflow(store, task, "workflow_cancelled")
    return True
