"""Reading an upload's bytes: positional reads, telling page-cached ranges (the event loop
reads those itself), a file that shrinks mid-upload."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from revyl_sdk._uploads.errors import UploadError
from revyl_sdk._uploads.source import UploadSource


@pytest.fixture
def content(tmp_path: Path) -> tuple[Path, bytes]:
    data = os.urandom(300_000)
    path = tmp_path / "app.apk"
    path.write_bytes(data)
    return path, data


def test_a_file_on_disk_and_a_file_object_read_the_same_ranges(content: tuple[Path, bytes]) -> None:
    path, data = content
    with path.open("rb") as handle:
        sources = [UploadSource.open(path), UploadSource.open(handle)]
        for source in sources:
            assert source.read_at(0, 10) == data[:10]
            assert source.read_at(123_456, 70_000) == data[123_456:193_456]
            source.close()


def test_a_range_in_the_page_cache_is_told_apart(content: tuple[Path, bytes]) -> None:
    path, _ = content
    source = UploadSource.open(path)
    path.read_bytes()  # in the page cache now
    # False only where the OS offers no non-blocking reads; the caller then reads in a thread.
    assert source.in_memory(200_000, 100_000) is hasattr(os, "RWF_NOWAIT")
    assert source.in_memory(250_000, 100_000) is False  # past the end
    source.close()


def test_a_caller_file_object_is_never_read_on_the_event_loop() -> None:
    source = UploadSource.open(io.BytesIO(b"x" * 10), file_name="app.apk")
    assert source.in_memory(0, 10) is False


@pytest.mark.parametrize("as_object", [False, True])
def test_a_file_that_shrinks_mid_upload_is_an_error(content: tuple[Path, bytes], as_object: bool) -> None:
    path, _ = content
    handle = path.open("rb")
    source = UploadSource.open(handle) if as_object else UploadSource.open(path)
    os.truncate(path, 1000)
    with pytest.raises(UploadError, match="changed size"):
        source.read_at(500, 1000)
    source.close()
    handle.close()
