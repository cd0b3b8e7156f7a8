"""Workflows: creating them, starting and cancelling their runs, share links, run history."""

from __future__ import annotations

from typing import Any

from ..._state.errors import ApiError
from ..._state.ids import iso, new_id
from ..._state.runs import WorkflowTask
from ..._state.store import Store
from ..._state.workflows import Workflow
from ..reports import ops as reports
from ..runs import ops as runs


def add_workflow(store: Store, name: str, test_ids: list[str]) -> Workflow:
    with store.lock:
        for test_id in test_ids:
            store.tests.require(test_id)
        workflow = Workflow(new_id(), name, list(test_ids))
        store.workflows.rows[workflow.id] = workflow
    return workflow


def _build_for(store: Store, build_config: dict[str, Any] | None, platform: str) -> str | None:
    """The build a workflow's `build_config` pins for `platform` (its app's current one)."""
    entry = (build_config or {}).get("ios_build" if platform == "iOS" else "android_build")
    if not isinstance(entry, dict) or not entry.get("app_id"):
        return None
    app = store.apps.require(str(entry["app_id"]))
    version = entry.get("pinned_version")
    if version:
        matches = [b for b in store.builds.of_app(app.id) if b.version == version]
        if not matches:
            raise ApiError(404, f"Build version '{version}' not found")
        return matches[0].id
    return app.current_build_id


def start_run(store: Store, workflow_id: str, build_config: dict[str, Any] | None) -> WorkflowTask:
    """A run of every test of the workflow (on the builds `build_config` pins), queued and driven."""
    with store.lock:
        workflow = store.workflows.require(workflow_id)
        task_id = new_id()
        children = []
        for test_id in workflow.test_ids:
            test = store.tests.require(test_id)
            children.append(runs.new_test_task(store, test, _build_for(store, build_config, test.platform),
                                               task_id))
        task = WorkflowTask(task_id, workflow, children, quarantined=frozenset(workflow.quarantined),
                            concurrency_limit=workflow.concurrency_limit or 3)
        runs.start_workflow(store, task)
        return task


def cancel_run(store: Store, task_id: str) -> tuple[WorkflowTask, bool]:
    """The run, and whether it was cancelled (False: it had ended already)."""
    with store.lock:
        task = store.runs.require_workflow(task_id)
        return task, runs.cancel_workflow(store, task)


def runs_of(store: Store, workflow: Workflow) -> list[WorkflowTask]:
    """The workflow's runs, newest first."""
    return sorted((t for t in store.runs.workflows.values() if t.workflow.id == workflow.id),
                  key=lambda t: t.created_at, reverse=True)


def history(store: Store, workflow_id: str, start_date: str | None) -> list[WorkflowTask]:
    found = runs_of(store, store.workflows.require(workflow_id))
    if start_date:
        found = [t for t in found if (iso(t.created_at) or "") >= start_date]
    return found


def share_run(store: Store, task_id: str, include_child_tests: bool) -> tuple[WorkflowTask, int]:
    """Give the run (and, when asked, each child without one) a share token; the run and how
    many child tokens were made."""
    task = store.runs.require_workflow(task_id)
    task.share_token = task.share_token or reports.new_share_token()
    created = 0
    if include_child_tests:
        for child in task.children:
            if child.share_token is None:
                child.share_token, created = reports.new_share_token(), created + 1
    return task, created


def shared_run(store: Store, task_id: str | None, token: str | None) -> WorkflowTask:
    """The run by id, or by the token of its share link."""
    if task_id:
        return store.runs.require_workflow(task_id)
    shared = [t for t in store.runs.workflows.values() if token and t.share_token == token]
    if not shared:
        raise ApiError(404, "Shared report not found")
    return shared[0]


def share_origin(store: Store, origin: str | None, expiration_hours: int | None) -> str:
    """The base of a share link, once the origin and the expiry are accepted."""
    return reports.share_origin(store, origin, expiration_hours)
