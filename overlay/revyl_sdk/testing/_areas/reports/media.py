"""The media of emulated reports (test runs and device sessions): small real files written
into the object store and served through presigned GETs, as S3 serves Revyl's."""

from __future__ import annotations

import functools
import os
import struct
import uuid
import zlib
from pathlib import Path

from ..._state.store import Store


@functools.cache
def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def mp4(seconds: float) -> bytes:
    """An MP4 `ftyp` box and an `mdat` of filler sized by the recording's length (not playable)."""
    ftyp = b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"
    payload = bytes(range(256)) * max(4, int(seconds * 40))
    return (struct.pack(">I", 8 + len(ftyp)) + b"ftyp" + ftyp
            + struct.pack(">I", 8 + len(payload)) + b"mdat" + payload)


class Media:
    """Writes one report's files under `folder` of the object store and presigns GETs for them."""

    def __init__(self, store: Store, folder: str) -> None:
        self._store = store
        self._folder = folder

    def url(self, name: str, content: bytes) -> str:
        key = f"{self._folder}/{name}"
        path: Path = self._store.objects.path(key)
        if not path.is_file() or path.read_bytes() != content:
            # Replaced whole, so a download in progress never reads a half-written file.
            path.parent.mkdir(parents=True, exist_ok=True)
            scratch = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
            scratch.write_bytes(content)
            os.replace(scratch, path)
        return self._store.presign("GET", key)
