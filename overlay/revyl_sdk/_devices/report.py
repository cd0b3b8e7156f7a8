"""A device session's report (by session id) and the download of its artifacts.

DEVICES.md §5: `GET /api/v1/reports-v3/reports/by-session/{session_id}/context` gives the
report with presigned artifact URLs (video, Perfetto trace, hardware metrics, network
requests, device state), fetched with a plain GET and no API key.

Run reports of tests (`result.report()`) are built elsewhere; `DeviceReport` keeps the
generated `ReportContextResponse` in `raw` so the two can share one report model later.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import httpx
from revyl_api.models import ReportContextResponse
from revyl_api.types import Unset

from .._core.exceptions import RevylError
from .._core.logging import redact_url

__all__ = ["DeviceReport", "artifact_path", "download_async", "download_sync", "report_of"]

# Report field -> file name when the URL's own name is not usable.
_ARTIFACTS = {
    "video_url": "video.mp4",
    "perfetto_trace_url": "perfetto_trace.pb",
    "hardware_metrics_url": "hardware_metrics.json.gz",
    "network_requests_url": "network_requests.json.gz",
    "device_state_url": "device_state.json.gz",
}
_DOWNLOAD_TIMEOUT = httpx.Timeout(300.0, connect=10.0)
_CHUNK = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class DeviceReport:
    """What Revyl recorded of a device session: outcome, step counts and artifact links."""

    session_id: str
    report_id: str
    status: str | None
    """The session's status when the report was read (`running`, `completed`...)."""
    success: bool | None
    total_steps: int
    passed_steps: int
    failed_steps: int
    duration: float | None
    """Seconds, when Revyl reports it."""
    error_message: str | None
    report_url: str | None
    artifacts: Mapping[str, str] = field(repr=False)
    """Artifact name (`video`, `perfetto_trace`, ...) -> presigned URL; only those present."""
    raw: ReportContextResponse = field(repr=False)


def report_of(session_id: str, context: ReportContextResponse) -> DeviceReport:
    artifacts = {name.removesuffix("_url"): url for name in _ARTIFACTS
                 if isinstance(url := getattr(context, name), str) and url}
    return DeviceReport(
        session_id=session_id, report_id=context.id, status=_opt(context.session_status),
        success=_opt(context.success), total_steps=_count(context.total_steps),
        passed_steps=_count(context.passed_steps), failed_steps=_count(context.failed_steps),
        duration=_opt(context.duration_seconds), error_message=_opt(context.error_message),
        report_url=_opt(context.report_url), artifacts=artifacts, raw=context)


def artifact_path(directory: Path, name: str, url: str) -> Path:
    """Where artifact `name` goes: the URL's own file name when it has one, else a default."""
    own = os.path.basename(urlsplit(url).path)
    return directory / (own if own and "." in own else _ARTIFACTS[f"{name}_url"])


def download_sync(http: httpx.Client, report: DeviceReport, directory: str | os.PathLike[str]) -> dict[str, Path]:
    folder = _folder(directory)
    saved = {}
    for name, url in report.artifacts.items():
        target = artifact_path(folder, name, url)
        with _writing(target) as file:
            try:
                with http.stream("GET", url, timeout=_DOWNLOAD_TIMEOUT) as response:
                    _check(response, name, url)
                    for chunk in response.iter_bytes(_CHUNK):
                        file.write(chunk)
            except httpx.TransportError as error:
                raise RevylError(f"Downloading {name} from {redact_url(url)} failed: {error}") from None
        saved[name] = target
    return saved


async def download_async(http: httpx.AsyncClient, report: DeviceReport,
                         directory: str | os.PathLike[str]) -> dict[str, Path]:
    folder = _folder(directory)
    saved = {}
    for name, url in report.artifacts.items():
        target = artifact_path(folder, name, url)
        with _writing(target) as file:
            try:
                async with http.stream("GET", url, timeout=_DOWNLOAD_TIMEOUT) as response:
                    _check(response, name, url)
                    async for chunk in response.aiter_bytes(_CHUNK):
                        file.write(chunk)
            except httpx.TransportError as error:
                raise RevylError(f"Downloading {name} from {redact_url(url)} failed: {error}") from None
        saved[name] = target
    return saved


@contextlib.contextmanager
def _writing(target: Path) -> Iterator[BinaryIO]:
    """A `.part` file beside `target`, renamed onto it only when the block succeeds."""
    partial = target.with_name(target.name + ".part")
    try:
        file = partial.open("wb")
    except OSError as error:
        raise RevylError(f"Cannot write {target}: {error.strerror}") from None
    try:
        with file:
            yield file
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _folder(directory: str | os.PathLike[str]) -> Path:
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RevylError(f"Cannot create {folder}: {error.strerror}") from None
    return folder


def _check(response: httpx.Response, name: str, url: str) -> None:
    if response.status_code != 200:
        raise RevylError(f"Downloading {name} from {redact_url(url)} failed: HTTP {response.status_code}")


def _opt(value: object) -> Any:
    return None if isinstance(value, Unset) else value


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
