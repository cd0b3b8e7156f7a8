"""`/api/v1/tests/create`, `update`, `delete`, `duplicate`, versions, restore, device target."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..._server.deps import LockedStore
from ..._server.manage_bodies import DeviceTarget, DuplicateTest, TestFields, Version
from . import ops, shapes

router = APIRouter()


def _sent(body: TestFields) -> dict[str, Any]:
    """The fields sent (a null counts as not sent), ids and the run config as JSON."""
    fields = body.model_dump(mode="json", exclude_unset=True, exclude_none=True, exclude={"run_config"})
    if body.run_config is not None:
        fields["run_config"] = body.run_config.stored()
    return fields


@router.post("/api/v1/tests/create")
async def create_test(store: LockedStore, body: TestFields) -> dict[str, Any]:
    return shapes.test(store, ops.create(store, _sent(body)))


@router.put("/api/v1/tests/update/{test_id}")
async def update_test(store: LockedStore, test_id: uuid.UUID, body: TestFields) -> dict[str, Any]:
    return shapes.test(store, ops.update(store, str(test_id), _sent(body)))


@router.delete("/api/v1/tests/delete/{test_id}")
async def delete_test(store: LockedStore, test_id: uuid.UUID) -> dict[str, Any]:
    return {"id": ops.delete(store, str(test_id)).id, "message": "Test deleted"}


@router.post("/api/v1/tests/duplicate")
async def duplicate_test(store: LockedStore, body: DuplicateTest) -> dict[str, Any]:
    copy, variables = ops.duplicate(store, str(body.test_id), body.new_name, body.copy_variables,
                                    body.target_platform, str(body.new_app_id) if body.new_app_id else None)
    return shapes.duplicated(copy, variables)


@router.get("/api/v1/tests/{test_id}/versions")
async def test_versions(store: LockedStore, test_id: uuid.UUID, limit: Annotated[int, Query(ge=1)] = 50,
                        offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    return shapes.versions(store.tests.require(str(test_id)), limit, offset)


@router.post("/api/v1/tests/{test_id}/restore")
async def restore_test(store: LockedStore, test_id: uuid.UUID, body: Version) -> dict[str, Any]:
    test, restored = ops.restore(store, str(test_id), body.version)
    return {"message": f"Restored version {restored}", "new_version": test.version, "restored_from": restored}


@router.patch("/api/v1/tests/{test_id}/device-target")
async def set_device_target(store: LockedStore, test_id: uuid.UUID, body: DeviceTarget) -> dict[str, Any]:
    return shapes.device_target(ops.set_device_target(store, str(test_id), body.device_model, body.os_version,
                                                      body.orientation))
