"""One PUT of a byte range to a presigned URL, retried on its own budget (sans-IO).

Used for every part of a multipart upload and for the single PUT of the smaller flows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from .._core.effects import Plan, sleep
from .._core.logging import logger
from .effects import PutRange, put_range
from .errors import UploadError
from .plan import UploadTuning, retryable_status, store_error_summary

__all__ = ["GaveUp", "Refused", "Sent", "Transfer", "TransferOutcome", "describe_transport_error",
           "transfer"]


@dataclass(frozen=True)
class Transfer:
    label: str  # "app.apk part 3/12": how logs and errors name this PUT
    key: int  # progress key: the part number, or 0 for a single PUT
    url: str = field(repr=False)
    offset: int
    length: int
    timeout: httpx.Timeout
    content_type: str | None = None  # S3 parts carry none; staged single PUTs must match the URL's
    require_etag: bool = False


@dataclass(frozen=True)
class Sent:
    key: int
    etag: str


@dataclass(frozen=True)
class Refused:
    """403: the presigned URL expired (or was never valid); fresh URLs may fix it."""

    key: int


@dataclass(frozen=True)
class GaveUp:
    """Every attempt failed with a transient error; `reason` describes the last one."""

    key: int
    reason: str


TransferOutcome = Sent | Refused | GaveUp


def transfer(job: Transfer, tuning: UploadTuning) -> Plan[TransferOutcome]:
    """PUT the range up to `tuning.attempts` times on transport errors, 408, 429 and 5xx.

    Any other refusal, or a success without the ETag S3 must return for a part, raises
    `UploadError`: retrying cannot fix those.
    """
    headers = {"Content-Type": job.content_type} if job.content_type else {}
    reason = ""
    for attempt in range(tuning.attempts):
        if attempt:
            delay = tuning.backoff(attempt - 1)
            logger.info("%s: retrying in %.2fs after %s (attempt %d of %d)",
                        job.label, delay, reason, attempt + 1, tuning.attempts)
            yield from sleep(delay)
        try:
            response = yield from put_range(PutRange(job.url, job.offset, job.length, job.timeout,
                                                     job.key, headers))
        except httpx.TransportError as error:
            reason = describe_transport_error(error)
            continue
        if response.status_code < 300:
            if job.require_etag and not response.etag:
                raise UploadError(
                    f"{job.label}: the object store answered without an ETag header "
                    "(a proxy may be stripping it); the upload cannot be assembled",
                    status_code=response.status_code,
                )
            return Sent(job.key, response.etag or "")
        reason = store_error_summary(response)
        if response.status_code == 403:
            return Refused(job.key)
        if not retryable_status(response.status_code):
            raise UploadError(f"{job.label}: the object store refused it: {reason}",
                              status_code=response.status_code)
    return GaveUp(job.key, reason)


def describe_transport_error(error: httpx.TransportError) -> str:
    """`ReadTimeout: timed out`, with the request URL (a presigned one) kept out of the text."""
    text = str(error) or "no details"
    try:
        url = str(error.request.url)
    except RuntimeError:  # the error was raised before a request was attached
        url = ""
    if url:
        text = text.replace(url, "<presigned URL>")
    return f"{type(error).__name__}: {text}"
