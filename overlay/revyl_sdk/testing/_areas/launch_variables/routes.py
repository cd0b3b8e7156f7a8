"""`/api/v1/variables/org_launch_env*`: launch variables and their test attachments."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from ..._server.deps import LockedStore
from ..._server.manage_bodies import LaunchAttach, LaunchCreate, LaunchReplace, LaunchUpdate
from . import ops, shapes

router = APIRouter()
ATTACHMENTS = "/api/v1/variables/org_launch_env/test-attachments"


@router.get("/api/v1/variables/org_launch_env")
async def list_launch(store: LockedStore) -> dict[str, Any]:
    return shapes.many(ops.listing(store), "Launch variables read")


@router.post("/api/v1/variables/org_launch_env")
async def add_launch(store: LockedStore, body: LaunchCreate) -> dict[str, Any]:
    return shapes.one(ops.add(store, body.key, body.value, body.description), "Launch variable added")


@router.get(ATTACHMENTS)
async def attached(store: LockedStore, test_id: uuid.UUID) -> dict[str, Any]:
    return shapes.many(ops.attached(store, str(test_id)), "Attached launch variables")


@router.post(ATTACHMENTS)
async def attach(store: LockedStore, body: LaunchAttach) -> dict[str, Any]:
    return shapes.many(ops.attach(store, str(body.test_id), str(body.env_var_id)), "Launch variable attached")


@router.delete(ATTACHMENTS)
async def detach(store: LockedStore, test_id: uuid.UUID, env_var_id: uuid.UUID) -> dict[str, Any]:
    return shapes.many(ops.detach(store, str(test_id), str(env_var_id)), "Launch variable detached")


@router.put(ATTACHMENTS)
async def replace(store: LockedStore, body: LaunchReplace) -> dict[str, Any]:
    replaced = ops.replace(store, str(body.test_id), [str(env_var_id) for env_var_id in body.env_var_ids])
    return shapes.many(replaced, "Launch variables replaced")


@router.put("/api/v1/variables/org_launch_env/{env_var_id}")
async def update_launch(store: LockedStore, env_var_id: uuid.UUID, body: LaunchUpdate) -> dict[str, Any]:
    return shapes.one(ops.update(store, str(env_var_id), body.key, body.value, body.description),
                      "Launch variable updated")


@router.delete("/api/v1/variables/org_launch_env/{env_var_id}")
async def delete_launch(store: LockedStore, env_var_id: uuid.UUID) -> dict[str, Any]:
    return shapes.deleted(*ops.delete(store, str(env_var_id)))
