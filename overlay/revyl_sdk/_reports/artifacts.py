"""Saving the media of a run or device session: what to fetch and where it goes (free of
I/O), and both drivers.

`artifacts_of(report)` lists what the report has (video, screenshots, device logs, network
log, Perfetto trace, hardware metrics, device state) and the file each lands in; anything
the report lacks is simply not listed. The drivers stream each URL to `<name>.part` in
bounded chunks and rename it once complete, so an interrupted download never leaves a
truncated file under the final name.

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
from .model import ArtifactDownloadError, DeviceReport, RunReport

__all__ = ["Artifact", "DownloadProgress", "artifacts_of", "download", "download_async", "safe_name"]

ArtifactKind = Literal["video", "screenshot", "device_logs", "network_log", "perfetto_trace", "hardware_metrics",
                       "device_state"]
DownloadProgress = Callable[[Path, int, int | None], object]
"""`on_progress(path, bytes_received, bytes_total_or_None)` as each file arrives."""

CHUNK = 256 * 1024
_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")
# A file type as the last suffix, or a gzipped one as the last two (`.json.gz`).
_SUFFIX = re.compile(r"(?<=[^.])(?:\.[A-Za-z]{1,5})?\.gz$|(?<=[^.])\.[A-Za-z0-9]{1,8}$")


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
    found = _SUFFIX.search(PurePosixPath(httpx.URL(url).path).name)
    return found[0] if found else default


def _single(kind: ArtifactKind, url: str | None, stem: str, default_suffix: str) -> list[Artifact]:
    return [Artifact(kind, stem + _suffix(url, default_suffix), url)] if url else []


def artifacts_of(report: RunReport | DeviceReport) -> list[Artifact]:
    """Every artifact the report has, in a stable order, each with its file name."""
    found = _single("video", report.video_url, "video", ".mp4")
    for step in report.steps:
        for action in step.actions:
            for moment, url in (("before", action.screenshot_before_url), ("after", action.screenshot_after_url)):
                if url:
                    name = f"screenshots/step-{step.index:02d}-action-{action.index}-{moment}{_suffix(url, '.png')}"
                    found.append(Artifact("screenshot", name, url))
    if report.device_logs_url:
        name = safe_name(report.device_logs_filename or "", "device-logs.txt")
        found.append(Artifact("device_logs", name, report.device_logs_url))
    return [*found,
            *_single("network_log", report.network_log_url, "network-requests", ".json"),
            *_single("perfetto_trace", report.perfetto_trace_url, "perfetto-trace", ".pb"),
            *_single("hardware_metrics", report.hardware_metrics_url, "hardware-metrics", ".json.gz"),
            *_single("device_state", report.device_state_url, "device-state", ".json.gz")]


def _owner(report: RunReport | DeviceReport) -> str:
    return f"session {report.session_id}" if isinstance(report, DeviceReport) else f"run {report.task_id}"


def _described(artifact: Artifact, owner: str) -> str:
    return f"the {artifact.kind.replace('_', ' ')} of {owner} ({artifact.name})"


class _Target:
    """One artifact's file: written to `.part`, renamed into place when complete."""

    def __init__(self, directory: Path, artifact: Artifact, on_progress: DownloadProgress | None) -> None:
        self.path = directory.joinpath(*PurePosixPath(artifact.name).parts)
        self._part = self.path.with_name(self.path.name + ".part")
        self._on_progress = on_progress
        self.received = 0

    @contextlib.contextmanager
    def open(self, total: int | None) -> Iterator[Callable[[bytes], None]]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle: IO[bytes] = open(self._part, "wb")  # noqa: SIM115  (closed below, then renamed)
        except OSError as error:  # a directory that is a file, or not ours to write in
            raise ArtifactDownloadError(f"cannot write {self.path}: {error.strerror}") from None
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


def _failure(artifact: Artifact, owner: str, reason: str) -> ArtifactDownloadError:
    return ArtifactDownloadError(f"could not download {_described(artifact, owner)}: {reason}")


def _reason(error: httpx.HTTPError) -> str:
    # httpx puts the URL (and so the signature) in its messages: name the error class instead.
    return "timed out" if isinstance(error, httpx.TimeoutException) else type(error).__name__


def _wanted(response: httpx.Response, artifact: Artifact, owner: str) -> bool:
    """Whether to save the answer: a 404 (the store no longer has it) is skipped, other errors raise."""
    if response.status_code == 404:
        logger.info("skipping %s: the store no longer has it", _described(artifact, owner))
        return False
    if response.is_error:
        raise _failure(artifact, owner, f"HTTP {response.status_code}")
    return True


def download(http: httpx.Client, report: RunReport | DeviceReport, directory: Path,
             on_progress: DownloadProgress | None = None) -> list[Path]:
    """Save each artifact of `report` under `directory`; the paths written, in order.

    An artifact its store no longer has (404) is skipped with a log line; any other
    failure raises `ArtifactDownloadError`, keeping the files already saved.
    """
    redact_httpx_logs()
    owner, saved = _owner(report), []
    for artifact in artifacts_of(report):
        target = _Target(directory, artifact, on_progress)
        try:
            with http.stream("GET", artifact.url, timeout=_TIMEOUT) as response:
                if not _wanted(response, artifact, owner):
                    continue
                with target.open(_length(response)) as write:
                    for chunk in response.iter_bytes(CHUNK):
                        write(chunk)
        except httpx.HTTPError as error:
            raise _failure(artifact, owner, _reason(error)) from None
        saved.append(target.path)
    return saved


async def download_async(http: httpx.AsyncClient, report: RunReport | DeviceReport, directory: Path,
                         on_progress: DownloadProgress | None = None) -> list[Path]:
    """`download`, awaiting the network (file writes are small and stay on the loop)."""
    redact_httpx_logs()
    owner, saved = _owner(report), []
    for artifact in artifacts_of(report):
        target = _Target(directory, artifact, on_progress)
        try:
            async with http.stream("GET", artifact.url, timeout=_TIMEOUT) as response:
                if not _wanted(response, artifact, owner):
                    continue
                with target.open(_length(response)) as write:
                    async for chunk in response.aiter_bytes(CHUNK):
                        write(chunk)
        except httpx.HTTPError as error:
            raise _failure(artifact, owner, _reason(error)) from None
        saved.append(target.path)
    return saved
