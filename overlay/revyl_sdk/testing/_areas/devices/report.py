"""A device session's reports-v3 report (`by-session/{id}/context`), its media and device logs.

The report has one step per AI step sent to the session (instruct, validate, extract), in
order: running, then passed or failed as its script says, or cancelled. A step that ran
to its end has one action with a before and an after screenshot, as a test run's report
has. Hardware metrics and network requests (gzipped JSON) and device logs exist from the
start; the video once the session has ended.
"""

from __future__ import annotations

import gzip
import json
import time
from typing import Any

from ..._state.devices import DeviceRow, StepRun
from ..._state.ids import iso
from ..._state.store import ORG_ID, Store
from ..reports.media import Media, mp4
from ..reports.shapes import counts, report_step, screenshot_action
from .shapes import step_reason

# `StepRun.status` (the live step's words) -> a report step's status.
_STATUS = {"running": "running", "completed": "passed", "failed": "failed", "cancelled": "cancelled"}


def _media(store: Store, row: DeviceRow) -> Media:
    return Media(store, f"device-sessions/{row.id}")


def _ended_at(step: StepRun) -> float:
    return step.cancelled_at or step.started_at + step.seconds


def _step(row: DeviceRow, order: int, step: StepRun, now: float, media: Media) -> dict[str, Any]:
    status = _STATUS[step.status(now)]
    started = iso(step.started_at)
    finished = None if status == "running" else iso(_ended_at(step))
    actions = [] if status in ("running", "cancelled") else [screenshot_action(
        media, step.id, order, validation=step.step_type == "validation", description=step.description,
        failed=status == "failed", started=started, finished=finished)]
    return report_step(step_id=step.id, report_id=row.report_id, order=order, step_type=step.step_type,
                       description=step.description, status=status, reason=step_reason(step, status),
                       started=started, finished=finished, actions=actions)


def _gzipped_json(content: dict[str, Any]) -> bytes:
    return gzip.compress(json.dumps(content).encode(), mtime=0)


def _media_urls(store: Store, row: DeviceRow, media: Media) -> dict[str, str | None]:
    video = None if row.active else media.url("video.mp4", mp4(row.duration() or 0.0))
    return {
        "video_url": video,
        "hardware_metrics_url": media.url("hardware_metrics.json.gz", _gzipped_json({"samples": []})),
        "network_requests_url": media.url("network_requests.json.gz",
                                          _gzipped_json({"items": [], "session_id": row.id})),
        "perfetto_trace_url": None, "device_state_url": None,
    }


def context(store: Store, row: DeviceRow, now: float) -> dict[str, Any]:
    """ReportContextResponse of a session."""
    media = _media(store, row)
    steps = [_step(row, order, step, now, media) for order, step in enumerate(row.steps.values(), start=1)]
    width, height = row.device.size
    return {
        "id": row.report_id, "org_id": ORG_ID, "report_url": None, "session_id": row.id, "execution_id": None,
        "session_status": row.status, "platform": row.platform, "device_model": row.device_model,
        "os_version": row.os_version, "trace_id": row.trace_id,
        "device_metadata": {"width": width, "height": height, "platform": row.platform},
        "screen_width": width, "screen_height": height, "started_at": iso(row.created_at),
        "completed_at": iso(row.ended_at), "duration_seconds": row.duration(), **counts(steps),
        "success": None if row.active else all(step["status"] == "passed" for step in steps),
        "error_message": row.error_message, "steps": steps, **_media_urls(store, row, media),
    }


def device_logs(store: Store, row: DeviceRow) -> dict[str, Any]:
    """DeviceLogsDownloadResponse: logcat-style lines of the session's steps so far."""
    now = time.time()
    lines = [f"{iso(row.created_at)} I/RevylDevice( 4242): session {row.id} on {row.platform}"]
    for order, step in enumerate(row.steps.values(), start=1):
        lines.append(f"{iso(step.started_at)} I/RevylAgent( 4242): step {order} {step.step_type}: {step.description}")
        reason = step_reason(step, _STATUS[step.status(now)])
        if reason is not None:
            lines.append(f"{iso(_ended_at(step))} E/RevylAgent( 4242): {reason}")
    content = ("\n".join(lines) + "\n").encode()
    return {"download_url": _media(store, row).url("device.log", content), "filename": "device-logs.txt",
            "compressed": False, "file_size_bytes": len(content), "partial": row.active}
