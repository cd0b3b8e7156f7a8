"""Builds and the staged uploads that become them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound


@dataclass
class Build:
    id: str
    app_id: str
    version: str
    object_key: str
    package_name: str | None
    metadata: dict[str, Any]
    uploaded_at: float = field(default_factory=time.time)


@dataclass
class StagedUpload:
    """An upload session or multipart upload: where its bytes land before a build exists."""

    id: str
    app_id: str
    version: str
    file_name: str
    object_key: str
    content_type: str
    s3_upload_id: str | None = None  # set for multipart uploads
    file_size: int | None = None
    part_size: int | None = None
    expires_at: float = 0.0
    row_backed: bool = False  # the legacy upload-url flow, finalized by complete-upload
    build_id: str | None = None  # the build it became


@dataclass
class BuildsState:
    rows: dict[str, Build] = field(default_factory=dict)
    uploads: dict[str, StagedUpload] = field(default_factory=dict)

    def require(self, build_id: str) -> Build:
        if build_id not in self.rows:
            raise NotFound("Build not found")
        return self.rows[build_id]

    def of_app(self, app_id: str) -> list[Build]:
        """Newest first, as the backend lists them."""
        return sorted((b for b in self.rows.values() if b.app_id == app_id),
                      key=lambda b: b.uploaded_at, reverse=True)
