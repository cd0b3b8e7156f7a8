"""Fixtures for upload tests: a live fake Revyl + object store, clients and build files."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from fake_revyl import FakeRevyl
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._uploads import plan as _upload_plan
from upload_support import zip_bytes

FAST_TUNING = _upload_plan.UploadTuning(backoff_initial=0.001, backoff_cap=0.004, chunk_size=64 * 1024)


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Millisecond backoffs and small chunks, so retries and progress are quick to exercise."""
    monkeypatch.setattr(_upload_plan, "DEFAULT_TUNING", FAST_TUNING)


@pytest.fixture(autouse=True)
def default_concurrency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVYL_UPLOAD_CONCURRENCY", raising=False)


@pytest.fixture
def server() -> Iterator[FakeRevyl]:
    with FakeRevyl() as fake:
        yield fake


@pytest.fixture
def client(server: FakeRevyl) -> Iterator[Revyl]:
    with Revyl("test-key", base_url=server.base_url, ci_headers=False, max_retries=0) as revyl:
        yield revyl


@pytest.fixture
async def async_client(server: FakeRevyl) -> AsyncIterator[AsyncRevyl]:
    async with AsyncRevyl("test-key", base_url=server.base_url, ci_headers=False, max_retries=0) as revyl:
        yield revyl


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
