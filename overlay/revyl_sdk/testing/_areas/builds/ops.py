"""Getting a build in: upload session, S3 multipart, the legacy row-backed flow, from-url, seeding;
and changing or deleting builds.

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

from ..._state.apps import App
from ..._state.builds import Build, StagedUpload
from ..._state.errors import ApiError
from ..._state.ids import new_id
from ..._state.store import ORG_ID, Store
from ..object_store.ops import open_multipart
from .artifacts import Inspection, InvalidArtifact, inspect

_MAX_PARTS = 10_000
_MAX_OBJECT_BYTES = 5 * 1024**4
_CONTENT_TYPES = {".apk": "application/vnd.android.package-archive", ".zip": "application/zip"}


def _content_type(file_name: str) -> str:
    return _CONTENT_TYPES.get(Path(file_name).suffix.lower(), "application/octet-stream")


def _check_new_version(store: Store, app: App, version: str) -> None:
    if not version.strip():
        raise ApiError(400, "Version must not be empty")
    if any(build.version == version for build in store.builds.of_app(app.id)):
        raise ApiError(409, f"Version '{version}' already exists for this app")


def _stage(store: Store, app: App, version: str, file_name: str, **fields: Any) -> StagedUpload:
    upload_id = new_id()
    upload = StagedUpload(upload_id, app.id, version, file_name,
                          f"staging/{ORG_ID}/{upload_id}/{Path(file_name).name}",
                          _content_type(file_name),
                          expires_at=time.time() + store.settings.presign_ttl_seconds, **fields)
    store.builds.uploads[upload_id] = upload
    return upload


def _stage_bytes(store: Store, app: App, version: str, file_name: str,
                 content: bytes) -> StagedUpload:
    """A staged upload whose bytes are already in place (server-side fetches, seeding)."""
    upload = _stage(store, app, version, file_name)
    target = store.objects.path(upload.object_key)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return upload


def put_url(store: Store, upload: StagedUpload) -> str:
    return store.presign("PUT", upload.object_key, content_type=upload.content_type)


def open_session(store: Store, app_id: str, version: str, file_name: str, *,
                 row_backed: bool = False) -> StagedUpload:
    """An upload session (or, `row_backed`, the legacy upload-url flow's) for one new version."""
    app = store.apps.require(app_id)
    _check_new_version(store, app, version)
    return _stage(store, app, version, file_name, row_backed=row_backed)


def multipart_plan(store: Store, upload: StagedUpload) -> dict[str, Any]:
    """The part URLs, complete and abort URLs of a multipart upload (start and resume)."""
    assert upload.s3_upload_id is not None and upload.part_size and upload.file_size
    key, s3_id = upload.object_key, upload.s3_upload_id
    count = -(-upload.file_size // upload.part_size)
    parts = [{"part_number": number,
              "upload_url": store.presign("PUT", key, extra={"partNumber": str(number), "uploadId": s3_id})}
             for number in range(1, count + 1)]
    return {
        "upload_id": upload.id, "s3_upload_id": s3_id, "part_size": upload.part_size,
        "upload_expires_at": int(time.time() + store.settings.presign_ttl_seconds), "parts": parts,
        "complete_url": store.presign("POST", key, extra={"uploadId": s3_id}),
        "abort_url": store.presign("DELETE", key, extra={"uploadId": s3_id}),
    }


def start_multipart(store: Store, app_id: str, version: str, file_name: str, file_size: int) -> StagedUpload:
    app = store.apps.require(app_id)
    _check_new_version(store, app, version)
    if not 0 < file_size <= _MAX_OBJECT_BYTES:
        raise ApiError(400, "file_size must be positive and at most 5 TiB (S3's object limit)")
    # The server picks the part size: the configured one, larger if it needs > 10,000 parts.
    part_size = max(store.settings.part_size, -(-file_size // _MAX_PARTS))
    upload = _stage(store, app, version, file_name, file_size=file_size, part_size=part_size)
    upload.s3_upload_id = open_multipart(store, upload.object_key)
    return upload


def resume_multipart(store: Store, app_id: str, upload_id: str, s3_upload_id: str, version: str,
                     file_name: str, file_size: int) -> StagedUpload:
    """The open multipart upload these facts describe (404 unknown, 409 another file, 410 over)."""
    store.apps.require(app_id)
    upload = store.builds.uploads.get(upload_id)
    if upload is None or upload.app_id != app_id or upload.s3_upload_id is None:
        raise ApiError(404, "Upload session not found")
    if (upload.s3_upload_id, upload.version, upload.file_name, upload.file_size) != (
            s3_upload_id, version, file_name, file_size):
        raise ApiError(409, "The upload session does not match this file")
    state = store.objects.multiparts[upload.s3_upload_id].state
    if state != "open" or upload.build_id is not None:
        raise ApiError(410, f"The multipart upload is {state}; start a new one")
    return upload


def _sha256(path: Path) -> str:
    with path.open("rb") as artifact:
        return hashlib.file_digest(artifact, "sha256").hexdigest()


def _finalize(store: Store, app: App, upload: StagedUpload, metadata: dict[str, Any] | None,
              set_as_current: bool, *, build_id: str | None = None,
              package_name: str | None = None) -> Build:
    """Validate the staged artifact and turn it into a build row (400 if it is not installable)."""
    staged = store.objects.path(upload.object_key)
    if upload.s3_upload_id is not None and store.objects.multiparts[upload.s3_upload_id].state != "completed":
        raise ApiError(400, "The multipart upload has not been completed")
    if not staged.is_file():
        raise ApiError(400, "No artifact was uploaded for this upload session")
    _check_new_version(store, app, upload.version)
    try:
        found = inspect(staged, app.platform)
    except InvalidArtifact as error:
        staged.unlink(missing_ok=True)  # invalid artifacts never become builds
        raise ApiError(400, f"Invalid build artifact: {error}") from None
    build = Build(build_id or new_id(), app.id, upload.version, "", package_name or found.package_name,
                  {})
    build.object_key = f"builds/{ORG_ID}/{app.id}/{build.id}/{Path(upload.file_name).name}"
    final = store.objects.path(build.object_key)
    final.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(final)
    build.metadata = {
        **(metadata or {}), "file_name": upload.file_name, "file_size": final.stat().st_size,
        "sha256": _sha256(final),
        "artifact_validation": {"valid": True, "warnings": found.warnings},
    }
    store.builds.rows[build.id] = build
    upload.build_id = build.id
    if set_as_current:
        app.current_build_id = build.id
    return build


def add_build(store: Store, app_id: str, version: str, artifact: Path,
              set_as_current: bool) -> Build:
    """Stage `artifact` and finalize it as `add_build` of the emulator does (no HTTP)."""
    with store.lock:
        app = store.apps.require(app_id)
        upload = _stage_bytes(store, app, version, artifact.name, artifact.read_bytes())
        try:
            return _finalize(store, app, upload, {"source": "emulator"}, set_as_current)
        except ApiError as error:
            raise ValueError(str(error.detail)) from None


def create_from_upload(store: Store, app_id: str, upload_id: str, version: str,
                       metadata: dict[str, Any] | None, set_as_current: bool) -> tuple[Build, bool]:
    """The build an upload session becomes, and whether it existed already (a retried finalize
    after a lost answer gets the build it made)."""
    app = store.apps.require(app_id)
    upload = store.builds.uploads.get(upload_id)
    if upload is None or upload.app_id != app.id or upload.row_backed:
        raise ApiError(404, "Upload session not found")
    if upload.version != version:
        raise ApiError(400, f"Version '{version}' does not match the upload session's '{upload.version}'")
    if upload.build_id is not None and upload.build_id in store.builds.rows:
        return store.builds.rows[upload.build_id], True
    return _finalize(store, app, upload, {"source": "api", **(metadata or {})}, set_as_current), False


def row_backed(store: Store, version_id: str) -> StagedUpload:
    upload = store.builds.uploads.get(version_id)
    if upload is None or not upload.row_backed:
        raise ApiError(404, "Build not found")
    return upload


def inspect_row_backed(store: Store, version_id: str) -> Inspection | str:
    """The legacy flow's package-id check: what the staged artifact holds, or why it cannot tell."""
    upload = row_backed(store, version_id)
    staged = store.objects.path(upload.object_key)
    if not staged.is_file():
        return "No artifact was uploaded for this build"
    try:
        return inspect(staged, store.apps.require(upload.app_id).platform)
    except InvalidArtifact as error:
        return str(error)


def complete_row_backed(store: Store, version_id: str, metadata: dict[str, Any] | None,
                        package_name: str | None, set_as_current: bool) -> Build:
    upload = row_backed(store, version_id)
    if upload.build_id is None:
        _finalize(store, store.apps.require(upload.app_id), upload, metadata, set_as_current,
                  build_id=upload.id, package_name=package_name)
    return store.builds.rows[upload.id]


def is_loopback(url: str) -> bool:
    """Whether a from-url build is fetched: the emulator never reaches past this machine."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def existing_version(store: Store, app_id: str, version: str) -> Build | None:
    existing = [b for b in store.builds.of_app(store.apps.require(app_id).id) if b.version == version]
    return existing[0] if existing else None


def from_url_unfetched(store: Store, app_id: str, url: str, version: str,
                       metadata: dict[str, Any] | None, set_as_current: bool) -> Build:
    """A from-url build recorded without its bytes (the URL is not on this machine)."""
    app = store.apps.require(app_id)
    build = Build(new_id(), app.id, version, f"remote/{uuid.uuid4()}/{_file_name(url)}",
                  None, {**_from_url_metadata(url, metadata), "fetched": False})
    store.builds.rows[build.id] = build
    if set_as_current:
        app.current_build_id = build.id
    return build


def from_url_fetched(store: Store, app_id: str, url: str, content: bytes, version: str,
                     metadata: dict[str, Any] | None, set_as_current: bool) -> Build:
    """A from-url build of the bytes fetched, checked as an upload is."""
    app = store.apps.require(app_id)
    upload = _stage_bytes(store, app, version, _file_name(url), content)
    return _finalize(store, app, upload, _from_url_metadata(url, metadata), set_as_current)


def _file_name(url: str) -> str:
    return Path(urlsplit(url).path).name or "artifact"


def _from_url_metadata(url: str, metadata: dict[str, Any] | None) -> dict[str, Any]:
    return {**(metadata or {}), "source_url": url}


def update_build(store: Store, version_id: str, changes: dict[str, Any]) -> Build:
    """Apply the fields a PATCH set; a new version must be free among the app's builds."""
    build = store.builds.require(version_id)
    if changes.get("version") and changes["version"] != build.version:
        if any(b.version == changes["version"] for b in store.builds.of_app(build.app_id)):
            raise ApiError(409, f"Version '{changes['version']}' already exists for this app")
        build.version = changes["version"]
    if "package_name" in changes:
        build.package_name = changes["package_name"]
    if changes.get("metadata") is not None:
        build.metadata = changes["metadata"]
    return build


def delete_build(store: Store, version_id: str) -> Build:
    """Delete the build; an app it was current for has none after."""
    build = store.builds.require(version_id)
    del store.builds.rows[build.id]
    app = store.apps.rows.get(build.app_id)
    if app is not None and app.current_build_id == build.id:
        app.current_build_id = None
    return build
