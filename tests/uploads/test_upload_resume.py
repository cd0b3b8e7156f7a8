"""Interrupted multipart uploads pick up where they stopped and never re-send stored parts."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import revyl_sdk
from fake_revyl import FakeRevyl
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._uploads.resume import ResumeStore
from upload_support import MiB, sha256_of

MakeApk = Callable[..., Path]


class Killed(Exception):
    """Stands in for the process dying mid-upload."""


def kill_after(limit: int) -> Callable[[int, int], None]:
    def on_progress(sent: int, total: int) -> None:
        if sent >= limit:
            raise Killed

    return on_progress


def state_file(server: FakeRevyl, directory: Path, path: Path, version: str) -> Path:
    return ResumeStore(directory, app_id=server.app_id, version=version, path=str(path),
                       size=path.stat().st_size).path


def test_state_file_matches_the_cli_layout(server: FakeRevyl, tmp_path: Path) -> None:
    path = tmp_path / "app.apk"
    path.write_bytes(b"x" * 10)
    key = f"{server.app_id}\0v1\0{path}\0{10}".encode()
    expected = tmp_path / "state" / f"{hashlib.sha256(key).hexdigest()}.json"
    assert state_file(server, tmp_path / "state", path, "v1") == expected


def test_killed_upload_resumes_without_resending_parts(server: FakeRevyl, client: Revyl,
                                                       make_apk: MakeApk, tmp_path: Path) -> None:
    path = make_apk(8 * MiB + 3)
    states = tmp_path / "states"
    with pytest.raises(Killed):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=states, on_progress=kill_after(4 * MiB))
    saved = json.loads(state_file(server, states, path, "v").read_text())
    assert set(saved) == {"upload_id", "s3_upload_id", "file_sha256", "part_size", "assembled"}
    assert saved["file_sha256"] == sha256_of(path)
    assert saved["assembled"] is False
    stored_before = dict(server.part_stores)
    assert 0 < len(stored_before) < 9
    held_before = sum(size for _, size, _ in next(iter(server.uploads.values())).parts.values())
    assert not next(iter(server.uploads.values())).aborted  # kept for resuming

    progress: list[int] = []
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=states, on_progress=lambda s, _: progress.append(s))

    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert len(server.uploads) == 1  # the same S3 upload, continued
    assert set(server.part_stores.values()) == {1}  # no part stored twice
    assert len(server.part_stores) == 9
    assert progress[0] == held_before  # the bar resumes from what S3 already held
    assert not state_file(server, states, path, "v").exists()
    assert server.routes().count("POST resume") == 1


def test_stalled_store_then_resume(server: FakeRevyl, client: Revyl, make_apk: MakeApk,
                                   tmp_path: Path) -> None:
    path = make_apk(6 * MiB)
    server.stall_after = 2
    with pytest.raises(revyl_sdk.UploadInterruptedError, match="resume=True") as raised:
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, concurrency=1)
    assert raised.value.resumable
    assert not next(iter(server.uploads.values())).aborted

    server.stall_after = None
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert set(server.part_stores.values()) == {1}
    assert len(server.part_stores) == 6


async def test_async_resume(server: FakeRevyl, async_client: AsyncRevyl, make_apk: MakeApk,
                            tmp_path: Path) -> None:
    path = make_apk(5 * MiB)
    with pytest.raises(Killed):
        await async_client.builds.upload(server.app_id, path, version="v", part_size=MiB,
                                         resume=True, resume_dir=tmp_path,
                                         on_progress=kill_after(2 * MiB + 1))
    build = await async_client.builds.upload(server.app_id, path, version="v", part_size=MiB,
                                             resume=True, resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert set(server.part_stores.values()) == {1}


def test_gone_upload_starts_fresh(server: FakeRevyl, client: Revyl, make_apk: MakeApk,
                                  tmp_path: Path) -> None:
    path = make_apk(3 * MiB)
    with pytest.raises(Killed):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    server.resume_status = 410
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert len(server.uploads) == 2
    assert server.routes()[-3:] == ["POST resume", "POST start", "POST builds"]


def test_other_resume_errors_keep_the_state(server: FakeRevyl, client: Revyl,
                                            make_apk: MakeApk, tmp_path: Path) -> None:
    path = make_apk(3 * MiB)
    with pytest.raises(Killed):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    server.resume_status = 500
    with pytest.raises(revyl_sdk.InternalServerError):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path)
    assert state_file(server, tmp_path, path, "v").exists()


def test_changed_file_is_not_stitched_onto_old_parts(server: FakeRevyl, client: Revyl,
                                                     make_apk: MakeApk, tmp_path: Path) -> None:
    path = make_apk(3 * MiB)
    with pytest.raises(Killed):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path, on_progress=kill_after(MiB))
    data = bytearray(path.read_bytes())
    data[0] ^= 0xFF  # same size, same path, different content
    path.write_bytes(bytes(data))
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert "POST resume" not in server.routes()


def test_assembled_upload_goes_straight_to_create(server: FakeRevyl, client: Revyl,
                                                  make_apk: MakeApk, tmp_path: Path) -> None:
    path = make_apk(3 * MiB)
    server.create_statuses = [503]  # assembled, then creating the build fails transiently
    with pytest.raises(revyl_sdk.InternalServerError):
        client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                             resume_dir=tmp_path)
    saved = json.loads(state_file(server, tmp_path, path, "v").read_text())
    assert saved["assembled"] is True
    store_requests_before = len(server.store_requests())

    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert len(server.store_requests()) == store_requests_before  # no part, no assembly
    assert server.routes()[-2:] == ["GET app", "POST builds"]
    assert not state_file(server, tmp_path, path, "v").exists()


def test_rejected_create_discards_state(server: FakeRevyl, client: Revyl, make_apk: MakeApk,
                                        tmp_path: Path) -> None:
    first = make_apk(3 * MiB, "a.apk")
    client.builds.upload(server.app_id, first, version="taken", part_size=MiB)
    second = make_apk(3 * MiB, "b.apk")
    with pytest.raises(revyl_sdk.ConflictError):
        client.builds.upload(server.app_id, second, version="taken", part_size=MiB,
                             resume=True, resume_dir=tmp_path)
    assert not state_file(server, tmp_path, second, "taken").exists()


def test_resume_needs_a_file_on_disk(server: FakeRevyl, client: Revyl) -> None:
    with pytest.raises(revyl_sdk.RevylError, match="resume=True needs a file on disk"):
        client.builds.upload(server.app_id, io.BytesIO(b"x" * 100), file_name="a.apk",
                             version="v", resume=True)
    assert server.requests == []


def test_corrupt_state_file_is_ignored(server: FakeRevyl, client: Revyl, make_apk: MakeApk,
                                       tmp_path: Path) -> None:
    path = make_apk(3 * MiB)
    state = state_file(server, tmp_path, path, "v")
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("{not json")
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, resume=True,
                                 resume_dir=tmp_path)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert not state.exists()


def test_unwritable_state_dir_is_a_clear_error(server: FakeRevyl, client: Revyl,
                                               make_apk: MakeApk, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the state directory should be")
    with pytest.raises(revyl_sdk.RevylError, match="cannot record upload state in"):
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="v", part_size=MiB,
                             resume=True, resume_dir=blocker)
    assert server.store_requests() == []
