"""The sans-IO upload decisions: part layout, S3 answers, fallbacks, stall handling."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from revyl_api.models import BuildMultipartUploadResumeResponse, BuildMultipartUploadStartResponse
from revyl_sdk import UploadError
from revyl_sdk._core.exceptions import make_status_error
from revyl_sdk._uploads.effects import RawResponse
from revyl_sdk._uploads.parts import describe_transport_error
from revyl_sdk._uploads.plan import (
    CompleteVerdict,
    MultipartSession,
    PassScheduler,
    UploadTuning,
    is_unsupported,
    judge_complete,
    part_timeout,
    store_error_summary,
)

MiB = 1024 * 1024


def plan(size: int, part_size: int, *, parts: int | None = None, **extra: Any) -> dict[str, Any]:
    count = parts if parts is not None else -(-size // part_size)
    return {
        "upload_id": str(uuid.uuid4()), "s3_upload_id": "s3", "part_size": part_size,
        "upload_expires_at": 0, "complete_url": "https://s3/complete", "abort_url": "https://s3/a",
        "parts": [{"part_number": n, "upload_url": f"https://s3/{n}"} for n in range(1, count + 1)],
        **extra,
    }


def start(size: int, part_size: int, **kwargs: Any) -> MultipartSession:
    response = BuildMultipartUploadStartResponse.from_dict(plan(size, part_size, **kwargs))
    return MultipartSession.from_response(response, size, "app.apk")


def test_layout_every_part_but_the_last_is_full() -> None:
    session = start(10 * MiB + 5, 4 * MiB)
    assert [(s.number, s.offset, s.length) for s in session.spans] == [
        (1, 0, 4 * MiB), (2, 4 * MiB, 4 * MiB), (3, 8 * MiB, 2 * MiB + 5)]


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"part_size": 0, "parts": 3}, "unusable multipart plan"),
    ({"parts": 0}, "unusable multipart plan"),
    ({"parts": 2}, "no URL for part 3 of 3"),
    ({"complete_url": ""}, "unusable multipart plan"),
])
def test_plans_that_do_not_cover_the_file_are_refused(kwargs: dict[str, Any], match: str) -> None:
    part_size = kwargs.pop("part_size", 4 * MiB)
    with pytest.raises(UploadError, match=match):
        start(10 * MiB, part_size, **kwargs)


def test_resumed_parts_are_reused_only_with_etag_and_exact_size() -> None:
    uploaded = [
        {"part_number": 1, "etag": '"a"', "size": 4 * MiB},
        {"part_number": 2, "etag": "", "size": 4 * MiB},  # no ETag: re-send
        {"part_number": 3, "etag": '"c"', "size": 1},  # truncated: re-send
    ]
    response = BuildMultipartUploadResumeResponse.from_dict(
        plan(10 * MiB, 4 * MiB, uploaded_parts=uploaded))
    session = MultipartSession.from_response(response, 10 * MiB, "app.apk")
    assert session.etags == {1: '"a"'}
    assert [s.number for s in session.missing()] == [2, 3]


def test_complete_xml_lists_parts_in_order_with_quoted_etags() -> None:
    session = start(3 * MiB, MiB)
    session.etags.update({3: '"c"', 1: '"a"', 2: '"b&"'})
    assert session.complete_xml() == (
        b'<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"a"</ETag></Part>'
        b'<Part><PartNumber>2</PartNumber><ETag>"b&amp;"</ETag></Part>'
        b'<Part><PartNumber>3</PartNumber><ETag>"c"</ETag></Part></CompleteMultipartUpload>')


def test_session_repr_hides_presigned_urls() -> None:
    assert "https://s3" not in repr(start(MiB, MiB))


OK = "<CompleteMultipartUploadResult><Key>k</Key></CompleteMultipartUploadResult>"
ERROR = "<Error><Code>InternalError</Code></Error>"
GONE = "<Error><Code>NoSuchUpload</Code></Error>"


@pytest.mark.parametrize(("status", "body", "attempt", "verdict"), [
    (200, OK, 0, CompleteVerdict.DONE),
    (200, ERROR, 0, CompleteVerdict.RETRY),  # S3's 200-with-error
    (200, "", 0, CompleteVerdict.RETRY),
    (503, ERROR, 0, CompleteVerdict.RETRY),
    (429, "", 2, CompleteVerdict.RETRY),
    (404, GONE, 0, CompleteVerdict.PERMANENT),
    (404, GONE, 1, CompleteVerdict.DONE),  # the earlier attempt did assemble it
    (400, "<Error><Code>InvalidPart</Code></Error>", 0, CompleteVerdict.PERMANENT),
    (403, "", 1, CompleteVerdict.PERMANENT),
])
def test_judge_complete(status: int, body: str, attempt: int, verdict: CompleteVerdict) -> None:
    assert judge_complete(RawResponse(status, None, body), attempt) is verdict


def test_error_summary_keeps_only_code_and_message() -> None:
    body = ("<Error><Code>SignatureDoesNotMatch</Code><Message>bad sig</Message>"
            "<SignatureProvided>abc123secret</SignatureProvided>"
            "<StringToSign>AWS4 secret</StringToSign></Error>")
    summary = store_error_summary(RawResponse(403, None, body))
    assert summary == "HTTP 403 SignatureDoesNotMatch: bad sig"
    assert store_error_summary(RawResponse(502, None, "<html>proxy</html>")) == "HTTP 502"


def status_error(status: int, detail: str) -> Exception:
    request = httpx.Request("POST", "https://api.test/x")
    return make_status_error(httpx.Response(status, json={"detail": detail}, request=request))


@pytest.mark.parametrize(("error", "unsupported"), [
    (status_error(405, "Method Not Allowed"), True),
    (status_error(404, "Not Found"), True),
    (status_error(404, "App not found"), False),
    (status_error(404, "app NOT FOUND for org"), False),
    (status_error(500, "Not Found"), False),
    (RuntimeError("405"), False),
])
def test_is_unsupported(error: Exception, unsupported: bool) -> None:
    assert is_unsupported(error) is unsupported


def test_pass_scheduler_drops_to_one_connection_then_gives_up() -> None:
    scheduler = PassScheduler(4, stall_passes=3)
    assert scheduler.after_pass(progressed=True) and scheduler.concurrency == 4
    assert scheduler.after_pass(progressed=False) and scheduler.concurrency == 1
    assert scheduler.after_pass(progressed=False)
    assert scheduler.after_pass(progressed=True)  # progress resets the count
    assert scheduler.after_pass(progressed=False)
    assert scheduler.after_pass(progressed=False)
    assert not scheduler.after_pass(progressed=False)


def test_backoff_and_timeouts_follow_the_cli() -> None:
    tuning = UploadTuning()
    # The CLI's 0.5 s·2^n capped at 10 s, with the SDK's one jitter (up to 25 % less).
    for attempt, ceiling in enumerate([0.5, 1, 2, 4, 8, 10, 10]):
        assert 0.75 * ceiling <= tuning.backoff(attempt) <= ceiling
    assert part_timeout(8 * MiB).read == 600.0
    assert part_timeout(1024 * MiB).read == 120.0 + 1024 * MiB / (32 * 1024)


def test_transport_error_text_never_holds_the_url() -> None:
    url = "https://s3.test/b/k?X-Amz-Signature=topsecret"
    error = httpx.ConnectError(f"failed to reach {url}", request=httpx.Request("PUT", url))
    text = describe_transport_error(error)
    assert text == "ConnectError: failed to reach <presigned URL>"
