"""End-to-end uploads against the emulator: flow choice, fallbacks, exact bytes, and the
object-store faults it injects (part statuses, dropped connections, refused signatures,
lost completion answers), with presigned URLs kept out of logs and errors."""

from __future__ import annotations

import io
import re
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
import revyl_sdk
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk.testing import RecordedRequest, RevylEmulator
from upload_support import MiB, api_routes, sha256_of, store_requests, stored_sha256

MakeApk = Callable[..., Path]
PARTS = "/s3/*"
MISSING_ROUTE = {"detail": "Not Found"}  # what FastAPI answers for a route it does not serve


def assert_store_requests_clean(emulator: RevylEmulator) -> None:
    """Presigned requests carry no API key and an explicit length (S3 refuses chunked PUTs)."""
    for request in store_requests(emulator):
        assert "authorization" not in request.headers
        if request.method == "PUT":
            assert "content-length" in request.headers
            assert "transfer-encoding" not in request.headers


def part_puts(emulator: RevylEmulator) -> list[RecordedRequest]:
    return [r for r in store_requests(emulator) if r.method == "PUT" and "partNumber=" in r.query]


def part_number(request: RecordedRequest) -> int:
    match = re.search(r"(?:^|&)partNumber=(\d+)", request.query)
    assert match is not None
    return int(match.group(1))


def aborted(emulator: RevylEmulator) -> bool:
    return any(r.method == "DELETE" and r.status == 204 for r in store_requests(emulator))


def metadata_of(build: object) -> dict[str, object]:
    shown: dict[str, object] = build.metadata.to_dict()  # type: ignore[attr-defined]
    return shown


def test_small_file_uses_upload_session_and_one_put(emulator: RevylEmulator, emulated: Revyl,
                                                    app_id: str, make_valid_apk: MakeApk) -> None:
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="1.0.0", set_as_current=True,
                                   metadata={"branch": "main"})

    assert api_routes(emulator) == ["GET app", "POST upload-session", "POST builds"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert build.version == "1.0.0"
    assert build.package_name == "com.example.demo"
    assert {k: metadata_of(build)[k] for k in ("source", "branch")} == {"source": "api", "branch": "main"}
    assert emulated.apps.get(app_id).current_build_id == build.id
    (put,) = store_requests(emulator)
    assert put.headers["content-type"] == "application/vnd.android.package-archive"  # as the session said
    assert put.headers["content-length"] == str(3 * MiB)
    assert_store_requests_clean(emulator)


def test_large_file_uses_multipart_with_server_part_size(emulator: RevylEmulator, emulated: Revyl,
                                                         app_id: str, make_valid_apk: MakeApk) -> None:
    path = make_valid_apk(5 * MiB + 12345)
    build = emulated.builds.upload(app_id, path, version="v", part_size=1 * MiB)

    assert api_routes(emulator) == ["GET app", "POST start", "POST builds"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    puts = part_puts(emulator)
    assert sorted(part_number(r) for r in puts) == [1, 2, 3, 4, 5, 6]
    assert sorted(int(r.headers["content-length"]) for r in puts) == [12345] + [MiB] * 5
    assert all("content-type" not in r.headers for r in puts)
    assert_store_requests_clean(emulator)


def test_server_chooses_part_size_not_the_threshold(make_valid_apk: MakeApk) -> None:
    path = make_valid_apk(5 * MiB)
    with RevylEmulator(part_size=2 * MiB) as emulator, \
            Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False, max_retries=0) as client:
        build = client.builds.upload(emulator.add_app("demo"), path, version="v", part_size=1 * MiB)
        assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
        assert len(part_puts(emulator)) == 3


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_multipart_concurrency_levels(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                      make_valid_apk: MakeApk, concurrency: int) -> None:
    path = make_valid_apk(7 * MiB + 1)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, concurrency=concurrency)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)


async def test_async_single_put_and_multipart(emulator: RevylEmulator, app_id: str,
                                              make_valid_apk: MakeApk) -> None:
    small = make_valid_apk(2 * MiB, "small.apk")
    big = make_valid_apk(6 * MiB + 7, "big.apk")
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False,
                          max_retries=0) as client:
        first = await client.builds.upload(app_id, small, version="a")
        second = await client.builds.upload(app_id, big, version="b", part_size=MiB)
    assert stored_sha256(emulator, str(first.id)) == sha256_of(small)
    assert stored_sha256(emulator, str(second.id)) == sha256_of(big)
    assert_store_requests_clean(emulator)


def test_binary_file_object(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                            make_valid_apk: MakeApk) -> None:
    path = make_valid_apk(3 * MiB)
    data = io.BytesIO(path.read_bytes())
    data.seek(100)  # uploaded from its start regardless
    build = emulated.builds.upload(app_id, data, version="v", file_name="app.apk", part_size=MiB)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    # What the multipart start declared, as the server recorded it.
    assert (build.version, metadata_of(build)["file_name"], metadata_of(build)["file_size"]) == (
        "v", "app.apk", 3 * MiB)


def test_progress_is_monotonic_and_ends_at_total(emulator: RevylEmulator, emulated: Revyl,
                                                 app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="PUT", query={"partNumber": "2"}, status=500)
    emulator.fail(PARTS, method="PUT", query={"partNumber": "4"}, status=503)  # retried: counted once
    path = make_valid_apk(5 * MiB + 99)
    seen: list[tuple[int, int]] = []
    emulated.builds.upload(app_id, path, version="v", part_size=MiB,
                           on_progress=lambda sent, total: seen.append((sent, total)))
    sent = [s for s, _ in seen]
    assert sent == sorted(sent)
    assert seen[-1] == (5 * MiB + 99, 5 * MiB + 99)
    assert {total for _, total in seen} == {5 * MiB + 99}


# --- fallbacks --------------------------------------------------------------------------------

def test_multipart_unsupported_falls_back_to_upload_session(emulator: RevylEmulator, emulated: Revyl,
                                                            app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail("/api/v1/apps/*/builds/multipart-upload/start", status=405)
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert api_routes(emulator) == ["GET app", "POST start", "POST upload-session", "POST builds"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)


def test_upload_session_unsupported_falls_back_to_legacy(emulator: RevylEmulator, emulated: Revyl,
                                                         app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail("/api/v1/apps/*/builds/upload-session", status=404, body=MISSING_ROUTE)
    path = make_valid_apk(2 * MiB, package="com.example.legacy")
    build = emulated.builds.upload(app_id, path, version="v9", metadata={"k": 1})
    assert api_routes(emulator) == ["GET app", "POST upload-session", "POST upload-url",
                                    "POST extract-package-id", "POST complete-upload"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert build.package_name == "com.example.legacy"
    assert build.version == "v9"
    stored = emulated.builds.get(str(build.id))  # what complete-upload sent, as the server kept it
    assert stored.package_name == "com.example.legacy"
    assert {k: metadata_of(stored)[k] for k in ("source", "k", "package_id")} == {
        "source": "api", "k": 1, "package_id": "com.example.legacy"}


def test_both_newer_flows_unsupported_goes_all_the_way_to_legacy(
    emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk
) -> None:
    emulator.fail("/api/v1/apps/*/builds/multipart-upload/start", status=405)
    emulator.fail("/api/v1/apps/*/builds/upload-session", status=404, body=MISSING_ROUTE)
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)


def test_legacy_failure_deletes_the_half_created_build(
    emulator: RevylEmulator, emulated: Revyl, app_id: str,
    make_zip: Callable[[str, dict[str, bytes]], Path],
) -> None:
    emulator.fail("/api/v1/apps/*/builds/upload-session", status=404, body=MISSING_ROUTE)
    not_an_apk = make_zip("app.apk", {"classes.dex": b"\x00" * 64})  # a zip, but no manifest
    with pytest.raises(revyl_sdk.RevylError,
                       match=r"could not read the package id.*no AndroidManifest\.xml"):
        emulated.builds.upload(app_id, not_an_apk, version="v")
    (extract,) = [r.path for r in emulator.requests if r.path.endswith("/extract-package-id")]
    version_id = extract.split("/")[-2]
    deleted = [(r.path, r.status) for r in emulator.requests if r.method == "DELETE"]
    assert deleted == [(f"/api/v1/apps/builds/{version_id}", 200)]


def test_app_not_found_is_not_a_missing_route(emulator: RevylEmulator, emulated: Revyl,
                                              make_valid_apk: MakeApk) -> None:
    with pytest.raises(revyl_sdk.NotFoundError, match="App not found"):
        emulated.builds.upload("00000000-0000-0000-0000-000000000000", make_valid_apk(MiB),
                               version="v", metadata={"platform": "android"})
    assert api_routes(emulator) == ["POST upload-session"]


def test_over_5_gib_without_multipart_is_a_clear_error(emulator: RevylEmulator, emulated: Revyl,
                                                       app_id: str, tmp_path: Path) -> None:
    emulator.fail("/api/v1/apps/*/builds/multipart-upload/start", status=405)
    huge = tmp_path / "huge.apk"
    with huge.open("wb") as out:  # sparse: no disk space used
        out.truncate(5 * 1024 * MiB + 1)
    with pytest.raises(revyl_sdk.UploadError, match="over the 5 GiB single-upload limit"):
        emulated.builds.upload(app_id, huge, version="v")
    assert api_routes(emulator) == ["GET app", "POST start"]
    assert store_requests(emulator) == []


# --- object-store faults ----------------------------------------------------------------------

def test_connection_dropped_on_two_parts_still_completes(emulator: RevylEmulator, emulated: Revyl,
                                                         app_id: str, make_valid_apk: MakeApk) -> None:
    for number in ("3", "4"):
        emulator.fail(PARTS, method="PUT", query={"partNumber": number}, drop=True)
    path = make_valid_apk(6 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, concurrency=2)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert len(part_puts(emulator)) == 8
    assert sorted(part_number(r) for r in part_puts(emulator) if r.status == 0) == [3, 4]


def test_a_500_on_one_part_is_retried(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                      make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="PUT", query={"partNumber": "3"}, status=500)
    emulator.fail(PARTS, method="PUT", query={"partNumber": "3"}, status=502)
    path = make_valid_apk(4 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert [r.status for r in part_puts(emulator) if part_number(r) == 3] == [500, 502, 200]


def test_refused_part_urls_are_refreshed_via_resume(emulator: RevylEmulator, emulated: Revyl,
                                                    app_id: str, make_valid_apk: MakeApk) -> None:
    expired = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
               b"<Message>Request has expired</Message></Error>")
    emulator.fail(PARTS, method="PUT", query={"partNumber": "3"}, status=403, body=expired)
    path = make_valid_apk(6 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB, concurrency=1)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert api_routes(emulator) == ["GET app", "POST start", "POST resume", "POST builds"]
    stored = [part_number(r) for r in part_puts(emulator) if r.status == 200]
    assert sorted(stored) == [1, 2, 3, 4, 5, 6]  # each part stored once


def test_part_403_that_persists_fails_and_aborts(emulator: RevylEmulator, emulated: Revyl,
                                                 app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="PUT", query={"partNumber": "1"}, status=403, times=10)
    with pytest.raises(revyl_sdk.UploadError, match="keeps refusing part 1") as raised:
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB)
    assert raised.value.status_code == 403
    assert api_routes(emulator).count("POST resume") == 3
    assert aborted(emulator)


def test_a_lost_completion_answer_means_already_assembled(emulator: RevylEmulator, emulated: Revyl,
                                                          app_id: str, make_valid_apk: MakeApk) -> None:
    # S3 assembled the object, the answer was a 500; the retry then gets NoSuchUpload.
    emulator.fail(PARTS, method="POST", status=500, after_handling=True)
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert [r.status for r in store_requests(emulator) if r.method == "POST"] == [500, 404]


def test_no_such_upload_on_first_attempt_is_permanent(emulator: RevylEmulator, emulated: Revyl,
                                                      app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="POST", status=404,
                  body=b"<Error><Code>NoSuchUpload</Code></Error>")
    with pytest.raises(revyl_sdk.UploadError, match=r"could not assemble.*NoSuchUpload"):
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB)
    assert aborted(emulator)
    assert "POST builds" not in api_routes(emulator)


def test_complete_200_with_error_is_retried(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                            make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="POST", status=200,
                  body=b"<Error><Code>InternalError</Code><Message>try again</Message></Error>")
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    completes = [r for r in store_requests(emulator) if r.method == "POST"]
    assert [r.status for r in completes] == [200, 200]  # the first one carried the error
    assert completes[0].headers["content-type"] == "application/xml"
    # The body's ETags, verbatim with their quotes: test_upload_plan.py (complete_xml).


def test_missing_etag_is_a_permanent_error(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                           make_valid_apk: MakeApk) -> None:
    # The part is stored, but the answer is a bare 200 with no ETag header.
    emulator.fail(PARTS, method="PUT", query={"partNumber": "1"}, status=200, body=b"",
                  after_handling=True)
    with pytest.raises(revyl_sdk.UploadError, match="without an ETag"):
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB)
    assert aborted(emulator)


def test_non_retryable_part_error_aborts(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                         make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="PUT", query={"partNumber": "2"}, status=400)
    with pytest.raises(revyl_sdk.UploadError, match=r"part 2/3: .*HTTP 400") as raised:
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB)
    assert raised.value.status_code == 400
    assert not raised.value.resumable
    assert aborted(emulator)


def test_stalled_store_gives_up_after_passes(make_valid_apk: MakeApk) -> None:
    path = make_valid_apk(4 * 64 * 1024)
    with RevylEmulator(part_size=64 * 1024) as emulator, \
            Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False, max_retries=0) as client:
        app_id = emulator.add_app("demo")
        emulator.fail(PARTS, method="PUT", status=503, times=None)
        with pytest.raises(revyl_sdk.UploadInterruptedError, match="0 of 4 parts sent") as raised:
            client.builds.upload(app_id, path, version="v", part_size=1024)
        assert not raised.value.resumable  # resume=False: nothing recorded, so the upload is aborted
        assert aborted(emulator)
        # Pass 1 at 4 connections makes no progress, so the next ones use one connection; three
        # more passes without progress end it. Each pass gives each part 4 attempts.
        assert len(part_puts(emulator)) == 4 * 4 * 4


def test_single_put_retries_then_succeeds(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                          make_valid_apk: MakeApk) -> None:
    for status in (503, 500, 429):
        emulator.fail(PARTS, method="PUT", status=status)
    path = make_valid_apk(MiB)
    build = emulated.builds.upload(app_id, path, version="v")
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)
    assert [r.status for r in store_requests(emulator)] == [503, 500, 429, 200]


def test_single_put_gives_up_after_four_attempts(emulator: RevylEmulator, emulated: Revyl,
                                                 app_id: str, make_valid_apk: MakeApk) -> None:
    emulator.fail(PARTS, method="PUT", status=500, times=4)
    with pytest.raises(revyl_sdk.UploadError, match="after 4 attempts: HTTP 500 InternalError"):
        emulated.builds.upload(app_id, make_valid_apk(MiB), version="v")
    assert "POST builds" not in api_routes(emulator)


# --- argument checks --------------------------------------------------------------------------

@pytest.mark.parametrize(("arguments", "message"), [
    ({"version": ""}, "non-empty version"),
    ({"version": "v", "part_size": 0}, "part_size must be"),
    ({"version": "v", "part_size": 6 * 1024 * MiB}, "part_size must be"),
    ({"version": "v", "concurrency": 0}, "concurrency must be from 1 to 64"),
    ({"version": "v", "concurrency": 65}, "concurrency must be from 1 to 64"),
])
def test_bad_arguments_fail_before_any_request(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                               make_apk: MakeApk, arguments: dict[str, object],
                                               message: str) -> None:
    with pytest.raises(revyl_sdk.RevylError, match=message):
        emulated.builds.upload(app_id, make_apk(10), **arguments)  # type: ignore[arg-type]
    assert emulator.requests == []


# --- secrets ----------------------------------------------------------------------------------

def signatures(emulator: RevylEmulator) -> set[str]:
    """Every presigned URL signature the emulator was sent."""
    found = {match for r in store_requests(emulator) for match in re.findall(r"X-Amz-Signature=([0-9a-f]+)", r.query)}
    assert found
    return found


def test_presigned_urls_never_reach_logs_or_errors(emulator: RevylEmulator, emulated: Revyl,
                                                   app_id: str, make_valid_apk: MakeApk,
                                                   debug_logs: pytest.LogCaptureFixture) -> None:
    emulator.fail(PARTS, method="PUT", query={"partNumber": "1"}, status=500)
    emulator.fail(PARTS, method="PUT", query={"partNumber": "3"}, status=403)
    emulator.fail(PARTS, method="PUT", query={"partNumber": "4"}, drop=True)
    emulated.builds.upload(app_id, make_valid_apk(5 * MiB), version="ok", part_size=MiB, concurrency=1)
    assert [r.status for r in part_puts(emulator) if r.status != 200] == [500, 403, 0]  # all faults hit
    emulator.fail(PARTS, method="PUT", query={"partNumber": "2"}, status=400)
    with pytest.raises(revyl_sdk.UploadError) as raised:
        emulated.builds.upload(app_id, make_valid_apk(3 * MiB, "bad.apk"), version="bad", part_size=MiB)

    rendered = "".join(traceback.format_exception(raised.value))
    assert "X-Amz-Signature=REDACTED" in debug_logs.text  # the URLs were logged, redacted
    for text in (debug_logs.text, str(raised.value), repr(raised.value), rendered):
        assert not any(signature in text for signature in signatures(emulator))


def test_transport_failures_do_not_leak_urls(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                             make_valid_apk: MakeApk,
                                             debug_logs: pytest.LogCaptureFixture) -> None:
    emulator.fail(PARTS, method="PUT", drop=True, times=None)
    with pytest.raises(revyl_sdk.UploadInterruptedError) as raised:
        emulated.builds.upload(app_id, make_valid_apk(2 * MiB), version="v", part_size=MiB,
                               concurrency=1)
    rendered = "".join(traceback.format_exception(raised.value))
    assert "Error" in str(raised.value)  # names the transport failure
    for text in (debug_logs.text, str(raised.value), repr(raised.value), rendered):
        assert not any(signature in text for signature in signatures(emulator))
