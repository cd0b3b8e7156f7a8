"""`builds.upload`: argument checks, and the upload flow run by `_core.runtime`."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from revyl_api.models import BuildResponse

from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.exceptions import RevylError
from .._core.resource import RequestOptions, split_request_options
from .._core.runtime import run_async, run_sync
from . import plan as upload_plan
from .flow import UploadJob, upload_build
from .plan import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    MULTIPART_THRESHOLD,
    SINGLE_PUT_LIMIT,
)
from .progress import ByteProgress, ProgressCallback, TerminalProgressBar
from .resume import DEFAULT_RESUME_DIR, ResumeStore
from .source import FileInput, UploadSource
from .store_io import AsyncStoreIO, SyncStoreIO

__all__ = ["UploadOptions", "UploadRequest", "upload_async", "upload_sync"]


class UploadOptions(RequestOptions, total=False):
    """What `builds.upload` accepts besides the app, the file and the version."""

    set_as_current: bool
    metadata: Mapping[str, Any]
    on_progress: ProgressCallback
    part_size: int
    concurrency: int
    resume: bool
    file_name: str
    resume_dir: str | os.PathLike[str]
    progress_bar: bool


@dataclass(frozen=True)
class UploadRequest:
    """The arguments of `builds.upload`, as given."""

    app_id: str
    file: FileInput
    version: str
    set_as_current: bool
    metadata: Mapping[str, Any] | None
    on_progress: ProgressCallback | None
    part_size: int | None
    concurrency: int | None
    resume: bool
    file_name: str | None
    resume_dir: str | os.PathLike[str] | None
    progress_bar: bool
    request_options: RequestOptions

    @classmethod
    def of(cls, app_id: str, file: FileInput, version: str, options: UploadOptions) -> UploadRequest:
        _, request_options = split_request_options(dict(options))
        return cls(
            app_id=app_id,
            file=file,
            version=version,
            set_as_current=options.get("set_as_current", False),
            metadata=options.get("metadata"),
            on_progress=options.get("on_progress"),
            part_size=options.get("part_size"),
            concurrency=options.get("concurrency"),
            resume=options.get("resume", False),
            file_name=options.get("file_name"),
            resume_dir=options.get("resume_dir"),
            progress_bar=options.get("progress_bar", True),
            request_options=cast(RequestOptions, request_options),
        )


def upload_sync(api: SyncAPIClient, request: UploadRequest) -> BuildResponse:
    with _prepared(request) as (job, source, progress):
        store = SyncStoreIO(api.http_client, source, progress, job.tuning.chunk_size)
        return run_sync(api, upload_build(job, source, progress), store.handlers)


async def upload_async(api: AsyncAPIClient, request: UploadRequest) -> BuildResponse:
    with _prepared(request) as (job, source, progress):
        store = AsyncStoreIO(api.http_client, source, progress, job.tuning.chunk_size)
        return await run_async(api, upload_build(job, source, progress), store.handlers)


@contextlib.contextmanager
def _prepared(request: UploadRequest) -> Iterator[tuple[UploadJob, UploadSource, ByteProgress]]:
    """Validate the arguments, open the file, and close it (and the progress bar) afterwards."""
    if not isinstance(request.version, str) or not request.version.strip():
        raise RevylError("upload needs a non-empty version=...")
    single_put_max = _single_put_max(request.part_size)
    concurrency = _concurrency(request.concurrency)
    source = UploadSource.open(request.file, request.file_name)
    try:
        job = UploadJob(
            app_id=request.app_id,
            version=request.version,
            metadata=dict(request.metadata or {}),
            set_as_current=request.set_as_current,
            single_put_max=single_put_max,
            concurrency=concurrency,
            resume_store=_resume_store(request, source) if request.resume else None,
            request_options=request.request_options,
            tuning=upload_plan.DEFAULT_TUNING,
        )
        listeners = [request.on_progress] if request.on_progress else []
        bar = TerminalProgressBar(source.name) if request.progress_bar and TerminalProgressBar.wanted() else None
        if bar is not None:
            listeners.append(bar)
        try:
            yield job, source, ByteProgress(source.size, listeners)
        finally:
            if bar is not None:
                bar.close()
    finally:
        source.close()


def _single_put_max(part_size: int | None) -> int:
    if part_size is None:
        return MULTIPART_THRESHOLD
    if isinstance(part_size, bool) or not isinstance(part_size, int) or not 1 <= part_size <= SINGLE_PUT_LIMIT:
        raise RevylError(f"part_size must be a byte count from 1 to 5 GiB, got {part_size!r}")
    return part_size


def _concurrency(concurrency: int | None) -> int:
    if concurrency is None:
        # Same knob as the CLI; out-of-range values are clamped there too.
        try:
            configured = int(os.environ.get("REVYL_UPLOAD_CONCURRENCY", DEFAULT_CONCURRENCY))
        except ValueError:
            return DEFAULT_CONCURRENCY
        return min(max(configured, 1), MAX_CONCURRENCY)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise RevylError(f"concurrency must be from 1 to {MAX_CONCURRENCY}, got {concurrency!r}")
    return concurrency


def _resume_store(request: UploadRequest, source: UploadSource) -> ResumeStore:
    if source.path is None:
        raise RevylError(f"{source.label}: resume=True needs a file on disk (a path, or a file object opened from one)")
    return ResumeStore(
        request.resume_dir or DEFAULT_RESUME_DIR,
        app_id=request.app_id,
        version=request.version,
        path=source.path,
        size=source.size,
    )
