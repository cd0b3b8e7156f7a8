"""Builds as the spec's `BuildResponse`."""

from __future__ import annotations

from typing import Any

from ..._state.builds import Build
from ..._state.ids import iso
from ..._state.objects import BUCKET
from ..._state.store import USER_ID, Store


def build(store: Store, row: Build, *, include_download_url: bool = False,
          was_reused: bool | None = None) -> dict[str, Any]:
    """BuildResponse."""
    download = None
    if include_download_url:
        download = store.presign("GET", row.object_key)
    return {
        "id": row.id, "app_id": row.app_id, "version": row.version,
        "artifact_url": f"https://{BUCKET}.s3.amazonaws.com/{row.object_key}",
        "metadata": row.metadata, "owner": USER_ID, "uploaded_at": iso(row.uploaded_at),
        "download_url": download, "package_name": row.package_name, "was_reused": was_reused,
    }
