"""Answers of the workflow-editing endpoints (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.store import Store
from ..._state.workflows import Workflow
from ..workflows.shapes import workflow as workflow_shape
from .ops import row_id


def updated(row: Workflow, what: str) -> dict[str, Any]:
    """WorkflowUpdateResponse."""
    return {"message": f"Workflow {what} updated", "data": workflow_shape(row)}


def deleted(row: Workflow) -> dict[str, Any]:
    """DeleteWorkflowResponse."""
    return {"message": "Workflow deleted", "data": {**workflow_shape(row), "deleted": True}}


def test_rows(store: Store, row: Workflow) -> dict[str, Any]:
    """The workflow's tests with their failure policy, as `workflow/{id}/tests` lists them (untyped)."""
    return {"data": [test_row(store, row, test_id) for test_id in row.test_ids]}


def test_row(store: Store, row: Workflow, test_id: str) -> dict[str, Any]:
    test = store.tests.rows.get(test_id)
    return {"id": row_id(row.id, test_id), "workflow_id": row.id, "test_id": test_id,
            "test_name": test.name if test else None,
            "platform": test.platform.lower() if test else None,
            "failure_policy": "ignore_failure" if test_id in row.quarantined else "fail_workflow"}
