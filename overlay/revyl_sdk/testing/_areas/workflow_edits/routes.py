"""`/api/v1/workflows/update_*`, `delete`, and the workflow-test rows (quarantine)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from ..._server.deps import LockedStore
from ..._server.manage_bodies import (
    FailurePolicy,
    WorkflowBuildConfig,
    WorkflowLocation,
    WorkflowName,
    WorkflowRunConfig,
)
from . import ops, shapes

router = APIRouter()


@router.put("/api/v1/workflows/update_name/{workflow_id}")
async def rename(store: LockedStore, workflow_id: uuid.UUID, body: WorkflowName) -> dict[str, Any]:
    return shapes.updated(ops.rename(store, str(workflow_id), body.name), "name")


@router.put("/api/v1/workflows/update_tests/{workflow_id}")
async def set_tests(store: LockedStore, workflow_id: uuid.UUID, body: list[uuid.UUID]) -> dict[str, Any]:
    return shapes.updated(ops.set_tests(store, str(workflow_id), [str(test_id) for test_id in body]), "tests")


@router.put("/api/v1/workflows/update_run_config/{workflow_id}")
async def set_run_config(store: LockedStore, workflow_id: uuid.UUID, body: WorkflowRunConfig) -> dict[str, Any]:
    config = body.run_config.stored() if body.run_config is not None else None
    workflow = ops.set_run_config(store, str(workflow_id), config, body.override_run_config,
                                  body.default_concurrency_limit)
    return shapes.updated(workflow, "run config")


@router.put("/api/v1/workflows/update_build_config/{workflow_id}")
async def set_build_config(store: LockedStore, workflow_id: uuid.UUID, body: WorkflowBuildConfig) -> dict[str, Any]:
    config = body.build_config if body.override_build_config else None
    return shapes.updated(ops.set_settings(store, str(workflow_id), build_config=config), "build config")


@router.put("/api/v1/workflows/update_location_config/{workflow_id}")
async def set_location(store: LockedStore, workflow_id: uuid.UUID, body: WorkflowLocation) -> dict[str, Any]:
    place = body.location_config.model_dump(mode="json") if body.location_config else None
    config = ops.require_location(place, body.override_location)
    return shapes.updated(ops.set_settings(store, str(workflow_id), location_config=config), "location")


@router.delete("/api/v1/workflows/delete/{workflow_id}")
async def delete_workflow(store: LockedStore, workflow_id: uuid.UUID) -> dict[str, Any]:
    return shapes.deleted(ops.delete(store, str(workflow_id)))


@router.get("/api/v1/workflows/workflow/{workflow_id}/tests")
async def workflow_tests(store: LockedStore, workflow_id: uuid.UUID) -> dict[str, Any]:
    return shapes.test_rows(store, store.workflows.require(str(workflow_id)))


@router.patch("/api/v1/workflows/workflow-tests/{workflow_test_id}")
async def set_failure_policy(store: LockedStore, workflow_test_id: uuid.UUID, body: FailurePolicy) -> dict[str, Any]:
    workflow, test_id = ops.set_failure_policy(store, str(workflow_test_id), body.failure_policy)
    return {"data": shapes.test_row(store, workflow, test_id)}
