"""Upload decisions with no I/O: sizes, part layout, retry budgets and reading S3's answers.

Numbers follow Revyl's CLI (BEHAVIOR.md §4.2-4.3) so the SDK and CLI behave alike against
the same backend.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass, field
from uuid import UUID
from xml.sax.saxutils import escape

import httpx
from revyl_api.models import BuildMultipartUploadResumeResponse, BuildMultipartUploadStartResponse
from revyl_api.types import Unset

from .._core.exceptions import APIStatusError
from .._core.retry import backoff_delay, is_transient_status
from .effects import RawResponse
from .errors import UploadError

__all__ = [
    "CLEANUP_TIMEOUT",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_TUNING",
    "ERROR_BODY_LIMIT",
    "MAX_CONCURRENCY",
    "MULTIPART_THRESHOLD",
    "SINGLE_PUT_LIMIT",
    "UPLOAD_TIMEOUT",
    "CompleteVerdict",
    "MultipartSession",
    "PartSpan",
    "PassScheduler",
    "UploadTuning",
    "is_unsupported",
    "judge_complete",
    "part_timeout",
    "retryable_status",
    "store_error_summary",
]

MiB = 1024 * 1024
MULTIPART_THRESHOLD = 64 * MiB
SINGLE_PUT_LIMIT = 5 * 1024 * MiB  # S3's limit for one PUT
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
UPLOAD_TIMEOUT = httpx.Timeout(600.0, connect=30.0)
CLEANUP_TIMEOUT = httpx.Timeout(15.0)
ERROR_BODY_LIMIT = 16 * 1024


@dataclass(frozen=True)
class UploadTuning:
    """Retry budgets and buffer sizes; tests shrink the delays, nothing else should change them."""

    attempts: int = 4  # per PUT, part or assemble request
    backoff_initial: float = 0.5
    backoff_cap: float = 10.0
    stall_passes: int = 3  # passes without progress, at one connection, before giving up
    url_refreshes: int = 3  # times expired part URLs are re-presigned in one upload
    chunk_size: int = 1 * MiB  # bytes read from disk and written to the socket at a time

    def backoff(self, attempt: int) -> float:
        """Seconds before retry `attempt` (0-based): 0.5 s, 1 s, 2 s, ... capped, jittered (the
        SDK's one backoff formula, `_core.retry.backoff_delay`)."""
        return backoff_delay(attempt, initial=self.backoff_initial, cap=self.backoff_cap)


DEFAULT_TUNING = UploadTuning()


def part_timeout(length: int) -> httpx.Timeout:
    """Per-attempt timeout for one part: 10 min, or longer for parts slower than 32 KiB/s."""
    return httpx.Timeout(max(600.0, 120.0 + length / (32 * 1024)), connect=30.0)


def retryable_status(status: int) -> bool:
    """The SDK's one transient-status rule (`_core.retry.is_transient_status`): parts are SAFE."""
    return is_transient_status(status)


def is_unsupported(error: Exception) -> bool:
    """The backend lacks this upload route (405, or a 404 that is not about the app)."""
    if not isinstance(error, APIStatusError):
        return False
    if error.status_code == 405:
        return True
    return error.status_code == 404 and "app not found" not in str(error).lower()


_XML_TEXT = re.compile(r"<(Code|Message)>([^<]{0,300})</\1>")


def store_error_summary(response: RawResponse) -> str:
    """`HTTP 403 AccessDenied: Request has expired`; only S3's Code and Message, never the body.

    S3 error bodies can echo the request signature (SignatureDoesNotMatch), so nothing else
    from them may reach an error message or a log.
    """
    found = {match.group(1): match.group(2) for match in _XML_TEXT.finditer(response.body)}
    detail = ": ".join(part for part in (found.get("Code"), found.get("Message")) if part)
    return f"HTTP {response.status_code}" + (f" {detail}" if detail else "")


@dataclass(frozen=True)
class PartSpan:
    number: int  # 1-based, as S3 counts
    offset: int
    length: int


class CompleteVerdict(enum.Enum):
    DONE = "done"
    RETRY = "retry"
    PERMANENT = "permanent"


def judge_complete(response: RawResponse, attempt: int) -> CompleteVerdict:
    """Read S3's CompleteMultipartUpload answer; it can fail with a 200 carrying `<Error>`."""
    if response.status_code < 400 and "<CompleteMultipartUploadResult" in response.body:
        return CompleteVerdict.DONE
    if "NoSuchUpload" in response.body:
        # On a retry, the earlier attempt assembled the object and S3 forgot the upload id.
        return CompleteVerdict.DONE if attempt > 0 else CompleteVerdict.PERMANENT
    if response.status_code < 400 or retryable_status(response.status_code):
        return CompleteVerdict.RETRY
    return CompleteVerdict.PERMANENT


@dataclass
class MultipartSession:
    """One S3 multipart upload: where each part goes and the ETags of the parts S3 holds."""

    upload_id: UUID
    s3_upload_id: str
    part_size: int
    spans: list[PartSpan]
    urls: dict[int, str] = field(repr=False)
    complete_url: str = field(repr=False)
    abort_url: str = field(repr=False)
    etags: dict[int, str] = field(default_factory=dict)

    @classmethod
    def from_response(
        cls, response: BuildMultipartUploadStartResponse | BuildMultipartUploadResumeResponse,
        size: int, label: str,
    ) -> MultipartSession:
        """Check the server's plan covers the file (else `UploadError`) and lay out the parts."""
        part_size = response.part_size
        urls = {part.part_number: part.upload_url for part in response.parts}
        if part_size <= 0 or not urls or not response.complete_url:
            raise UploadError(f"{label}: the server returned an unusable multipart plan "
                              f"(part_size={part_size}, {len(urls)} part URLs)")
        count = math.ceil(size / part_size)
        missing = [number for number in range(1, count + 1) if number not in urls]
        if missing:
            raise UploadError(f"{label}: the server's multipart plan has no URL for part "
                              f"{missing[0]} of {count} (part_size={part_size})")
        spans = [PartSpan(n, (n - 1) * part_size, min(part_size, size - (n - 1) * part_size))
                 for n in range(1, count + 1)]
        session = cls(response.upload_id, response.s3_upload_id, part_size, spans, urls,
                      response.complete_url, response.abort_url)
        if isinstance(response, BuildMultipartUploadResumeResponse):
            session.adopt_uploaded(response)
        return session

    def refresh(self, response: BuildMultipartUploadResumeResponse) -> None:
        """Take freshly presigned URLs (the old ones expired) and any parts S3 reports held."""
        self.urls.update({part.part_number: part.upload_url for part in response.parts})
        self.complete_url = response.complete_url or self.complete_url
        self.abort_url = response.abort_url or self.abort_url
        self.adopt_uploaded(response)

    def adopt_uploaded(self, response: BuildMultipartUploadResumeResponse) -> None:
        """Skip parts S3 already holds, but only with an ETag and exactly the expected size."""
        if isinstance(response.uploaded_parts, Unset):
            return
        lengths = {span.number: span.length for span in self.spans}
        for part in response.uploaded_parts:
            if part.etag and lengths.get(part.part_number) == part.size:
                self.etags[part.part_number] = part.etag

    def missing(self) -> list[PartSpan]:
        return [span for span in self.spans if span.number not in self.etags]

    def complete_xml(self) -> bytes:
        """The CompleteMultipartUpload body, parts in order, ETags verbatim (quotes included)."""
        parts = "".join(
            f"<Part><PartNumber>{span.number}</PartNumber>"
            f"<ETag>{escape(self.etags[span.number])}</ETag></Part>"
            for span in self.spans
        )
        return f"<CompleteMultipartUpload>{parts}</CompleteMultipartUpload>".encode()


class PassScheduler:
    """How many connections the next pass over the missing parts may use, and when to stop.

    A pass that completes no part drops to a single connection (a flaky link often copes
    with one stream); `stall_passes` such passes in a row at one connection end the upload.
    """

    def __init__(self, concurrency: int, stall_passes: int) -> None:
        self.concurrency = concurrency
        self._stall_passes = stall_passes
        self._stalled = 0

    def after_pass(self, *, progressed: bool) -> bool:
        """Record a finished pass; False when the upload should give up."""
        if progressed:
            self._stalled = 0
        elif self.concurrency > 1:
            self.concurrency = 1
        else:
            self._stalled += 1
        return self._stalled < self._stall_passes
