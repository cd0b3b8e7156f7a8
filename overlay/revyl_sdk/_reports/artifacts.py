"""Saving a run's media: what to fetch and where it goes (free of I/O), and both drivers.

`artifacts_of(report)` lists what the run has (video, screenshots, device logs, network
log) and the file each lands in; anything the report lacks is simply not listed. The
drivers stream each URL to `<name>.part` in bounded chunks and rename it once complete,
so an interrupted download never leaves a truncated file under the final name.

The URLs are presigned: they go out without the API key, and no log line or error
carries them (the signature is the credential).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Literal

import httpx

from .._core.logging import logger, redact_httpx_logs
from .model import ArtifactDownloadError, RunReport

__all__ = ["Artifact", "DownloadProgress", "artifacts_of", "download", "download_async", "safe_name"]

ArtifactKind = Literal["video", "screenshot", "device_logs", "network_log"]
DownloadProgress = Callable[[Path, int, int | None], object]
"""`on_progress(path, bytes_received, bytes_total_or_None)` as each file arrives."""

CHUNK = 256 * 1024
_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class Artifact:
    kind: ArtifactKind
    name: str
    """Where it goes, relative to the download directory (POSIX separators)."""
    url: str


def safe_name(text: str, fallback: str = "run") -> str:
    """`text` usable as one path component on any OS (no separators, no leading dots)."""
    cleaned = _UNSAFE.sub("_", text).strip(" ._")
    return cleaned[:100] or fallback


def _suffix(url: str, default: str) -> str:
    suffix = PurePosixPath(httpx.URL(url).path).suffix
    return suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", suffix) else default


def artifacts_of(report: RunReport) -> list[Artifact]:
    """Every artifact the report has, in a stable order, each with its file name."""
    found: list[Artifact] = []
    if report.video_url:
        found.append(Artifact("video", "video" + _suffix(report.video_url, ".mp4"), report.video_url))
    for step in report.steps:
        for action in step.actions:
            for moment, url in (("before", action.screenshot_before_url), ("after", action.screenshot_after_url)):
                if url:
                    name = f"screenshots/step-{step.index:02d}-action-{action.index}-{moment}{_suffix(url, '.png')}"
                    found.append(Artifact("screenshot", name, url))
    if report.device_logs_url:
        name = safe_name(report.device_logs_filename or "", "device-logs.txt")
        found.append(Artifact("device_logs", name, report.device_logs_url))
    if report.network_log_url:
        found.append(Artifact("network_log", "network-requests" + _suffix(report.network_log_url, ".json"),
                              report.network_log_url))
    return found


def _described(artifact: Artifact, task_id: str) -> str:
    return f"the {artifact.kind.replace('_', ' ')} of run {task_id} ({artifact.name})"


class _Target:
    """One artifact's file: written to `.part`, renamed into place when complete."""

    def __init__(self, directory: Path, artifact: Artifact, on_progress: DownloadProgress | None) -> None:
        self.path = directory.joinpath(*PurePosixPath(artifact.name).parts)
        self._part = self.path.with_name(self.path.name + ".part")
        self._on_progress = on_progress
        self.received = 0

    @contextlib.contextmanager
    def open(self, total: int | None) -> Iterator[Callable[[bytes], None]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle: IO[bytes] = open(self._part, "wb")  # noqa: SIM115  (closed below, then renamed)
        try:
            def write(chunk: bytes) -> None:
                handle.write(chunk)
                self.received += len(chunk)
                if self._on_progress is not None:
                    self._on_progress(self.path, self.received, total)

            yield write
            handle.close()
            os.replace(self._part, self.path)
        finally:
            handle.close()
            self._part.unlink(missing_ok=True)


def _length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _failure(artifact: Artifact, task_id: str, reason: str) -> ArtifactDownloadError:
    return ArtifactDownloadError(f"could not download {_described(artifact, task_id)}: {reason}")


def _reason(error: httpx.HTTPError) -> str:
    # httpx puts the URL (and so the signature) in its messages: name the error class instead.
    return "timed out" if isinstance(error, httpx.TimeoutException) else type(error).__name__


def download(http: httpx.Client, task_id: str, artifacts: list[Artifact], directory: Path,
             on_progress: DownloadProgress | None = None) -> list[Path]:
    """Save each artifact under `directory`; the paths written, in order.

    An artifact its store no longer has (404) is skipped with a log line; any other
    failure raises `ArtifactDownloadError`, keeping the files already saved.
    """
    redact_httpx_logs()
    saved: list[Path] = []
    for artifact in artifacts:
        target = _Target(directory, artifact, on_progress)
        try:
            with http.stream("GET", artifact.url, timeout=_TIMEOUT) as response:
                if response.status_code == 404:
                    logger.info("skipping %s: the store no longer has it", _described(artifact, task_id))
                    continue
                if response.is_error:
                    raise _failure(artifact, task_id, f"HTTP {response.status_code}")
                with target.open(_length(response)) as write:
                    for chunk in response.iter_bytes(CHUNK):
                        write(chunk)
        except httpx.HTTPError as error:
            raise _failure(artifact, task_id, _reason(error)) from None
        saved.append(target.path)
    return saved


async def download_async(http: httpx.AsyncClient, task_id: str, artifacts: list[Artifact], directory: Path,
                         on_progress: DownloadProgress | None = None) -> list[Path]:
    """`download`, awaiting the network (file writes are small and stay on the loop)."""
    redact_httpx_logs()
    saved: list[Path] = []
    for artifact in artifacts:
        target = _Target(directory, artifact, on_progress)
        try:
            async with http.stream("GET", artifact.url, timeout=_TIMEOUT) as response:
                if response.status_code == 404:
                    logger.info("skipping %s: the store no longer has it", _described(artifact, task_id))
                    continue
                if response.is_error:
                    raise _failure(artifact, task_id, f"HTTP {response.status_code}")
                with target.open(_length(response)) as write:
                    async for chunk in response.aiter_bytes(CHUNK):
                        write(chunk)
        except httpx.HTTPError as error:
            raise _failure(artifact, task_id, _reason(error)) from None
        saved.append(target.path)
    return saved
