"""Apps and their builds: CRUD and page/page_size listings (`/api/v1/apps/...`)."""

from __future__ import annotations

import math
import re
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from . import _render as render
from ._bodies import AppCreateRequest, AppUpdateRequest, BuildUpdateRequest
from ._http import store_of
from ._records import App, new_id
from ._store import Store

router = APIRouter()


def canonical_name(name: str) -> str:
    """How Revyl compares app names: case, separators and punctuation do not matter."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("_", " ")).strip()


def page_of(items: list[Any], page: int, page_size: int) -> dict[str, Any]:
    """The paginated envelope (`items`, `total`, `has_next`, ...) around one page."""
    total = len(items)
    total_pages = max(1, math.ceil(total / page_size))
    start = (page - 1) * page_size
    return {"items": items[start:start + page_size], "total": total, "page": page,
            "page_size": page_size, "total_pages": total_pages,
            "has_next": page < total_pages, "has_previous": page > 1}


def create_app(store: Store, name: str, platform: str, description: str | None) -> App:
    with store.lock:
        for existing in store.apps.values():
            if (existing.platform == platform
                    and canonical_name(existing.name) == canonical_name(name)):
                raise HTTPException(409, f"An app named '{existing.name}' already exists "
                                         f"for {platform}")
        app = App(new_id(), name, platform, description)
        store.apps[app.id] = app
        return app


@router.post("/api/v1/apps/")
async def create(request: Request, body: AppCreateRequest) -> dict[str, Any]:
    store = store_of(request)
    app = create_app(store, body.name.strip(), body.platform.value, body.description)
    return render.app(store, app)


@router.get("/api/v1/apps/")
async def list_apps(
    request: Request,
    platform: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
    search: str | None = None,
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        apps = sorted(store.apps.values(), key=lambda a: a.created_at, reverse=True)
        counts = {"total": len(apps), "ios": sum(a.platform == "iOS" for a in apps),
                  "android": sum(a.platform == "Android" for a in apps)}
        if platform:
            apps = [a for a in apps if a.platform.lower() == platform.lower()]
        if search:
            apps = [a for a in apps if search.lower() in a.name.lower()]
        envelope = page_of([render.app(store, a) for a in apps], page, page_size)
    return {**envelope, "platform_counts": counts}


@router.get("/api/v1/apps/{app_id}")
async def get_app(request: Request, app_id: uuid.UUID) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.app(store, store.app(str(app_id)))


@router.patch("/api/v1/apps/{app_id}")
async def update_app(request: Request, app_id: uuid.UUID, body: AppUpdateRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        changes = body.model_dump(exclude_unset=True)
        if "current_version" in changes:
            matches = [b for b in store.builds_of(app.id) if b.version == changes["current_version"]]
            if not matches:
                raise HTTPException(404, f"Build version '{changes['current_version']}' not found")
            app.current_build_id = matches[0].id
        for key in ("name", "static_url", "description", "system_prompt"):
            if key in changes:
                setattr(app, key, changes[key])
        return render.app(store, app)


@router.delete("/api/v1/apps/{app_id}")
async def delete_app(request: Request, app_id: uuid.UUID) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        for build in store.builds_of(app.id):
            del store.builds[build.id]
        detached = 0
        for test in store.tests.values():
            if test.app_id == app.id:
                test.app_id, detached = None, detached + 1
        del store.apps[app.id]
    return {"message": "App deleted successfully", "detached_tests": detached}


@router.get("/api/v1/apps/{app_id}/builds")
async def list_builds(
    request: Request,
    app_id: uuid.UUID,
    include_download_urls: bool = False,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    search: str | None = None,
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        builds = store.builds_of(store.app(str(app_id)).id)
        if search:
            needle = search.lower()
            builds = [b for b in builds
                      if needle in b.version.lower() or needle in (b.package_name or "").lower()]
        items = [render.build(store, b, include_download_url=include_download_urls) for b in builds]
        return page_of(items, page, page_size)


@router.get("/api/v1/apps/builds/{version_id}")
async def get_build(request: Request, version_id: uuid.UUID,
                    include_download_url: bool = False) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.build(store, store.build(str(version_id)),
                            include_download_url=include_download_url)


@router.patch("/api/v1/apps/builds/{version_id}")
async def update_build(request: Request, version_id: uuid.UUID,
                       body: BuildUpdateRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        build = store.build(str(version_id))
        changes = body.model_dump(exclude_unset=True)
        if changes.get("version") and changes["version"] != build.version:
            if any(b.version == changes["version"] for b in store.builds_of(build.app_id)):
                raise HTTPException(409, f"Version '{changes['version']}' already exists for this app")
            build.version = changes["version"]
        if "package_name" in changes:
            build.package_name = changes["package_name"]
        if changes.get("metadata") is not None:
            build.metadata = changes["metadata"]
        return render.build(store, build)


@router.delete("/api/v1/apps/builds/{version_id}")
async def delete_build(request: Request, version_id: uuid.UUID) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        build = store.build(str(version_id))
        del store.builds[build.id]
        app = store.apps.get(build.app_id)
        if app is not None and app.current_build_id == build.id:
            app.current_build_id = None
    return {"message": "Build deleted successfully", "id": build.id}
