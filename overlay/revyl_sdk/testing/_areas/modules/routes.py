"""`/api/v1/modules/*`: reusable blocks, versioned."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..._server.deps import LockedStore
from ..._server.manage_bodies import ModuleCreate, ModuleUpdate, Version
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/modules/list")
async def list_modules(store: LockedStore) -> dict[str, Any]:
    return shapes.listing(ops.listing(store))


@router.post("/api/v1/modules/create")
async def create_module(store: LockedStore, body: ModuleCreate) -> dict[str, Any]:
    return shapes.one(ops.create(store, body.name, body.description, body.blocks), "Module created")


@router.get("/api/v1/modules/{module_id}")
async def get_module(store: LockedStore, module_id: uuid.UUID) -> dict[str, Any]:
    return shapes.one(store.catalog.modules.require(str(module_id)), "Module read")


@router.put("/api/v1/modules/update/{module_id}")
async def update_module(store: LockedStore, module_id: uuid.UUID, body: ModuleUpdate) -> dict[str, Any]:
    return shapes.one(ops.update(store, str(module_id), body.model_dump(exclude_unset=True)), "Module updated")


@router.delete("/api/v1/modules/delete/{module_id}")
async def delete_module(store: LockedStore, module_id: uuid.UUID) -> dict[str, Any]:
    ops.delete(store, str(module_id))
    return {"message": "Module deleted"}


@router.get("/api/v1/modules/{module_id}/versions")
async def module_versions(store: LockedStore, module_id: uuid.UUID,
                          limit: Annotated[int, Query(ge=1, le=100)] = 20,
                          offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    return shapes.versions(store.catalog.modules.require(str(module_id)), limit, offset)


@router.post("/api/v1/modules/{module_id}/restore")
async def restore_module(store: LockedStore, module_id: uuid.UUID, body: Version) -> dict[str, Any]:
    module = ops.restore(store, str(module_id), body.version)
    return {**shapes.one(module, f"Restored version {body.version}"), "new_version": module.version,
            "restored_from": body.version}


@router.get("/api/v1/modules/{module_id}/tests")
async def module_usage(store: LockedStore, module_id: uuid.UUID) -> dict[str, Any]:
    module = store.catalog.modules.require(str(module_id))
    return shapes.usage(ops.tests_using(store, "module", module.id, module.name))
