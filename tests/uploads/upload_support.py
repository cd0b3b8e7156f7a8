"""Helpers the upload tests import by name (a conftest is not importable reliably: every
test folder has one, and only one can be `conftest` on sys.path)."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from revyl_sdk.testing import RecordedRequest, RevylEmulator

MiB = 1024 * 1024


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def valid_apk(path: Path, size: int, package: str = "com.example.demo") -> Path:
    """An APK of exactly `size` bytes that passes the emulator's server-side check: a dummy
    APK's entries plus one stored (uncompressed) entry of random bytes filling the rest."""
    from revyl_sdk.testing import write_dummy_apk

    dummy = zipfile.ZipFile(write_dummy_apk(path, package))
    entries = {name: dummy.read(name) for name in dummy.namelist()}
    dummy.close()

    def write(filler: int) -> int:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
            archive.writestr("assets/filler.bin", os.urandom(filler))
        return path.stat().st_size

    overhead = write(0)
    if size < overhead:
        raise ValueError(f"an APK that passes the server's check takes at least {overhead} bytes")
    assert write(size - overhead) == size
    return path


def api_routes(emulator: RevylEmulator) -> list[str]:
    """`POST upload-session`-style summary of the API calls the emulator answered, in order."""
    return [f"{r.method} {r.path.rstrip('/').rsplit('/', 1)[-1] if '/builds' in r.path else 'app'}"
            for r in emulator.requests if not r.path.startswith("/s3/")]


def store_requests(emulator: RevylEmulator) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.path.startswith("/s3/")]


def stored_sha256(emulator: RevylEmulator, build_id: str) -> str:
    return hashlib.sha256(emulator.build_bytes(build_id)).hexdigest()
