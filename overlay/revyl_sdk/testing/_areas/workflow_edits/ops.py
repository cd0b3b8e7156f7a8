"""Changing workflows: name, test list, run / build / location settings, quarantined tests
(a workflow-test row per test, whose id the failure-policy PATCH takes), deletion."""

from __future__ import annotations

import time
import uuid
from typing import Any

from ..._state.errors import ApiError, NotFound
from ..._state.store import Store
from ..._state.workflows import Workflow


def _changed(store: Store, workflow_id: str) -> Workflow:
    workflow = store.workflows.require(workflow_id)
    workflow.updated_at = time.time()
    return workflow


def rename(store: Store, workflow_id: str, name: str) -> Workflow:
    with store.lock:
        workflow = _changed(store, workflow_id)
        workflow.name = name
        return workflow


def set_tests(store: Store, workflow_id: str, test_ids: list[str]) -> Workflow:
    """The complete new list (duplicates dropped, order kept); every test must exist."""
    with store.lock:
        for test_id in test_ids:
            store.tests.require(test_id)
        workflow = _changed(store, workflow_id)
        workflow.test_ids = list(dict.fromkeys(test_ids))
        workflow.quarantined &= set(workflow.test_ids)
        return workflow


def set_run_config(store: Store, workflow_id: str, config: dict[str, Any] | None, override: bool,
                   concurrency: int | None) -> Workflow:
    """The run config kept as sent (used only while `override`); a concurrency of 0 removes the cap."""
    with store.lock:
        workflow = _changed(store, workflow_id)
        workflow.run_config, workflow.override_run_config = config, override
        if concurrency is not None:
            workflow.concurrency_limit = concurrency or None
        return workflow


def set_settings(store: Store, workflow_id: str, **settings: dict[str, Any] | None) -> Workflow:
    """`build_config` or `location_config` replaced (None: not overridden)."""
    with store.lock:
        workflow = _changed(store, workflow_id)
        for name, value in settings.items():
            setattr(workflow, name, value)
        return workflow


def delete(store: Store, workflow_id: str) -> Workflow:
    with store.lock:
        workflow = store.workflows.require(workflow_id)
        del store.workflows.rows[workflow_id]
        return workflow


def row_id(workflow_id: str, test_id: str) -> str:
    """The workflow-test row's id (stable: the same pair, the same id)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"revyl-emulator-workflow-test:{workflow_id}:{test_id}"))


def set_failure_policy(store: Store, workflow_test_id: str, policy: str) -> tuple[Workflow, str]:
    """`ignore_failure` quarantines the row's test, `fail_workflow` releases it."""
    with store.lock:
        for workflow in store.workflows.rows.values():
            for test_id in workflow.test_ids:
                if row_id(workflow.id, test_id) == workflow_test_id:
                    if policy == "ignore_failure":
                        workflow.quarantined.add(test_id)
                    else:
                        workflow.quarantined.discard(test_id)
                    workflow.updated_at = time.time()
                    return workflow, test_id
        raise NotFound("Workflow test not found")


def require_location(config: dict[str, Any] | None, override: bool) -> dict[str, Any] | None:
    """The location kept: none unless overriding, and an override needs one."""
    if override and config is None:
        raise ApiError(400, "location_config is required when override_location is true")
    return config if override else None
