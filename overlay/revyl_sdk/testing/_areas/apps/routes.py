"""Apps: CRUD and the page/page_size listing (`/api/v1/apps/...`; their builds are `builds`)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..._server.bodies import AppCreateRequest, AppUpdateRequest
from ..._server.deps import LockedStore
from ..._server.pages import page_of
from . import ops, shapes

router = APIRouter()


@router.post("/api/v1/apps/")
async def create(store: LockedStore, body: AppCreateRequest) -> dict[str, Any]:
    return shapes.app(store, ops.create_app(store, body.name.strip(), body.platform.value, body.description))


@router.get("/api/v1/apps/")
async def list_apps(
    store: LockedStore,
    platform: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
    search: str | None = None,
) -> dict[str, Any]:
    every = ops.newest_first(store, None, None)
    counts = {"total": len(every), "ios": sum(a.platform == "iOS" for a in every),
              "android": sum(a.platform == "Android" for a in every)}
    apps = ops.newest_first(store, platform, search)
    return {**page_of([shapes.app(store, a) for a in apps], page, page_size), "platform_counts": counts}


@router.get("/api/v1/apps/{app_id}")
async def get_app(store: LockedStore, app_id: uuid.UUID) -> dict[str, Any]:
    return shapes.app(store, store.apps.require(str(app_id)))


@router.patch("/api/v1/apps/{app_id}")
async def update_app(store: LockedStore, app_id: uuid.UUID, body: AppUpdateRequest) -> dict[str, Any]:
    return shapes.app(store, ops.update_app(store, str(app_id), body.model_dump(exclude_unset=True)))


@router.delete("/api/v1/apps/{app_id}")
async def delete_app(store: LockedStore, app_id: uuid.UUID) -> dict[str, Any]:
    return {"message": "App deleted successfully", "detached_tests": ops.delete_app(store, str(app_id))}
