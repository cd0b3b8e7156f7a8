"""End-to-end uploads against a live local server: flow choice, fallbacks and exact bytes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import revyl_sdk
from fake_revyl import SIGNATURE_MARK, STAGING_CONTENT_TYPE, FakeRevyl
from revyl_sdk import AsyncRevyl, Revyl
from upload_support import MiB, sha256_of

MakeApk = Callable[..., Path]


def assert_store_requests_clean(server: FakeRevyl) -> None:
    """Presigned requests carry no API key and an explicit length (S3 refuses chunked PUTs)."""
    for request in server.store_requests():
        assert "authorization" not in request.headers
        if request.method == "PUT":
            assert "content-length" in request.headers
            assert "transfer-encoding" not in request.headers


def test_small_file_uses_upload_session_and_one_put(server: FakeRevyl, client: Revyl,
                                                    make_apk: MakeApk) -> None:
    path = make_apk(3 * MiB)
    build = client.builds.upload(server.app_id, path, version="1.0.0", set_as_current=True,
                                 metadata={"branch": "main"})

    assert server.routes() == ["GET app", "POST upload-session", "POST builds"]
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert build.version == "1.0.0"
    assert build.package_name == "com.example.demo"
    created = server.builds[0]
    assert created["metadata"] == {"source": "api", "branch": "main"}
    assert created["set_as_current"] is True
    (put,) = server.store_requests()
    assert put.headers["content-type"] == STAGING_CONTENT_TYPE
    assert put.headers["content-length"] == str(3 * MiB)
    assert_store_requests_clean(server)


def test_large_file_uses_multipart_with_server_part_size(server: FakeRevyl, client: Revyl,
                                                         make_apk: MakeApk) -> None:
    path = make_apk(5 * MiB + 12345)
    build = client.builds.upload(server.app_id, path, version="v", part_size=1 * MiB)

    assert server.routes() == ["GET app", "POST start", "POST builds"]
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    puts = [r for r in server.store_requests() if r.method == "PUT"]
    assert sorted(int(r.path.rsplit("/", 1)[1]) for r in puts) == [1, 2, 3, 4, 5, 6]
    assert sorted(int(r.headers["content-length"]) for r in puts) == [12345] + [MiB] * 5
    assert all("content-type" not in r.headers for r in puts)
    assert_store_requests_clean(server)


def test_server_chooses_part_size_not_the_threshold(server: FakeRevyl, client: Revyl,
                                                    make_apk: MakeApk) -> None:
    server.part_size = 2 * MiB
    path = make_apk(5 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=1 * MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert server.total_parts_stored() == 3


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_multipart_concurrency_levels(server: FakeRevyl, client: Revyl, make_apk: MakeApk,
                                      concurrency: int) -> None:
    path = make_apk(7 * MiB + 1)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB,
                                 concurrency=concurrency)
    assert server.build_sha256(str(build.id)) == sha256_of(path)


async def test_async_single_put_and_multipart(server: FakeRevyl, async_client: AsyncRevyl,
                                              make_apk: MakeApk) -> None:
    small = make_apk(2 * MiB, "small.apk")
    big = make_apk(6 * MiB + 7, "big.apk")
    first = await async_client.builds.upload(server.app_id, small, version="a")
    second = await async_client.builds.upload(server.app_id, big, version="b", part_size=MiB)
    assert server.build_sha256(str(first.id)) == sha256_of(small)
    assert server.build_sha256(str(second.id)) == sha256_of(big)
    assert_store_requests_clean(server)


def test_binary_file_object(server: FakeRevyl, client: Revyl, make_apk: MakeApk) -> None:
    path = make_apk(3 * MiB)
    data = io.BytesIO(path.read_bytes())
    data.seek(100)  # uploaded from its start regardless
    build = client.builds.upload(server.app_id, data, version="v", file_name="app.apk",
                                 part_size=MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    start = json.loads(server.api_requests()[1].body)
    assert start == {"version": "v", "file_name": "app.apk", "file_size": 3 * MiB}


def test_progress_is_monotonic_and_ends_at_total(server: FakeRevyl, client: Revyl,
                                                 make_apk: MakeApk) -> None:
    server.part_statuses = {2: [500], 4: [503]}  # retried parts must not count twice
    path = make_apk(5 * MiB + 99)
    seen: list[tuple[int, int]] = []
    client.builds.upload(server.app_id, path, version="v", part_size=MiB,
                         on_progress=lambda sent, total: seen.append((sent, total)))
    sent = [s for s, _ in seen]
    assert sent == sorted(sent)
    assert seen[-1] == (5 * MiB + 99, 5 * MiB + 99)
    assert {total for _, total in seen} == {5 * MiB + 99}


# --- failure injection ------------------------------------------------------------------------

def test_connection_dropped_after_two_parts_still_completes(server: FakeRevyl, client: Revyl,
                                                            make_apk: MakeApk) -> None:
    server.drops_after = (2, 2)
    path = make_apk(6 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, concurrency=2)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert len([r for r in server.store_requests() if r.method == "PUT"]) == 8


def test_a_500_on_one_part_is_retried(server: FakeRevyl, client: Revyl,
                                      make_apk: MakeApk) -> None:
    server.part_statuses = {3: [500, 502]}
    path = make_apk(4 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    part3 = [r for r in server.store_requests() if r.path.endswith("/3")]
    assert len(part3) == 3


def test_expired_part_urls_are_refreshed_via_resume(server: FakeRevyl, client: Revyl,
                                                    make_apk: MakeApk) -> None:
    server.expire_after = 2
    path = make_apk(6 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB, concurrency=1)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert server.routes() == ["GET app", "POST start", "POST resume", "POST builds"]
    assert all(count == 1 for count in server.part_stores.values())


def test_part_403_that_persists_fails_and_aborts(server: FakeRevyl, client: Revyl,
                                                 make_apk: MakeApk) -> None:
    server.part_statuses = {1: [403] * 10}
    with pytest.raises(revyl_sdk.UploadError, match="keeps refusing part 1") as raised:
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="v", part_size=MiB)
    assert raised.value.status_code == 403
    assert server.routes().count("POST resume") == 3
    assert next(iter(server.uploads.values())).aborted


def test_complete_200_with_error_is_retried(server: FakeRevyl, client: Revyl,
                                            make_apk: MakeApk) -> None:
    error = "<Error><Code>InternalError</Code><Message>try again</Message></Error>"
    server.complete_replies = [(200, error, False)]
    path = make_apk(3 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    completes = [r for r in server.store_requests() if r.method == "POST"]
    assert len(completes) == 2
    assert completes[0].headers["content-type"] == "application/xml"
    assert completes[0].body.count(b"<ETag>&quot;") == 0  # quotes kept verbatim, not escaped
    assert completes[0].body.count(b'<ETag>"') == 3


def test_no_such_upload_on_retry_means_already_assembled(server: FakeRevyl, client: Revyl,
                                                         make_apk: MakeApk) -> None:
    server.complete_replies = [(500, "<Error><Code>InternalError</Code></Error>", True)]
    path = make_apk(3 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)


def test_no_such_upload_on_first_attempt_is_permanent(server: FakeRevyl, client: Revyl,
                                                      make_apk: MakeApk) -> None:
    server.complete_replies = [(404, "<Error><Code>NoSuchUpload</Code></Error>", False)]
    with pytest.raises(revyl_sdk.UploadError, match=r"could not assemble.*NoSuchUpload"):
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="v", part_size=MiB)
    assert next(iter(server.uploads.values())).aborted
    assert server.builds == []


def test_non_retryable_part_error_aborts(server: FakeRevyl, client: Revyl,
                                         make_apk: MakeApk) -> None:
    server.part_statuses = {2: [400]}
    with pytest.raises(revyl_sdk.UploadError, match=r"part 2/3: .*HTTP 400") as raised:
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="v", part_size=MiB)
    assert raised.value.status_code == 400
    assert not raised.value.resumable
    assert next(iter(server.uploads.values())).aborted


def test_missing_etag_is_a_permanent_error(server: FakeRevyl, client: Revyl,
                                           make_apk: MakeApk) -> None:
    server.strip_etag = True
    with pytest.raises(revyl_sdk.UploadError, match="without an ETag"):
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="v", part_size=MiB)
    assert next(iter(server.uploads.values())).aborted


def test_stalled_store_gives_up_after_passes(server: FakeRevyl, client: Revyl,
                                             make_apk: MakeApk) -> None:
    server.stall_after = 0
    server.part_size = 64 * 1024
    with pytest.raises(revyl_sdk.UploadInterruptedError, match="0 of 4 parts sent") as raised:
        client.builds.upload(server.app_id, make_apk(4 * 64 * 1024), version="v", part_size=1024)
    assert not raised.value.resumable  # resume=False: nothing recorded, so the upload is aborted
    assert next(iter(server.uploads.values())).aborted
    attempts = [r for r in server.store_requests() if r.method == "PUT"]
    # Pass 1 at 4 connections makes no progress, so the next ones use one connection; three
    # more passes without progress end it. Each pass gives each part 4 attempts.
    assert len(attempts) == 4 * 4 * 4


def test_single_put_retries_then_succeeds(server: FakeRevyl, client: Revyl,
                                          make_apk: MakeApk) -> None:
    server.single_statuses = [503, 500, 429]
    path = make_apk(MiB)
    build = client.builds.upload(server.app_id, path, version="v")
    assert server.build_sha256(str(build.id)) == sha256_of(path)


def test_single_put_gives_up_after_four_attempts(server: FakeRevyl, client: Revyl,
                                                 make_apk: MakeApk) -> None:
    server.single_statuses = [500] * 4
    with pytest.raises(revyl_sdk.UploadError, match="after 4 attempts: HTTP 500 InternalError"):
        client.builds.upload(server.app_id, make_apk(MiB), version="v")
    assert server.builds == []


# --- fallbacks --------------------------------------------------------------------------------

def test_multipart_unsupported_falls_back_to_upload_session(server: FakeRevyl, client: Revyl,
                                                            make_apk: MakeApk) -> None:
    server.multipart_status = 405
    path = make_apk(3 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB)
    assert server.routes() == ["GET app", "POST start", "POST upload-session", "POST builds"]
    assert server.build_sha256(str(build.id)) == sha256_of(path)


def test_upload_session_unsupported_falls_back_to_legacy(server: FakeRevyl, client: Revyl,
                                                         make_apk: MakeApk) -> None:
    server.session_status = 404
    path = make_apk(2 * MiB)
    build = client.builds.upload(server.app_id, path, version="v9", metadata={"k": 1})
    assert server.routes() == ["GET app", "POST upload-session", "POST upload-url",
                               "POST extract-package-id", "POST complete-upload"]
    assert server.build_sha256(str(build.id)) == sha256_of(path)
    assert build.package_name == "com.example.legacy"
    assert build.version == "v9"
    completed = next(iter(server.legacy.values()))["completed"]
    assert completed["package_name"] == "com.example.legacy"
    assert completed["metadata"] == {"source": "api", "k": 1, "package_id": "com.example.legacy"}


def test_both_newer_flows_unsupported_goes_all_the_way_to_legacy(
    server: FakeRevyl, client: Revyl, make_apk: MakeApk
) -> None:
    server.multipart_status, server.session_status = 405, 404
    path = make_apk(3 * MiB)
    build = client.builds.upload(server.app_id, path, version="v", part_size=MiB)
    assert server.build_sha256(str(build.id)) == sha256_of(path)


def test_legacy_failure_deletes_the_half_created_build(server: FakeRevyl, client: Revyl,
                                                       make_apk: MakeApk) -> None:
    server.session_status = 404
    server.extract_error = "not an APK"
    with pytest.raises(revyl_sdk.RevylError, match=r"could not read the package id.*not an APK"):
        client.builds.upload(server.app_id, make_apk(MiB), version="v")
    assert server.deleted_builds == list(server.legacy)


def test_app_not_found_is_not_a_missing_route(server: FakeRevyl, client: Revyl,
                                              make_apk: MakeApk) -> None:
    with pytest.raises(revyl_sdk.NotFoundError, match="App not found"):
        client.builds.upload("00000000-0000-0000-0000-000000000000", make_apk(MiB),
                             version="v", metadata={"platform": "android"})
    assert server.routes() == ["POST upload-session"]


def test_over_5_gib_without_multipart_is_a_clear_error(server: FakeRevyl, client: Revyl,
                                                       tmp_path: Path) -> None:
    server.multipart_status = 405
    huge = tmp_path / "huge.apk"
    with huge.open("wb") as out:  # sparse: no disk space used
        out.truncate(5 * 1024 * MiB + 1)
    with pytest.raises(revyl_sdk.UploadError, match="over the 5 GiB single-upload limit"):
        client.builds.upload(server.app_id, huge, version="v")
    assert server.routes() == ["GET app", "POST start"]
    assert server.store_requests() == []


# --- argument checks --------------------------------------------------------------------------

@pytest.mark.parametrize(("arguments", "message"), [
    ({"version": ""}, "non-empty version"),
    ({"version": "v", "part_size": 0}, "part_size must be"),
    ({"version": "v", "part_size": 6 * 1024 * MiB}, "part_size must be"),
    ({"version": "v", "concurrency": 0}, "concurrency must be from 1 to 64"),
    ({"version": "v", "concurrency": 65}, "concurrency must be from 1 to 64"),
])
def test_bad_arguments_fail_before_any_request(server: FakeRevyl, client: Revyl,
                                               make_apk: MakeApk, arguments: dict[str, object],
                                               message: str) -> None:
    with pytest.raises(revyl_sdk.RevylError, match=message):
        client.builds.upload(server.app_id, make_apk(10), **arguments)  # type: ignore[arg-type]
    assert server.requests == []


# --- secrets ----------------------------------------------------------------------------------

def test_presigned_urls_never_reach_logs_or_errors(server: FakeRevyl, client: Revyl,
                                                   make_apk: MakeApk,
                                                   debug_logs: pytest.LogCaptureFixture) -> None:
    import traceback

    server.part_statuses = {1: [500]}
    server.expire_after = 2
    server.drops_after = (3, 1)
    client.builds.upload(server.app_id, make_apk(5 * MiB), version="ok", part_size=MiB,
                         concurrency=1)
    assert server.expire_after is None and server.drops_after is None  # all faults were hit
    server.part_statuses = {2: [400]}
    with pytest.raises(revyl_sdk.UploadError) as raised:
        client.builds.upload(server.app_id, make_apk(3 * MiB), version="bad", part_size=MiB)

    rendered = "".join(traceback.format_exception(raised.value))
    assert "X-Amz-Signature=REDACTED" in debug_logs.text  # the URLs were logged, redacted
    for text in (debug_logs.text, str(raised.value), repr(raised.value), rendered):
        assert SIGNATURE_MARK not in text


def test_transport_failures_do_not_leak_urls(server: FakeRevyl, client: Revyl,
                                             make_apk: MakeApk,
                                             debug_logs: pytest.LogCaptureFixture) -> None:
    import traceback

    server.drops_after = (0, 1000)
    with pytest.raises(revyl_sdk.UploadInterruptedError) as raised:
        client.builds.upload(server.app_id, make_apk(2 * MiB), version="v", part_size=MiB,
                             concurrency=1)
    rendered = "".join(traceback.format_exception(raised.value))
    assert "Error" in str(raised.value)  # names the transport failure
    for text in (debug_logs.text, str(raised.value), repr(raised.value), rendered):
        assert SIGNATURE_MARK not in text
