"""`/api/v1/tests/scripts*`: code-execution scripts."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from ..._server.deps import LockedStore
from ..._server.manage_bodies import ScriptCreate, ScriptUpdate
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/tests/scripts")
async def list_scripts(store: LockedStore, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                       offset: Annotated[int, Query(ge=0)] = 0, runtime: str | None = None) -> dict[str, Any]:
    return shapes.listing(ops.listing(store, runtime), offset, limit)


@router.post("/api/v1/tests/scripts", status_code=201)
async def create_script(store: LockedStore, body: ScriptCreate) -> dict[str, Any]:
    return shapes.script(ops.create(store, body.name, body.code, body.runtime, body.description))


@router.get("/api/v1/tests/scripts/{script_id}")
async def get_script(store: LockedStore, script_id: uuid.UUID) -> dict[str, Any]:
    return shapes.script(store.catalog.scripts.require(str(script_id)))


@router.put("/api/v1/tests/scripts/{script_id}")
async def update_script(store: LockedStore, script_id: uuid.UUID, body: ScriptUpdate) -> dict[str, Any]:
    return shapes.script(ops.update(store, str(script_id), body.model_dump(exclude_unset=True)))


@router.delete("/api/v1/tests/scripts/{script_id}", status_code=204)
async def delete_script(store: LockedStore, script_id: uuid.UUID) -> Response:
    ops.delete(store, str(script_id))
    return Response(status_code=204)


@router.get("/api/v1/tests/scripts/{script_id}/tests")
async def script_usage(store: LockedStore, script_id: uuid.UUID) -> dict[str, Any]:
    return shapes.usage(ops.usage(store, str(script_id)))
