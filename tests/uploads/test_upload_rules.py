"""The upload flow's rules, driven without a server: each test feeds the flow outcomes and
checks the effects it yields (flow choice and fallbacks, parts, signatures, assembling,
resume, preflight). `scripted.Script` is the runner."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _scripted import Script
from revyl_sdk._core.effects import Blocking, Gather, Sleep
from revyl_sdk._core.exceptions import NotFoundError, RevylError
from revyl_sdk._uploads.effects import PutRange, SendRaw
from revyl_sdk._uploads.errors import InvalidArtifactError, UploadError, UploadInterruptedError
from revyl_sdk._uploads.flow import UploadJob, upload_build
from revyl_sdk._uploads.plan import UploadTuning
from revyl_sdk._uploads.progress import ByteProgress
from revyl_sdk._uploads.resume import ResumeState, ResumeStore
from revyl_sdk._uploads.source import UploadSource
from scripted import run_parts, store
from upload_support import zip_bytes

APP = str(uuid.uuid4())
UPLOAD_ID = str(uuid.uuid4())
SIZE, PART = 100, 40  # three parts: 40, 40, 20 bytes
TUNING = UploadTuning(attempts=3, backoff_initial=0.001, backoff_cap=0.001, stall_passes=2,
                      url_refreshes=1)
DONE_XML = "<CompleteMultipartUploadResult><Key>k</Key></CompleteMultipartUploadResult>"
START, RESUME = "/multipart-upload/start", "/multipart-upload/resume"
SESSION, LEGACY, BUILDS = "/builds/upload-session", "/builds/upload-url", "/builds"


@pytest.fixture
def source(tmp_path: Path) -> Iterator[UploadSource]:
    path = tmp_path / "app.apk"
    path.write_bytes(bytes(range(SIZE)))
    opened = UploadSource.open(path)
    yield opened
    opened.close()


def make_job(*, multipart: bool = True, resume_store: ResumeStore | None = None,
             metadata: dict[str, Any] | None = None) -> UploadJob:
    return UploadJob(app_id=APP, version="1.0", metadata={"platform": "android"} if metadata is None else metadata,
                     set_as_current=False, single_put_max=50 if multipart else SIZE,
                     concurrency=4, resume_store=resume_store, request_options={}, tuning=TUNING)


def start(job: UploadJob, source: UploadSource) -> Script:
    return Script(upload_build(job, source, ByteProgress(source.size, [])))


def plan_payload(*, uploaded: list[dict[str, Any]] | None = None, generation: int = 1) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "upload_id": UPLOAD_ID, "s3_upload_id": "s3-1", "part_size": PART, "upload_expires_at": 1,
        "parts": [{"part_number": n, "upload_url": f"https://s3.test/p{n}?sig={generation}"}
                  for n in (1, 2, 3)],
        "complete_url": "https://s3.test/complete", "abort_url": "https://s3.test/abort",
    }
    if uploaded is not None:
        payload["uploaded_parts"] = uploaded
    return payload


BUILD = {"id": str(uuid.uuid4()), "app_id": APP, "version": "1.0"}


def part_number(put: PutRange) -> int:
    return put.offset // PART + 1


def stored(put: PutRange) -> Any:
    return store(200, etag=f'"etag-{part_number(put)}"')


def finish_multipart(script: Script) -> None:
    """S3 assembles the parts; Revyl creates the build."""
    script.expect(SendRaw)
    script.answer(store(200, DONE_XML))
    script.answer_api("POST", BUILDS, 200, BUILD)


# --- flow choice and fallbacks --------------------------------------------------------------

def test_a_file_above_the_threshold_goes_multipart_in_server_sized_parts(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    puts: list[PutRange] = []
    gathered = run_parts(script, stored, puts)
    assert gathered.limit == 4
    assert [(p.offset, p.length, p.headers) for p in puts] == [(0, 40, {}), (40, 40, {}), (80, 20, {})]
    complete = script.expect(SendRaw)
    assert (complete.method, complete.url) == ("POST", "https://s3.test/complete")
    assert complete.content.count(b"<Part>") == 3 and b'"etag-2"' in complete.content
    script.answer(store(200, DONE_XML))
    create = script.expect_send(BUILDS, method="POST")
    assert create.call.request["json"]["upload_id"] == UPLOAD_ID
    script.answer_api("POST", BUILDS, 200, BUILD)
    assert script.result.version == "1.0"


def test_a_small_file_goes_through_an_upload_session_and_one_put(source: UploadSource) -> None:
    script = start(make_job(multipart=False), source)
    script.answer_api("POST", SESSION, 200, {"upload_id": UPLOAD_ID, "upload_url": "https://s3.test/one",
                                             "upload_expires_at": 1, "content_type": "application/x"})
    put = script.expect(PutRange)
    assert (put.offset, put.length, dict(put.headers)) == (0, SIZE, {"Content-Type": "application/x"})
    script.answer(store(200, etag='"one"'))
    script.answer_api("POST", BUILDS, 200, BUILD)
    assert script.done


@pytest.mark.parametrize(("status", "detail"), [(405, "Method Not Allowed"), (404, "Not Found")])
def test_a_backend_without_multipart_falls_back_to_an_upload_session(source: UploadSource, status: int,
                                                                      detail: str) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, status, {"detail": detail})
    script.expect_send(SESSION, method="POST")


def test_a_missing_app_is_not_taken_for_a_missing_route(source: UploadSource) -> None:
    script = start(make_job(), source)
    with pytest.raises(NotFoundError):
        script.answer_api("POST", START, 404, {"detail": "App not found"})


def test_a_backend_without_upload_sessions_uses_the_legacy_row_backed_upload(source: UploadSource) -> None:
    version_id = str(uuid.uuid4())
    script = start(make_job(multipart=False), source)
    script.answer_api("POST", SESSION, 404, {"detail": "Not Found"})
    script.answer_api("POST", LEGACY, 200, {"version_id": version_id, "version": "1.0",
                                            "upload_url": "https://s3.test/legacy",
                                            "upload_expires_at": 1, "content_type": "application/x"})
    script.expect(PutRange)
    script.answer(store(200))
    script.answer_api("POST", "/extract-package-id", 200, {"package_id": "com.example"})
    complete = script.expect_send("/complete-upload", method="POST")
    assert complete.call.request["json"]["package_name"] == "com.example"
    script.answer_api("POST", "/complete-upload", 200, {"version_id": version_id})
    assert (str(script.result.id), script.result.package_name) == (version_id, "com.example")


def test_a_failed_legacy_upload_deletes_the_row_it_created(source: UploadSource) -> None:
    version_id = str(uuid.uuid4())
    script = start(make_job(multipart=False), source)
    script.answer_api("POST", SESSION, 405, {"detail": "Method Not Allowed"})
    script.answer_api("POST", LEGACY, 200, {"version_id": version_id, "version": "1.0",
                                            "upload_url": "https://s3.test/legacy",
                                            "upload_expires_at": 1, "content_type": "application/x"})
    script.expect(PutRange)
    script.answer(store(200))
    script.answer_api("POST", "/extract-package-id", 200, {"error": "not an APK"})
    with pytest.raises(RevylError, match="not an APK"):
        script.answer_api("DELETE", f"/builds/{version_id}", 204, None)


def test_a_file_over_5_gib_without_multipart_is_refused_before_any_byte(tmp_path: Path) -> None:
    path = tmp_path / "huge.apk"
    with path.open("wb") as out:
        out.truncate(5 * 1024**3 + 1)  # sparse
    huge = UploadSource.open(path)
    script = start(make_job(), huge)
    with pytest.raises(UploadError, match="5 GiB"):
        script.answer_api("POST", START, 405, {"detail": "Method Not Allowed"})
    huge.close()


# --- preflight ------------------------------------------------------------------------------

def test_the_platform_comes_from_the_app_when_metadata_lacks_it(source: UploadSource) -> None:
    script = start(make_job(metadata={}), source)
    with pytest.raises(InvalidArtifactError, match="iOS build must be a zipped"):
        script.answer_api("GET", f"/apps/{APP}", 200, {"id": APP, "name": "demo", "platform": "iOS"})


def test_a_zip_is_listed_off_the_loop_and_checked_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "app.zip"
    path.write_bytes(zip_bytes({"Payload/Demo.app/Info.plist": b"x"}))
    ipa = UploadSource.open(path)
    script = start(make_job(metadata={"platform": "ios"}), ipa)
    listing = script.expect(Blocking)
    with pytest.raises(InvalidArtifactError, match="IPA"):
        script.answer(listing.fn())
    ipa.close()


# --- parts ----------------------------------------------------------------------------------

def test_a_part_is_retried_after_transient_failures_with_a_sleep_between(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    gathered = script.expect(Gather)
    part = Script(gathered.plans[0])
    part.expect(PutRange)
    part.answer(store(503, "<Error><Code>SlowDown</Code></Error>"))
    part.expect(Sleep)
    part.answer()
    part.fail(httpx.ReadTimeout("timed out"))
    part.expect(Sleep)
    part.answer()
    part.answer(store(200, etag='"e1"'))
    assert part.result.etag == '"e1"'


def test_a_part_refused_for_good_fails_the_upload_and_aborts_it(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, lambda put: store(400, "<Error><Code>InvalidArgument</Code></Error>")
              if part_number(put) == 2 else stored(put))
    abort = script.expect(SendRaw)
    assert (abort.method, abort.url) == ("DELETE", "https://s3.test/abort")
    with pytest.raises(UploadError, match=r"part 2/3.*InvalidArgument") as raised:
        script.answer(store(204))
    assert raised.value.status_code == 400


def test_a_part_stored_without_an_etag_cannot_be_assembled(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, lambda put: store(200))
    script.expect(SendRaw)  # the abort
    with pytest.raises(UploadError, match="without an ETag"):
        script.answer(store(204))


def test_a_pass_without_progress_drops_to_one_connection_then_gives_up(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    limits = []
    for _ in range(3):  # 4 connections, then 1, then 1: two stalled passes at one connection
        limits.append(run_parts(script, lambda put: store(500)).limit)
    assert limits == [4, 1, 1]
    script.expect(SendRaw)  # no resume state: the parts are freed
    with pytest.raises(UploadInterruptedError, match="0 of 3 parts sent") as raised:
        script.answer(store(204))
    assert not raised.value.resumable


def test_only_the_missing_parts_are_sent_again_in_the_next_pass(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, lambda put: stored(put) if part_number(put) != 3 else store(500))
    again: list[PutRange] = []
    assert run_parts(script, stored, again).limit == 4  # progress was made: same concurrency
    assert [part_number(put) for put in again] == [3]
    finish_multipart(script)
    assert script.done


# --- refused signatures ---------------------------------------------------------------------

def test_refused_part_urls_are_presigned_again_and_only_those_parts_resent(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, lambda put: store(403, "<Error><Code>AccessDenied</Code></Error>")
              if part_number(put) == 1 else stored(put))
    script.answer_api("POST", RESUME, 200, plan_payload(generation=2))
    again: list[PutRange] = []
    run_parts(script, stored, again)
    assert [put.url for put in again] == ["https://s3.test/p1?sig=2"]
    finish_multipart(script)


def test_urls_refused_even_fresh_end_the_upload(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, lambda put: store(403))
    script.answer_api("POST", RESUME, 200, plan_payload(generation=2))
    run_parts(script, lambda put: store(403))  # url_refreshes=1: no second refresh
    script.expect(SendRaw)
    with pytest.raises(UploadError, match="keeps refusing") as raised:
        script.answer(store(204))
    assert raised.value.status_code == 403


def test_a_refused_single_put_is_reported_as_an_expired_url(source: UploadSource) -> None:
    script = start(make_job(multipart=False), source)
    script.answer_api("POST", SESSION, 200, {"upload_id": UPLOAD_ID, "upload_url": "https://s3.test/one",
                                             "upload_expires_at": 1, "content_type": "application/x"})
    with pytest.raises(UploadError, match="presigned URL expired"):
        script.answer(store(403))


# --- assembling -----------------------------------------------------------------------------

def sent_all_parts(source: UploadSource, job: UploadJob | None = None) -> Script:
    script = start(job or make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    run_parts(script, stored)
    return script


def test_an_error_inside_a_200_completion_is_retried(source: UploadSource) -> None:
    script = sent_all_parts(source)
    script.expect(SendRaw)
    script.answer(store(200, "<Error><Code>InternalError</Code></Error>"))
    script.expect(Sleep)
    script.answer()
    finish_multipart(script)
    assert script.done


def test_a_lost_completion_answer_then_no_such_upload_means_assembled(source: UploadSource) -> None:
    script = sent_all_parts(source)
    script.expect(SendRaw)
    script.fail(httpx.ReadTimeout("the answer was lost"))
    script.expect(Sleep)
    script.answer()
    script.expect(SendRaw)
    script.answer(store(404, "<Error><Code>NoSuchUpload</Code></Error>"))
    script.answer_api("POST", BUILDS, 200, BUILD)
    assert script.done


def test_no_such_upload_on_the_first_completion_is_final(source: UploadSource) -> None:
    script = sent_all_parts(source)
    script.expect(SendRaw)
    script.answer(store(404, "<Error><Code>NoSuchUpload</Code></Error>"))
    script.expect(SendRaw)  # the abort
    with pytest.raises(UploadError, match="could not assemble"):
        script.answer(store(204))


def test_completion_failing_every_attempt_is_an_interruption(source: UploadSource) -> None:
    script = sent_all_parts(source)
    for attempt in range(TUNING.attempts):
        if attempt:
            script.expect(Sleep)
            script.answer()
        script.expect(SendRaw)
        script.answer(store(503))
    script.expect(SendRaw)  # the abort
    with pytest.raises(UploadInterruptedError, match="assembling"):
        script.answer(store(204))


# --- interruption and resume ----------------------------------------------------------------

def test_ctrl_c_during_the_parts_leaves_the_upload_for_a_resume(source: UploadSource) -> None:
    script = start(make_job(), source)
    script.answer_api("POST", START, 200, plan_payload())
    script.expect(Gather)
    with pytest.raises(KeyboardInterrupt):
        script.fail(KeyboardInterrupt())  # no abort is sent: nothing more is yielded


@pytest.fixture
def resume_store(tmp_path: Path, source: UploadSource) -> ResumeStore:
    return ResumeStore(tmp_path / "state", app_id=APP, version="1.0", path=str(source.path),
                       size=SIZE)


def hashed(script: Script) -> str:
    digest = script.expect(Blocking)
    value = digest.fn()
    script.answer(value)
    return str(value)


def test_with_resume_the_state_is_saved_kept_on_interruption_and_marks_it_resumable(
        source: UploadSource, resume_store: ResumeStore) -> None:
    script = start(make_job(resume_store=resume_store), source)
    digest = hashed(script)
    script.answer_api("POST", START, 200, plan_payload())
    assert resume_store.load(digest) == ResumeState(UPLOAD_ID, "s3-1", digest, PART)
    run_parts(script, lambda put: store(500))
    run_parts(script, lambda put: store(500))
    with pytest.raises(UploadInterruptedError) as raised:  # no abort: the parts stay for a resume
        run_parts(script, lambda put: store(500))
    assert raised.value.resumable and resume_store.load(digest) is not None


def test_a_resume_sends_only_the_parts_s3_lacks(source: UploadSource, resume_store: ResumeStore) -> None:
    resume_store.save(ResumeState(UPLOAD_ID, "s3-1", source.sha256(), PART))
    script = start(make_job(resume_store=resume_store), source)
    hashed(script)
    uploaded = [{"part_number": 1, "etag": '"e1"', "size": 40},
                {"part_number": 2, "etag": '"e2"', "size": 39}]  # wrong size: sent again
    script.answer_api("POST", RESUME, 200, plan_payload(uploaded=uploaded))
    sent: list[PutRange] = []
    run_parts(script, stored, sent)
    assert [part_number(put) for put in sent] == [2, 3]
    finish_multipart(script)
    assert resume_store.load(source.sha256()) is None  # done: the state is gone


def test_an_upload_that_can_no_longer_be_resumed_starts_over(source: UploadSource,
                                                             resume_store: ResumeStore) -> None:
    resume_store.save(ResumeState(UPLOAD_ID, "s3-old", source.sha256(), PART))
    script = start(make_job(resume_store=resume_store), source)
    hashed(script)
    script.answer_api("POST", RESUME, 410, {"detail": "Gone"})
    script.expect_send(START, method="POST")


def test_an_assembled_upload_only_creates_the_build(source: UploadSource, resume_store: ResumeStore) -> None:
    resume_store.save(ResumeState(UPLOAD_ID, "s3-1", source.sha256(), PART, assembled=True))
    script = start(make_job(resume_store=resume_store), source)
    hashed(script)
    script.answer_api("POST", BUILDS, 200, BUILD)
    assert script.done


@pytest.mark.parametrize(("status", "kept"), [(409, False), (503, True)])
def test_a_final_refusal_of_the_build_forgets_the_state_a_transient_one_keeps_it(
        source: UploadSource, resume_store: ResumeStore, status: int, kept: bool) -> None:
    resume_store.save(ResumeState(UPLOAD_ID, "s3-1", source.sha256(), PART, assembled=True))
    script = start(make_job(resume_store=resume_store), source)
    hashed(script)
    with pytest.raises(RevylError):
        script.answer_api("POST", BUILDS, status, {"detail": "no"})
    assert (resume_store.load(source.sha256()) is not None) is kept
