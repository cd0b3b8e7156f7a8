"""Builds: getting one in (upload session, S3 multipart, the legacy row-backed flow, from-url),
listing, reading, changing and deleting them (`/api/v1/apps/{app_id}/builds...`, `/api/v1/apps/builds/...`)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Query

from ..._server.bodies import (
    BuildCreateFromUploadRequest,
    BuildFromUrlRequest,
    BuildMultipartUploadResumeRequest,
    BuildMultipartUploadStartRequest,
    BuildUpdateRequest,
    BuildUploadCompleteRequest,
    BuildUploadSessionRequest,
)
from ..._server.deps import LockedStore, UnlockedStore
from ..._server.pages import page_of
from ..._state.errors import ApiError
from . import ops, shapes

router = APIRouter()


@router.post("/api/v1/apps/{app_id}/builds/upload-session")
async def upload_session(store: LockedStore, app_id: uuid.UUID, body: BuildUploadSessionRequest,
                         source: str = "api") -> dict[str, Any]:
    upload = ops.open_session(store, str(app_id), body.version, body.file_name)
    return {"upload_id": upload.id, "upload_url": ops.put_url(store, upload),
            "upload_expires_at": int(upload.expires_at), "content_type": upload.content_type}


@router.post("/api/v1/apps/{app_id}/builds/multipart-upload/start")
async def multipart_start(store: LockedStore, app_id: uuid.UUID,
                          body: BuildMultipartUploadStartRequest,
                          source: str = "api") -> dict[str, Any]:
    upload = ops.start_multipart(store, str(app_id), body.version, body.file_name, body.file_size)
    return ops.multipart_plan(store, upload)


@router.post("/api/v1/apps/{app_id}/builds/multipart-upload/resume")
async def multipart_resume(store: LockedStore, app_id: uuid.UUID,
                           body: BuildMultipartUploadResumeRequest) -> dict[str, Any]:
    upload = ops.resume_multipart(store, str(app_id), str(body.upload_id), body.s3_upload_id,
                                  body.version, body.file_name, body.file_size)
    plan = ops.multipart_plan(store, upload)
    assert upload.s3_upload_id is not None
    received = store.objects.multiparts[upload.s3_upload_id].parts
    plan["uploaded_parts"] = [{"part_number": n, "etag": etag, "size": size}
                              for n, (etag, size) in sorted(received.items())]
    return plan


@router.post("/api/v1/apps/{app_id}/builds")
async def create_build(store: LockedStore, app_id: uuid.UUID,
                       body: BuildCreateFromUploadRequest) -> dict[str, Any]:
    build, reused = ops.create_from_upload(store, str(app_id), str(body.upload_id), body.version,
                                           body.metadata, body.set_as_current)
    return shapes.build(store, build, was_reused=reused)


@router.post("/api/v1/apps/{app_id}/builds/upload-url")
async def legacy_upload_url(store: LockedStore, app_id: uuid.UUID, version: str, file_name: str,
                            source: str = "api") -> dict[str, Any]:
    upload = ops.open_session(store, str(app_id), version, file_name, row_backed=True)
    return {"version_id": upload.id, "version": version, "upload_url": ops.put_url(store, upload),
            "upload_expires_at": int(upload.expires_at), "content_type": upload.content_type}


@router.post("/api/v1/apps/builds/{version_id}/extract-package-id")
async def legacy_extract_package_id(store: LockedStore, version_id: uuid.UUID) -> dict[str, Any]:
    found = ops.inspect_row_backed(store, str(version_id))
    if isinstance(found, str):
        return {"package_id": None, "error": found}
    return {"package_id": found.package_name, "error": None}


@router.post("/api/v1/apps/builds/{version_id}/complete-upload")
async def legacy_complete_upload(store: LockedStore, version_id: uuid.UUID,
                                 body: BuildUploadCompleteRequest) -> dict[str, Any]:
    build = ops.complete_row_backed(store, str(version_id), body.metadata, body.package_name,
                                    body.set_as_current)
    return {"version_id": build.id, "version": build.version,
            "package_id": build.package_name, "status": "completed"}


@router.post("/api/v1/apps/{app_id}/builds/from-url")
async def from_url(store: UnlockedStore, app_id: uuid.UUID, body: BuildFromUrlRequest) -> dict[str, Any]:
    # Unlocked: the fetch is awaited outside the lock.
    with store.lock:
        existing = ops.existing_version(store, str(app_id), body.version)
        if existing is not None:
            return shapes.build(store, existing, was_reused=True)
        if not ops.is_loopback(body.from_url):
            build = ops.from_url_unfetched(store, str(app_id), body.from_url, body.version,
                                           body.metadata, body.set_as_current)
            return shapes.build(store, build, was_reused=False)
    try:
        async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:
            fetched = await client.get(body.from_url, headers=body.headers or {})
    except httpx.HTTPError:
        raise ApiError(502, "Failed to fetch source URL") from None
    if fetched.is_error:
        raise ApiError(502, "Failed to fetch source URL")
    with store.lock:
        build = ops.from_url_fetched(store, str(app_id), body.from_url, fetched.content, body.version,
                                     body.metadata, body.set_as_current)
        return shapes.build(store, build, was_reused=False)


@router.get("/api/v1/apps/{app_id}/builds")
async def list_builds(
    store: LockedStore,
    app_id: uuid.UUID,
    include_download_urls: bool = False,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    search: str | None = None,
) -> dict[str, Any]:
    builds = store.builds.of_app(store.apps.require(str(app_id)).id)
    if search:
        needle = search.lower()
        builds = [b for b in builds
                  if needle in b.version.lower() or needle in (b.package_name or "").lower()]
    items = [shapes.build(store, b, include_download_url=include_download_urls) for b in builds]
    return page_of(items, page, page_size)


@router.get("/api/v1/apps/builds/{version_id}")
async def get_build(store: LockedStore, version_id: uuid.UUID,
                    include_download_url: bool = False) -> dict[str, Any]:
    return shapes.build(store, store.builds.require(str(version_id)),
                        include_download_url=include_download_url)


@router.patch("/api/v1/apps/builds/{version_id}")
async def update_build(store: LockedStore, version_id: uuid.UUID,
                       body: BuildUpdateRequest) -> dict[str, Any]:
    return shapes.build(store, ops.update_build(store, str(version_id), body.model_dump(exclude_unset=True)))


@router.delete("/api/v1/apps/builds/{version_id}")
async def delete_build(store: LockedStore, version_id: uuid.UUID) -> dict[str, Any]:
    return {"message": "Build deleted successfully", "id": ops.delete_build(store, str(version_id)).id}
