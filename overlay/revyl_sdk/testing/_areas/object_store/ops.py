"""The object store's bookkeeping that other areas start: multipart uploads and where parts land."""

from __future__ import annotations

import uuid
from pathlib import Path

from ..._state.objects import MultipartObject
from ..._state.store import Store


def open_multipart(store: Store, key: str) -> str:
    """Start a multipart upload to `key`; its S3 upload id."""
    s3_upload_id = uuid.uuid4().hex + uuid.uuid4().hex
    store.objects.multiparts[s3_upload_id] = MultipartObject(key)
    return s3_upload_id


def part_path(store: Store, s3_upload_id: str, number: int) -> Path:
    return store.objects.path(f".multipart/{s3_upload_id}/{number:05d}")
