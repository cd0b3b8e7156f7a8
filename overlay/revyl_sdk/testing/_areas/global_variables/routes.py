"""`/api/v1/variables/global`: org-wide variables."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from ..._server.deps import LockedStore
from ..._server.manage_bodies import GlobalCreate, GlobalUpdate
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/variables/global")
async def list_globals(store: LockedStore) -> dict[str, Any]:
    return shapes.many(ops.listing(store))


@router.post("/api/v1/variables/global")
async def add_global(store: LockedStore, body: GlobalCreate) -> dict[str, Any]:
    added = ops.add(store, body.variable_name, body.variable_value, body.description, body.is_secret)
    return shapes.one(added, "Global variable added")


@router.put("/api/v1/variables/global/{variable_id}")
async def update_global(store: LockedStore, variable_id: uuid.UUID, body: GlobalUpdate) -> dict[str, Any]:
    return shapes.one(ops.update(store, str(variable_id), body.model_dump(exclude_unset=True)),
                      "Global variable updated")


@router.delete("/api/v1/variables/global/{variable_id}")
async def delete_global(store: LockedStore, variable_id: uuid.UUID) -> dict[str, Any]:
    return shapes.one(ops.delete(store, str(variable_id)), "Global variable deleted")
