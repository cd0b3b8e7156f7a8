"""Fixtures for upload tests: the emulator, a client of it, and build files."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from revyl_sdk import Revyl
from revyl_sdk._uploads import plan as _upload_plan
from revyl_sdk.testing import RevylEmulator
from upload_support import MiB, valid_apk, zip_bytes

FAST_TUNING = _upload_plan.UploadTuning(backoff_initial=0.001, backoff_cap=0.004, chunk_size=64 * 1024)


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Millisecond backoffs and small chunks, so retries and progress are quick to exercise."""
    monkeypatch.setattr(_upload_plan, "DEFAULT_TUNING", FAST_TUNING)


@pytest.fixture(autouse=True)
def default_concurrency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVYL_UPLOAD_CONCURRENCY", raising=False)


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    """The emulator, choosing 1 MiB parts as the fake does."""
    with RevylEmulator(part_size=MiB) as started:
        yield started


@pytest.fixture
def app_id(emulator: RevylEmulator) -> str:
    return emulator.add_app("demo", "Android")


@pytest.fixture
def emulated(emulator: RevylEmulator) -> Iterator[Revyl]:
    """A client of the emulator, without retries (each test injects its own faults)."""
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False, max_retries=0) as revyl:
        yield revyl


@pytest.fixture
def make_valid_apk(tmp_path: Path) -> Callable[..., Path]:
    """`make_valid_apk(size, name=...)`: an APK of `size` bytes the emulator accepts."""

    def make(size: int, name: str = "app.apk", package: str = "com.example.demo") -> Path:
        return valid_apk(tmp_path / name, size, package)

    return make


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything the SDK and httpx log, at the chattiest level."""
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.fixture
def make_apk(tmp_path: Path) -> Callable[..., Path]:
    """`make_apk(size, name=...)`: a file of random bytes (an .apk by name only)."""

    def make(size: int, name: str = "app.apk") -> Path:
        path = tmp_path / name
        path.write_bytes(os.urandom(size))
        return path

    return make


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[[str, dict[str, bytes]], Path]:
    def make(name: str, entries: dict[str, bytes]) -> Path:
        path = tmp_path / name
        path.write_bytes(zip_bytes(entries))
        return path

    return make
