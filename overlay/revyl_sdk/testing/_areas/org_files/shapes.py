"""Org files as `/api/v1/files/*` answers them (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import OrgFile
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID, Store


def file(row: OrgFile) -> dict[str, Any]:
    """OrgFile."""
    return {"id": row.id, "org_id": ORG_ID, "user_id": USER_ID, "filename": row.filename,
            "file_size": row.file_size, "content_type": row.content_type, "description": row.description,
            "status": row.status, "created_at": iso(row.created_at), "updated_at": iso(row.updated_at)}


def listing(rows: list[OrgFile], offset: int, limit: int) -> dict[str, Any]:
    """OrgFileListResponse: one page, `count` the whole listing's."""
    return {"files": [file(row) for row in rows[offset:offset + limit]], "count": len(rows)}


def granted(store: Store, row: OrgFile, url: str) -> dict[str, Any]:
    """OrgFileUploadResponse."""
    return {"file": file(row), "upload_url": url, "expires_in": store.settings.presign_ttl_seconds,
            "content_type": row.content_type, "s3_key": row.object_key}


def download(store: Store, row: OrgFile, url: str) -> dict[str, Any]:
    """OrgFileDownloadUrlResponse."""
    return {"url": url, "filename": row.filename, "expires_in": store.settings.presign_ttl_seconds}
