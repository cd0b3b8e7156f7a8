"""Interrupted multipart uploads pick up where they stopped and never re-send stored parts."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import revyl_sdk
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._uploads.resume import ResumeStore
from revyl_sdk.testing import RevylEmulator
from upload_support import MiB, api_routes, sha256_of, store_requests, stored_sha256

MakeApk = Callable[..., Path]


class Killed(Exception):
    """Stands in for the process dying mid-upload."""


def kill_after(limit: int) -> Callable[[int, int], None]:
    def on_progress(sent: int, total: int) -> None:
        if sent >= limit:
            raise Killed

    return on_progress


def state_file(app_id: str, directory: Path, path: Path, version: str) -> Path:
    return ResumeStore(directory, app_id=app_id, version=version, path=str(path),
                       size=path.stat().st_size).path


def stored_parts(emulator: RevylEmulator) -> list[tuple[int, int]]:
    """(part number, size) of every part PUT the object store accepted, in order."""
    return [(int(re.search(r"partNumber=(\d+)", r.query).group(1)),  # type: ignore[union-attr]
             int(r.headers["content-length"]))
            for r in store_requests(emulator) if r.method == "PUT" and "partNumber=" in r.query
            and r.status == 200]


def part_stores(emulator: RevylEmulator) -> Counter[int]:
    """How many times each part was stored."""
    return Counter(number for number, _ in stored_parts(emulator))


def aborted(emulator: RevylEmulator) -> bool:
    return any(r.method == "DELETE" and r.status == 204 for r in store_requests(emulator))


def test_state_file_matches_the_cli_layout(tmp_path: Path) -> None:
    app_id = "5f0c3c1e-8a4b-4d2e-9f6a-1b2c3d4e5f60"
    path = tmp_path / "app.apk"
    path.write_bytes(b"x" * 10)
    key = f"{app_id}\0v1\0{path}\0{10}".encode()
    expected = tmp_path / "state" / f"{hashlib.sha256(key).hexdigest()}.json"
    assert state_file(app_id, tmp_path / "state", path, "v1") == expected


def test_killed_upload_resumes_without_resending_parts(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                                       make_valid_apk: MakeApk, tmp_path: Path) -> None:
    path = make_valid_apk(8 * MiB + 3)
    states = tmp_path / "states"
    with pytest.raises(Killed):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=states, on_progress=kill_after(4 * MiB))
    emulator.wait_idle()  # a part sent in full before the kill may still be being stored
    saved = json.loads(state_file(app_id, states, path, "v").read_text())
    assert set(saved) == {"upload_id", "s3_upload_id", "file_sha256", "part_size", "assembled"}
    assert saved["file_sha256"] == sha256_of(path)
    assert saved["assembled"] is False
    stored_before = dict(part_stores(emulator))
    assert 0 < len(stored_before) < 9
    held_before = sum(size for _, size in stored_parts(emulator))
    assert not aborted(emulator)  # kept for resuming

    progress: list[int] = []
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=states, on_progress=lambda s, _: progress.append(s))

    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert api_routes(emulator).count("POST start") == 1  # the same S3 upload, continued
    assert set(part_stores(emulator).values()) == {1}  # no part stored twice
    assert len(part_stores(emulator)) == 9
    assert progress[0] == held_before  # the bar resumes from what S3 already held
    assert not state_file(app_id, states, path, "v").exists()
    assert api_routes(emulator).count("POST resume") == 1


def test_stalled_store_then_resume(emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
                                   tmp_path: Path) -> None:
    path = make_valid_apk(6 * MiB)
    for number in range(3, 7):  # parts 1 and 2 are stored, then the store stalls
        emulator.fail("/s3/*", method="PUT", query={"partNumber": str(number)}, status=503, times=None)
    with pytest.raises(revyl_sdk.UploadInterruptedError, match="resume=True") as raised:
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, concurrency=1)
    assert raised.value.resumable
    assert not aborted(emulator)

    emulator.clear_faults()
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert set(part_stores(emulator).values()) == {1}
    assert len(part_stores(emulator)) == 6


async def test_async_resume(emulator: RevylEmulator, app_id: str, make_valid_apk: MakeApk,
                            tmp_path: Path) -> None:
    path = make_valid_apk(5 * MiB)
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False,
                          max_retries=0) as async_client:
        with pytest.raises(Killed):
            await async_client.builds.upload(app_id, path, version="v", part_size=MiB,
                                             resume=True, resume_dir=tmp_path,
                                             on_progress=kill_after(2 * MiB + 1))
        emulator.wait_idle()
        build = await async_client.builds.upload(app_id, path, version="v", part_size=MiB,
                                                 resume=True, resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert set(part_stores(emulator).values()) == {1}


def test_gone_upload_starts_fresh(emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
                                  tmp_path: Path) -> None:
    path = make_valid_apk(3 * MiB)
    with pytest.raises(Killed):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    emulator.fail("/api/v1/apps/*/builds/multipart-upload/resume", status=410)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert api_routes(emulator).count("POST start") == 2
    assert api_routes(emulator)[-3:] == ["POST resume", "POST start", "POST builds"]


def test_other_resume_errors_keep_the_state(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                            make_valid_apk: MakeApk, tmp_path: Path) -> None:
    path = make_valid_apk(3 * MiB)
    with pytest.raises(Killed):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    emulator.fail("/api/v1/apps/*/builds/multipart-upload/resume", status=500)
    with pytest.raises(revyl_sdk.InternalServerError):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path)
    assert state_file(app_id, tmp_path, path, "v").exists()


def test_changed_file_is_not_stitched_onto_old_parts(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                                     make_valid_apk: MakeApk, tmp_path: Path) -> None:
    path = make_valid_apk(3 * MiB)
    with pytest.raises(Killed):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, same path, different content (in the filler)
    path.write_bytes(bytes(data))
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert "POST resume" not in api_routes(emulator)


def test_assembled_upload_goes_straight_to_create(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                                  make_valid_apk: MakeApk, tmp_path: Path) -> None:
    path = make_valid_apk(3 * MiB)
    # Assembled, then creating the build fails transiently.
    emulator.fail("/api/v1/apps/*/builds", method="POST", status=503)
    with pytest.raises(revyl_sdk.InternalServerError):
        emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path)
    saved = json.loads(state_file(app_id, tmp_path, path, "v").read_text())
    assert saved["assembled"] is True
    store_requests_before = len(store_requests(emulator))

    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert len(store_requests(emulator)) == store_requests_before  # no part, no assembly
    assert api_routes(emulator)[-2:] == ["GET app", "POST builds"]
    assert not state_file(app_id, tmp_path, path, "v").exists()


def test_rejected_create_discards_state(emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
                                        tmp_path: Path) -> None:
    first = make_valid_apk(3 * MiB, "a.apk")
    emulated.builds.upload(app_id, first, version="taken", part_size=MiB)
    second = make_valid_apk(3 * MiB, "b.apk")
    with pytest.raises(revyl_sdk.ConflictError):
        emulated.builds.upload(app_id, second, version="taken", part_size=MiB,
                             resume=True, resume_dir=tmp_path)
    assert not state_file(app_id, tmp_path, second, "taken").exists()


def test_resume_needs_a_file_on_disk(emulator: RevylEmulator, emulated: Revyl, app_id: str) -> None:
    with pytest.raises(revyl_sdk.RevylError, match="resume=True needs a file on disk"):
        emulated.builds.upload(app_id, io.BytesIO(b"x" * 100), file_name="a.apk",
                             version="v", resume=True)
    assert emulator.requests == []


def test_corrupt_state_file_is_ignored(emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
                                       tmp_path: Path) -> None:
    path = make_valid_apk(3 * MiB)
    state = state_file(app_id, tmp_path, path, "v")
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("{not json")
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert not state.exists()


def test_unwritable_state_dir_is_a_clear_error(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                               make_valid_apk: MakeApk, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the state directory should be")
    with pytest.raises(revyl_sdk.RevylError, match="cannot record upload state in"):
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB,
                             resume=True, resume_dir=blocker)
    assert store_requests(emulator) == []
