"""Helpers the upload tests import by name (a conftest is not importable reliably: every
test folder has one, and only one can be `conftest` on sys.path)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

MiB = 1024 * 1024


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()
