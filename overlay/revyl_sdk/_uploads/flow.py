"""Uploading a build, start to finish, as one sans-IO flow shared by the sync and async clients.

Flow selection (BEHAVIOR.md §4.2): files above the single-PUT threshold go through S3
multipart (resumable); the rest through a staging upload-session and one PUT. A backend
without a route (405, or 404 not about the app) falls back as Revyl's CLI does:
multipart -> upload-session (up to 5 GiB) -> legacy row-backed presigned upload. A flow
the client's own spec lacks (`revyl_api.unsupported`) is skipped before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID

import httpx
from revyl_api.api.apps import (
    complete_build_upload,
    create_build_from_upload,
    create_build_upload_session,
    create_build_upload_url,
    delete_build,
    extract_build_package_id,
    get_app,
    resume_build_multipart_upload,
    start_build_multipart_upload,
)
from revyl_api.models import (
    AppResponse,
    BuildCreateFromUploadRequest,
    BuildCreateFromUploadRequestMetadataType0,
    BuildCreateResponse,
    BuildMultipartUploadResumeRequest,
    BuildMultipartUploadResumeResponse,
    BuildMultipartUploadStartRequest,
    BuildMultipartUploadStartResponse,
    BuildResponse,
    BuildUploadCompleteRequest,
    BuildUploadCompleteRequestMetadataType0,
    BuildUploadSessionRequest,
    BuildUploadSessionResponse,
    ExtractBuildPackageIdResponse,
)

from .._core.base_client import APICall
from .._core.calls import call, supports
from .._core.effects import Plan, blocking, gather, send, sleep
from .._core.exceptions import APIStatusError, RevylError
from .._core.logging import logger
from .._core.resource import RequestOptions
from .._core.retry import Safety
from .effects import SendRaw, send_raw
from .errors import UploadError, UploadInterruptedError
from .parts import GaveUp, Refused, Sent, Transfer, describe_transport_error, transfer
from .plan import (
    CLEANUP_TIMEOUT,
    SINGLE_PUT_LIMIT,
    UPLOAD_TIMEOUT,
    CompleteVerdict,
    MultipartSession,
    PassScheduler,
    UploadTuning,
    is_unsupported,
    judge_complete,
    part_timeout,
    store_error_summary,
)
from .preflight import check_file_name, check_fits_platform, is_zip, normalize_platform
from .progress import ByteProgress
from .resume import ResumeState, ResumeStore
from .source import UploadSource

__all__ = ["UPLOAD_SOURCE", "UploadJob", "upload_build"]

T = TypeVar("T")

UPLOAD_SOURCE = "api"  # the spec's default `source` for uploads not made by Revyl's own tools
_SESSION_SUPPORTED = supports(create_build_upload_session) and supports(create_build_from_upload)
_MULTIPART_SUPPORTED = _SESSION_SUPPORTED and all(
    supports(op) for op in (start_build_multipart_upload, resume_build_multipart_upload))
# The server refused this upload for good (bad artifact, version taken, upload gone):
# keeping resume state would only replay the refusal.
_FINAL_REFUSALS = frozenset({400, 404, 409, 410, 422})


@dataclass(frozen=True)
class UploadJob:
    """Everything about one upload except its bytes (the source) and its progress listeners."""

    app_id: str
    version: str
    metadata: dict[str, Any]
    set_as_current: bool
    single_put_max: int  # larger files go multipart
    concurrency: int
    resume_store: ResumeStore | None
    request_options: RequestOptions
    tuning: UploadTuning


def upload_build(job: UploadJob, source: UploadSource, progress: ByteProgress) -> Plan[BuildResponse]:
    """Check the artifact, pick a flow (falling back on older backends), upload, create the build."""
    check_file_name(source)
    platform = yield from _platform(job)
    entries = (yield from blocking(source.zip_entries)) if is_zip(source) else None
    check_fits_platform(source, platform, entries)

    multipart = source.size > job.single_put_max and _MULTIPART_SUPPORTED
    logger.info("uploading %s (%d bytes) as version %r: %s", source.label, source.size,
                job.version, "multipart" if multipart else "single PUT")
    build = (yield from _multipart(job, source, progress)) if multipart else None
    if build is not None:
        return build
    if source.size > SINGLE_PUT_LIMIT:
        raise UploadError(f"{source.label}: {source.size} bytes is over the 5 GiB single-upload "
                          "limit and this backend does not support multipart uploads")
    session = None
    if _SESSION_SUPPORTED:
        session = yield from _unless_unsupported(_session_call(job, source), "upload-session")
    if session is None:
        return (yield from _legacy(job, source))
    yield from _single_put(job, source, session.upload_url, session.content_type)
    return (yield from _finalize(job, session.upload_id, None))


def _platform(job: UploadJob) -> Plan[str | None]:
    """`metadata['platform']` when given, else the app's platform (one GET)."""
    if "platform" in job.metadata:
        return normalize_platform(job.metadata["platform"])
    app = yield from send(call(get_app, AppResponse, app_id=job.app_id, **job.request_options))
    return normalize_platform(app.platform)


def _unless_unsupported(request: APICall[T], route: str) -> Plan[T | None]:
    """The call's answer, or None when this backend lacks the route (time to fall back)."""
    try:
        return (yield from send(request))
    except APIStatusError as error:
        if not is_unsupported(error):
            raise
        logger.info("backend has no %s route (HTTP %d): falling back", route, error.status_code)
        return None


# --- Flow A: staging upload-session, one PUT ----------------------------------------------

def _session_call(job: UploadJob, source: UploadSource) -> APICall[BuildUploadSessionResponse]:
    body = BuildUploadSessionRequest(version=job.version, file_name=source.name)
    return call(create_build_upload_session, BuildUploadSessionResponse, app_id=job.app_id,
                body=body, source=UPLOAD_SOURCE, **job.request_options)


def _single_put(job: UploadJob, source: UploadSource, url: str, content_type: str) -> Plan[None]:
    outcome = yield from transfer(
        Transfer(source.label, 0, url, 0, source.size, UPLOAD_TIMEOUT, content_type), job.tuning
    )
    if isinstance(outcome, Refused):
        raise UploadError(f"{source.label}: the object store refused the upload (HTTP 403: the "
                          "presigned URL expired or is invalid)", status_code=403)
    if isinstance(outcome, GaveUp):
        raise UploadError(f"{source.label}: upload failed after {job.tuning.attempts} attempts: "
                          f"{outcome.reason}")


def _finalize(job: UploadJob, upload_id: UUID, store: ResumeStore | None) -> Plan[BuildResponse]:
    """Create the build from the staged object; Revyl validates it and reads its package id."""
    body = BuildCreateFromUploadRequest(
        upload_id=upload_id, version=job.version, set_as_current=job.set_as_current,
        metadata=BuildCreateFromUploadRequestMetadataType0.from_dict(_metadata(job)),
    )
    # Validation and the copy out of staging take a while for big builds; not retried past a
    # sent request (UNSAFE) because a second create could clash with the first.
    options: RequestOptions = {"timeout": UPLOAD_TIMEOUT, **job.request_options}
    try:
        build = yield from send(call(create_build_from_upload, BuildResponse, safety=Safety.UNSAFE,
                                    app_id=job.app_id, body=body, **options))
    except APIStatusError as error:
        if store is not None and error.status_code in _FINAL_REFUSALS:
            store.discard()
        raise
    if store is not None:
        store.discard()
    return build


def _metadata(job: UploadJob) -> dict[str, Any]:
    return {"source": UPLOAD_SOURCE, **job.metadata}


# --- Flow C / C': S3 multipart, resumable ---------------------------------------------------

def _multipart(job: UploadJob, source: UploadSource, progress: ByteProgress) -> Plan[BuildResponse | None]:
    """Upload in server-sized parts; None when the backend has no multipart route."""
    store = job.resume_store
    state: ResumeState | None = None
    digest = ""
    if store is not None:
        digest = yield from blocking(source.sha256)
        state = store.load(digest)
        if state is not None and state.assembled:
            logger.info("resuming %s: already assembled, creating the build", source.label)
            progress.update(0, source.size)
            return (yield from _finalize(job, UUID(state.upload_id), store))

    session = (yield from _resume(job, source, store, state)) if store and state else None
    if session is None:
        started = yield from _unless_unsupported(_start_call(job, source), "multipart-upload")
        if started is None:
            return None
        session = yield from _plan(started, source)
    state = ResumeState(str(session.upload_id), session.s3_upload_id, digest, session.part_size)
    if store is not None:
        store.save(state)
    progress.update_many({span.number: span.length for span in session.spans
                          if span.number in session.etags})

    try:
        yield from _send_parts(job, source, session)
        yield from _assemble(job, source, session)
    except Exception as error:
        resumable = not isinstance(error, UploadError) or error.resumable
        if store is None or not resumable:
            yield from _abort(session.abort_url)
            if store is not None:
                store.discard()
        raise
    if store is not None:
        store.save(state.as_assembled())
    return (yield from _finalize(job, session.upload_id, store))


def _start_call(job: UploadJob, source: UploadSource) -> APICall[BuildMultipartUploadStartResponse]:
    body = BuildMultipartUploadStartRequest(version=job.version, file_name=source.name,
                                            file_size=source.size)
    return call(start_build_multipart_upload, BuildMultipartUploadStartResponse, app_id=job.app_id,
                body=body, source=UPLOAD_SOURCE, **job.request_options)


def _resume_call(job: UploadJob, source: UploadSource, upload_id: UUID | str,
                 s3_upload_id: str) -> APICall[BuildMultipartUploadResumeResponse]:
    body = BuildMultipartUploadResumeRequest(
        upload_id=upload_id if isinstance(upload_id, UUID) else UUID(upload_id),
        s3_upload_id=s3_upload_id, version=job.version, file_name=source.name,
        file_size=source.size,
    )
    return call(resume_build_multipart_upload, BuildMultipartUploadResumeResponse,
                app_id=job.app_id, body=body, **job.request_options)


def _plan(started: BuildMultipartUploadStartResponse, source: UploadSource) -> Plan[MultipartSession]:
    try:
        return MultipartSession.from_response(started, source.size, source.label)
    except UploadError:
        yield from _abort(started.abort_url)
        raise


def _resume(job: UploadJob, source: UploadSource, store: ResumeStore,
            state: ResumeState) -> Plan[MultipartSession | None]:
    """The interrupted upload with fresh URLs and the parts S3 holds; None to start over."""
    try:
        response = yield from send(_resume_call(job, source, state.upload_id, state.s3_upload_id))
    except APIStatusError as error:
        if error.status_code not in (409, 410) and not is_unsupported(error):
            raise  # keep the state: the next attempt may resume
        logger.info("interrupted upload can no longer be resumed (HTTP %d): starting over",
                    error.status_code)
        store.discard()
        return None
    session = MultipartSession.from_response(response, source.size, source.label)
    logger.info("resuming %s: %d of %d parts already uploaded", source.label,
                len(session.etags), len(session.spans))
    return session


def _send_parts(job: UploadJob, source: UploadSource, session: MultipartSession) -> Plan[None]:
    """Passes over the missing parts until none is left, the link stalls, or URLs stay refused."""
    scheduler = PassScheduler(job.concurrency, job.tuning.stall_passes)
    refreshes = 0
    count = len(session.spans)
    while missing := session.missing():
        outcomes = yield from gather([
            transfer(Transfer(f"{source.label} part {span.number}/{count}", span.number,
                              session.urls[span.number], span.offset, span.length,
                              part_timeout(span.length), require_etag=True), job.tuning)
            for span in missing
        ], scheduler.concurrency)
        sent = [outcome for outcome in outcomes if isinstance(outcome, Sent)]
        session.etags.update({outcome.key: outcome.etag for outcome in sent})
        if refused := [outcome.key for outcome in outcomes if isinstance(outcome, Refused)]:
            if refreshes == job.tuning.url_refreshes:
                raise UploadError(f"{source.label}: the object store keeps refusing part "
                                  f"{refused[0]} (HTTP 403) even with freshly presigned URLs",
                                  status_code=403)
            refreshes += 1
            logger.info("%s: %d part URL(s) refused (expired?): fetching fresh ones",
                        source.label, len(refused))
            fresh = yield from send(_resume_call(job, source, session.upload_id,
                                                session.s3_upload_id))
            session.refresh(fresh)
            continue
        gave_up = [outcome for outcome in outcomes if isinstance(outcome, GaveUp)]
        if gave_up and not scheduler.after_pass(progressed=bool(sent)):
            raise UploadInterruptedError(
                f"{source.label}: upload interrupted with {len(session.etags)} of {count} parts "
                f"sent (part {gave_up[0].key}: {gave_up[0].reason}); {_resume_hint(job)}",
                resumable=job.resume_store is not None,
            )


def _assemble(job: UploadJob, source: UploadSource, session: MultipartSession) -> Plan[None]:
    """POST the part list to S3's complete URL, retrying transient and 200-with-<Error> answers."""
    request = SendRaw("POST", session.complete_url, UPLOAD_TIMEOUT, session.complete_xml(),
                      {"Content-Type": "application/xml"})
    reason = ""
    for attempt in range(job.tuning.attempts):
        if attempt:
            yield from _sleep_before_retry(job, attempt, f"{source.label}: assembling", reason)
        try:
            response = yield from send_raw(request)
        except httpx.TransportError as error:
            reason = describe_transport_error(error)
            continue
        verdict = judge_complete(response, attempt)
        if verdict is CompleteVerdict.DONE:
            return
        reason = store_error_summary(response)
        if verdict is CompleteVerdict.PERMANENT:
            raise UploadError(f"{source.label}: the object store could not assemble the parts: "
                              f"{reason}", status_code=response.status_code)
    raise UploadInterruptedError(
        f"{source.label}: assembling the uploaded parts failed {job.tuning.attempts} times "
        f"({reason}); {_resume_hint(job)}",
        resumable=job.resume_store is not None,
    )


def _sleep_before_retry(job: UploadJob, attempt: int, what: str, reason: str) -> Plan[None]:
    delay = job.tuning.backoff(attempt - 1)
    logger.info("%s: retrying in %.2fs after %s", what, delay, reason)
    yield from sleep(delay)


def _abort(abort_url: str) -> Plan[None]:
    """Best effort: free the parts now (S3's lifecycle rule would, eventually)."""
    if not abort_url:
        return
    try:
        response = yield from send_raw(SendRaw("DELETE", abort_url, CLEANUP_TIMEOUT))
    except httpx.TransportError as error:
        logger.info("could not abort the multipart upload: %s", describe_transport_error(error))
        return
    if response.status_code >= 300:
        logger.info("could not abort the multipart upload: %s", store_error_summary(response))


def _resume_hint(job: UploadJob) -> str:
    if job.resume_store is not None:
        return "upload again with resume=True to send only the missing parts"
    return "retry; pass resume=True so a retry sends only the missing parts"


# --- Flow B: legacy row-backed presigned upload ---------------------------------------------

def _legacy(job: UploadJob, source: UploadSource) -> Plan[BuildResponse]:
    """Older backends: the build row exists from step 1, so any later failure deletes it."""
    created = yield from send(call(
        create_build_upload_url, BuildCreateResponse, safety=Safety.UNSAFE, app_id=job.app_id,
        version=job.version, file_name=source.name, source=UPLOAD_SOURCE, **job.request_options,
    ))
    try:
        yield from _single_put(job, source, created.upload_url, created.content_type)
        extracted = yield from send(call(extract_build_package_id, ExtractBuildPackageIdResponse,
                                        version_id=created.version_id, **job.request_options))
        package_id = extracted.package_id if isinstance(extracted.package_id, str) else ""
        if extracted.error or not package_id:
            raise RevylError(f"{source.label}: Revyl could not read the package id from the "
                             f"build: {extracted.error or 'no package id found'}")
        metadata = {**_metadata(job), "package_id": package_id}
        completed = yield from send(call(
            complete_build_upload, object, version_id=created.version_id,
            body=BuildUploadCompleteRequest(
                version_id=created.version_id, package_name=package_id,
                set_as_current=job.set_as_current,
                metadata=BuildUploadCompleteRequestMetadataType0.from_dict(metadata),
            ),
            **job.request_options,
        ))
    except Exception:
        yield from _delete_row(job, created.version_id)
        raise
    answer = completed if isinstance(completed, dict) else {}
    return BuildResponse.from_dict({
        "id": str(answer.get("version_id") or created.version_id),
        "app_id": job.app_id,
        "version": answer.get("version") or created.version,
        "package_name": answer.get("package_id") or package_id,
        "metadata": metadata,
    })


def _delete_row(job: UploadJob, version_id: UUID) -> Plan[None]:
    try:
        yield from send(call(delete_build, object, version_id=version_id, timeout=CLEANUP_TIMEOUT))
    except RevylError as error:
        logger.info("could not delete the half-created build %s: %s", version_id, error)
