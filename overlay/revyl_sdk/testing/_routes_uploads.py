"""Getting a build in: upload session, S3 multipart, the legacy row-backed flow, from-url.

Each flow stages bytes in the object store first; a build row exists only after the
artifact passes the server-side check, as BEHAVIOR.md §4.3 describes.
"""

from __future__ import annotations

import hashlib
import ipaddress
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, HTTPException, Request

from . import _render as render
from ._artifacts import InvalidArtifact, inspect
from ._bodies import (
    BuildCreateFromUploadRequest,
    BuildFromUrlRequest,
    BuildMultipartUploadResumeRequest,
    BuildMultipartUploadStartRequest,
    BuildUploadCompleteRequest,
    BuildUploadSessionRequest,
)
from ._http import store_of
from ._object_store import open_multipart
from ._presign import presign
from ._records import App, Build, StagedUpload, new_id
from ._store import ORG_ID, Store

router = APIRouter()

_MAX_PARTS = 10_000
_MAX_OBJECT_BYTES = 5 * 1024**4
_CONTENT_TYPES = {".apk": "application/vnd.android.package-archive", ".zip": "application/zip"}


def _content_type(file_name: str) -> str:
    return _CONTENT_TYPES.get(Path(file_name).suffix.lower(), "application/octet-stream")


def _check_new_version(store: Store, app: App, version: str) -> None:
    if not version.strip():
        raise HTTPException(400, "Version must not be empty")
    if any(build.version == version for build in store.builds_of(app.id)):
        raise HTTPException(409, f"Version '{version}' already exists for this app")


def _stage(store: Store, app: App, version: str, file_name: str, **fields: Any) -> StagedUpload:
    upload_id = new_id()
    upload = StagedUpload(upload_id, app.id, version, file_name,
                          f"staging/{ORG_ID}/{upload_id}/{Path(file_name).name}",
                          _content_type(file_name),
                          expires_at=time.time() + store.settings.presign_ttl_seconds, **fields)
    store.uploads[upload_id] = upload
    return upload


def _stage_bytes(store: Store, app: App, version: str, file_name: str,
                 content: bytes) -> StagedUpload:
    """A staged upload whose bytes are already in place (server-side fetches, seeding)."""
    upload = _stage(store, app, version, file_name)
    target = store.object_path(upload.object_key)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return upload


def _put_url(store: Store, upload: StagedUpload) -> str:
    return presign(store.signing_key, store.base_url, "PUT", upload.object_key,
                   ttl=store.settings.presign_ttl_seconds, content_type=upload.content_type)


@router.post("/api/v1/apps/{app_id}/builds/upload-session")
async def upload_session(request: Request, app_id: uuid.UUID, body: BuildUploadSessionRequest,
                         source: str = "api") -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        _check_new_version(store, app, body.version)
        upload = _stage(store, app, body.version, body.file_name)
        return {"upload_id": upload.id, "upload_url": _put_url(store, upload),
                "upload_expires_at": int(upload.expires_at), "content_type": upload.content_type}


def _multipart_plan(store: Store, upload: StagedUpload) -> dict[str, Any]:
    """The part URLs, complete and abort URLs of a multipart upload (start and resume)."""
    assert upload.s3_upload_id is not None and upload.part_size and upload.file_size
    ttl, key, s3_id = store.settings.presign_ttl_seconds, upload.object_key, upload.s3_upload_id
    count = -(-upload.file_size // upload.part_size)
    parts = [{"part_number": number,
              "upload_url": presign(store.signing_key, store.base_url, "PUT", key, ttl=ttl,
                                    extra={"partNumber": str(number), "uploadId": s3_id})}
             for number in range(1, count + 1)]
    return {
        "upload_id": upload.id, "s3_upload_id": s3_id, "part_size": upload.part_size,
        "upload_expires_at": int(time.time() + ttl), "parts": parts,
        "complete_url": presign(store.signing_key, store.base_url, "POST", key, ttl=ttl,
                                extra={"uploadId": s3_id}),
        "abort_url": presign(store.signing_key, store.base_url, "DELETE", key, ttl=ttl,
                             extra={"uploadId": s3_id}),
    }


@router.post("/api/v1/apps/{app_id}/builds/multipart-upload/start")
async def multipart_start(request: Request, app_id: uuid.UUID,
                          body: BuildMultipartUploadStartRequest,
                          source: str = "api") -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        _check_new_version(store, app, body.version)
        if not 0 < body.file_size <= _MAX_OBJECT_BYTES:
            raise HTTPException(400, "file_size must be positive and at most 5 TiB (S3's object limit)")
        # The server picks the part size: the configured one, larger if it needs > 10,000 parts.
        part_size = max(store.settings.part_size, -(-body.file_size // _MAX_PARTS))
        upload = _stage(store, app, body.version, body.file_name, file_size=body.file_size,
                        part_size=part_size)
        upload.s3_upload_id = open_multipart(store, upload.object_key)
        return _multipart_plan(store, upload)


@router.post("/api/v1/apps/{app_id}/builds/multipart-upload/resume")
async def multipart_resume(request: Request, app_id: uuid.UUID,
                           body: BuildMultipartUploadResumeRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        store.app(str(app_id))
        upload = store.uploads.get(str(body.upload_id))
        if upload is None or upload.app_id != str(app_id) or upload.s3_upload_id is None:
            raise HTTPException(404, "Upload session not found")
        if (upload.s3_upload_id, upload.version, upload.file_name, upload.file_size) != (
                body.s3_upload_id, body.version, body.file_name, body.file_size):
            raise HTTPException(409, "The upload session does not match this file")
        state = store.multiparts[upload.s3_upload_id].state
        if state != "open" or upload.build_id is not None:
            raise HTTPException(410, f"The multipart upload is {state}; start a new one")
        plan = _multipart_plan(store, upload)
        received = store.multiparts[upload.s3_upload_id].parts
        plan["uploaded_parts"] = [{"part_number": n, "etag": etag, "size": size}
                                  for n, (etag, size) in sorted(received.items())]
        return plan


def _sha256(path: Path) -> str:
    with path.open("rb") as artifact:
        return hashlib.file_digest(artifact, "sha256").hexdigest()


def _finalize(store: Store, app: App, upload: StagedUpload, metadata: dict[str, Any] | None,
              set_as_current: bool, *, build_id: str | None = None,
              package_name: str | None = None) -> Build:
    """Validate the staged artifact and turn it into a build row (400 if it is not installable)."""
    staged = store.object_path(upload.object_key)
    if upload.s3_upload_id is not None and store.multiparts[upload.s3_upload_id].state != "completed":
        raise HTTPException(400, "The multipart upload has not been completed")
    if not staged.is_file():
        raise HTTPException(400, "No artifact was uploaded for this upload session")
    _check_new_version(store, app, upload.version)
    try:
        found = inspect(staged, app.platform)
    except InvalidArtifact as error:
        staged.unlink(missing_ok=True)  # invalid artifacts never become builds
        raise HTTPException(400, f"Invalid build artifact: {error}") from None
    build = Build(build_id or new_id(), app.id, upload.version, "", package_name or found.package_name,
                  {})
    build.object_key = f"builds/{ORG_ID}/{app.id}/{build.id}/{Path(upload.file_name).name}"
    final = store.object_path(build.object_key)
    final.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(final)
    build.metadata = {
        **(metadata or {}), "file_name": upload.file_name, "file_size": final.stat().st_size,
        "sha256": _sha256(final),
        "artifact_validation": {"valid": True, "warnings": found.warnings},
    }
    store.builds[build.id] = build
    upload.build_id = build.id
    if set_as_current:
        app.current_build_id = build.id
    return build


def add_build(store: Store, app_id: str, version: str, artifact: Path,
              set_as_current: bool) -> Build:
    """Stage `artifact` and finalize it as `add_build` of the emulator does (no HTTP)."""
    with store.lock:
        app = store.app(app_id)
        upload = _stage_bytes(store, app, version, artifact.name, artifact.read_bytes())
        try:
            return _finalize(store, app, upload, {"source": "emulator"}, set_as_current)
        except HTTPException as error:
            raise ValueError(str(error.detail)) from None


@router.post("/api/v1/apps/{app_id}/builds")
async def create_build(request: Request, app_id: uuid.UUID,
                       body: BuildCreateFromUploadRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        upload = store.uploads.get(str(body.upload_id))
        if upload is None or upload.app_id != app.id or upload.row_backed:
            raise HTTPException(404, "Upload session not found")
        if upload.version != body.version:
            raise HTTPException(400, f"Version '{body.version}' does not match the upload "
                                     f"session's '{upload.version}'")
        if upload.build_id is not None and upload.build_id in store.builds:
            # A retried finalize after a lost answer gets the build it already made.
            return render.build(store, store.builds[upload.build_id], was_reused=True)
        metadata = {"source": "api", **(body.metadata or {})}
        build = _finalize(store, app, upload, metadata, body.set_as_current)
        return render.build(store, build, was_reused=False)


@router.post("/api/v1/apps/{app_id}/builds/upload-url")
async def legacy_upload_url(request: Request, app_id: uuid.UUID, version: str, file_name: str,
                            source: str = "api") -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        _check_new_version(store, app, version)
        upload = _stage(store, app, version, file_name, row_backed=True)
        return {"version_id": upload.id, "version": version, "upload_url": _put_url(store, upload),
                "upload_expires_at": int(upload.expires_at), "content_type": upload.content_type}


def _row_backed(store: Store, version_id: uuid.UUID) -> StagedUpload:
    upload = store.uploads.get(str(version_id))
    if upload is None or not upload.row_backed:
        raise HTTPException(404, "Build not found")
    return upload


@router.post("/api/v1/apps/builds/{version_id}/extract-package-id")
async def legacy_extract_package_id(request: Request, version_id: uuid.UUID) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        upload = _row_backed(store, version_id)
        staged = store.object_path(upload.object_key)
        if not staged.is_file():
            return {"package_id": None, "error": "No artifact was uploaded for this build"}
        try:
            found = inspect(staged, store.app(upload.app_id).platform)
        except InvalidArtifact as error:
            return {"package_id": None, "error": str(error)}
        return {"package_id": found.package_name, "error": None}


@router.post("/api/v1/apps/builds/{version_id}/complete-upload")
async def legacy_complete_upload(request: Request, version_id: uuid.UUID,
                                 body: BuildUploadCompleteRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        upload = _row_backed(store, version_id)
        if upload.build_id is None:
            _finalize(store, store.app(upload.app_id), upload, body.metadata, body.set_as_current,
                      build_id=upload.id, package_name=body.package_name)
        build = store.builds[upload.id]
        return {"version_id": build.id, "version": build.version,
                "package_id": build.package_name, "status": "completed"}


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@router.post("/api/v1/apps/{app_id}/builds/from-url")
async def from_url(request: Request, app_id: uuid.UUID, body: BuildFromUrlRequest) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        app = store.app(str(app_id))
        existing = [b for b in store.builds_of(app.id) if b.version == body.version]
        if existing:
            return render.build(store, existing[0], was_reused=True)
    file_name = Path(urlsplit(body.from_url).path).name or "artifact"
    metadata = {**(body.metadata or {}), "source_url": body.from_url}
    if not _is_loopback(body.from_url):
        # The emulator never reaches past this machine: record the build without its bytes.
        with store.lock:
            build = Build(new_id(), app.id, body.version, f"remote/{uuid.uuid4()}/{file_name}",
                          None, {**metadata, "fetched": False})
            store.builds[build.id] = build
            if body.set_as_current:
                app.current_build_id = build.id
            return render.build(store, build, was_reused=False)
    try:
        async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:
            fetched = await client.get(body.from_url, headers=body.headers or {})
    except httpx.HTTPError:
        raise HTTPException(502, "Failed to fetch source URL") from None
    if fetched.is_error:
        raise HTTPException(502, "Failed to fetch source URL")
    with store.lock:
        upload = _stage_bytes(store, app, body.version, file_name, fetched.content)
        build = _finalize(store, app, upload, metadata, body.set_as_current)
        return render.build(store, build, was_reused=False)
