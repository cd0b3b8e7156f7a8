"""Org files (test fixtures): a row granted an upload URL, the bytes PUT to the object store,
then completed; a replacement asks for a new URL on the same row."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import OrgFile
from ..._state.errors import ApiError
from ..._state.store import Store

DEFAULT_TYPE = "application/octet-stream"


def listing(store: Store) -> list[OrgFile]:
    return store.catalog.files.newest_first()


def grant(store: Store, file_id: str | None, filename: str, size: int, content_type: str | None,
          description: str | None) -> tuple[OrgFile, str]:
    """The row (new, or the one replaced) and the presigned PUT for its bytes."""
    with store.lock:
        row = store.catalog.files.require(file_id) if file_id else store.catalog.files.add(OrgFile(filename=filename))
        row.filename, row.file_size, row.content_type = filename, size, content_type or DEFAULT_TYPE
        if description is not None:
            row.description = description
        row.touch()
        return row, store.presign("PUT", row.object_key, content_type=row.content_type)


def complete(store: Store, file_id: str, fields: dict[str, Any]) -> OrgFile:
    """Ready once its bytes are in the object store; 400 if they are not."""
    with store.lock:
        row = store.catalog.files.require(file_id)
        stored = store.objects.path(row.object_key)
        if not stored.is_file():
            raise ApiError(400, "The file's bytes were not uploaded")
        if fields.get("description") is not None:
            row.description = fields["description"]
        row.file_size, row.status = stored.stat().st_size, "ready"
        row.touch()
        return row


def download_url(store: Store, file_id: str) -> tuple[OrgFile, str]:
    with store.lock:
        row = store.catalog.files.require(file_id)
        if row.status != "ready":
            raise ApiError(400, "The file has not been uploaded yet")
        return row, store.presign("GET", row.object_key)


def update(store: Store, file_id: str, filename: str | None, description: str | None) -> OrgFile:
    with store.lock:
        row = store.catalog.files.require(file_id)
        if filename is not None and filename != row.filename:
            stored = store.objects.path(row.object_key)
            old = row.object_key
            row.filename = filename
            if stored.is_file():
                moved = store.objects.path(row.object_key)
                moved.parent.mkdir(parents=True, exist_ok=True)
                store.objects.path(old).rename(moved)
        if description is not None:
            row.description = description
        row.touch()
        return row


def delete(store: Store, file_id: str) -> None:
    with store.lock:
        row = store.catalog.files.require(file_id)
        store.objects.path(row.object_key).unlink(missing_ok=True)
        del store.catalog.files.rows[file_id]
