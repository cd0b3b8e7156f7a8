"""The reports-v3 report of a run, derived from its row, and its media as real files.

A run's report has one step per step it played: passed up to where it stopped, the step
it failed at marked failed with the run's error, the rest pending. Each step that ran has
one action with a before and an after screenshot (small PNGs, green or red). A finished
run also has a video (an MP4 header and filler), device logs (logcat-style lines) and a
network log (JSON), unless its script leaves them out. Files are written into the object
store on first request and served through presigned GETs, as S3 serves Revyl's.

Step times are spread evenly over the run's start and end: the emulator does not keep
per-step clocks.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any
from urllib.parse import quote

from ..._state.ids import iso
from ..._state.runs import TestTask
from ..._state.store import ORG_ID, Store
from .media import Media, mp4
from .shapes import counts, report_step, screenshot_action

_STEP_KINDS = {"validation": "validation", "extraction": "extraction", "manual": "manual",
               "code_execution": "code_execution", "module_import": "module_import"}


def report_id(task_id: str) -> str:
    """Each run's report id, stable without keeping state."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"revyl-emulator-report:{task_id}"))


def task_of_report(store: Store, wanted: str) -> TestTask | None:
    return next((task for task in store.runs.tests.values() if report_id(task.id) == wanted), None)


def has_report(task: TestTask) -> bool:
    """Revyl opens a report when the device starts the run; a queued run has none yet."""
    return task.started_at is not None


def _kinds(blocks: list[dict[str, Any]]) -> list[str]:
    """Each step's type, in the order `documents.iter_steps` names them."""
    kinds: list[str] = []
    for block in blocks:
        if block.get("type") in ("if", "while"):
            kinds.append(str(block["type"]))
            kinds += _kinds(block.get("thenChildren") or block.get("children") or [])
            kinds += _kinds(block.get("elseChildren") or [])
        else:
            kinds.append(_STEP_KINDS.get(str(block.get("type")), "instructions"))
    return kinds


def _step_status(task: TestTask, index: int) -> str:
    if index < task.steps_completed:
        return "passed"
    if index == task.current_step_index and task.status != "queued":
        if not task.terminal:
            return "running"
        if task.status == "cancelled":
            return "cancelled"
        if not task.passed:
            return "failed"
    return "pending"


def _window(task: TestTask, index: int) -> tuple[str | None, str | None]:
    """When step `index` ran, spread evenly over the run's clock (None if it never ran)."""
    if task.started_at is None:
        return None, None
    ran = min(task.total_steps, max(task.steps_completed, task.current_step_index + 1))
    if index >= ran:
        return None, None
    end = task.completed_at or time.time()
    slot = (end - task.started_at) / max(ran, 1)
    started = task.started_at + index * slot
    finished = started + slot if (index + 1 < ran or task.terminal) else None
    return iso(started), iso(finished)


def _device_log(task: TestTask) -> bytes:
    lines = []
    for index, name in enumerate(task.step_names):
        started, _ = _window(task, index)
        if started is None:
            break
        lines.append(f"{started} I/RevylAgent( 4242): step {index + 1}/{task.total_steps}: {name}")
        if _step_status(task, index) == "failed":
            lines.append(f"{started} E/RevylAgent( 4242): {task.error_message}")
    lines.append(f"{iso(task.completed_at or time.time())} I/ActivityManager(  612): run {task.status}")
    return ("\n".join(lines) + "\n").encode()


def _network_log(task: TestTask) -> bytes:
    requests = [{"method": "GET", "url": f"https://api.example.com/step/{index + 1}", "status": 200,
                 "duration_ms": 40 + index} for index in range(min(task.steps_completed + 1, task.total_steps))]
    return json.dumps({"task_id": task.id, "requests": requests}, indent=2).encode()


def _media(store: Store, task: TestTask) -> Media:
    return Media(store, f"reports/{task.id}")


def _steps(store: Store, task: TestTask, media: Media) -> list[dict[str, Any]]:
    kinds = _kinds(task.test.blocks) or ["instructions"]
    steps = []
    for index, name in enumerate(task.step_names):
        status = _step_status(task, index)
        started, finished = _window(task, index)
        kind = kinds[index % len(kinds)]
        step_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{task.id}/step/{index}"))
        actions = []
        if started is not None and "screenshots" in task.script.artifacts:
            actions.append(screenshot_action(media, step_id, index + 1, validation=kind == "validation",
                                             description=name, failed=status == "failed", started=started,
                                             finished=finished))
        steps.append(report_step(step_id=step_id, report_id=report_id(task.id), order=index + 1, step_type=kind,
                                 description=name, status=status, reason=task.error_message, started=started,
                                 finished=finished, actions=actions))
    return steps


def _tldr(task: TestTask, steps: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not task.terminal:
        return None
    failing = next((step for step in steps if step["effective_status"] == "failed"), None)
    if task.passed:
        account = f"{task.test.name} passed all {len(steps)} steps."
    elif failing is not None:
        account = f"{task.test.name} failed at step {failing['execution_order']} ({failing['step_description']})."
    else:
        account = f"{task.test.name} ended {task.status}."
    moments = ([{"step_reference": str(failing["execution_order"]), "description": task.error_message or "",
                 "importance": "high"}] if failing else [])
    return {"test_case": account, "key_moments": moments,
            "insights": [task.error_message] if task.error_message else [], "llm_metadata": None}


def _media_urls(store: Store, task: TestTask, media: Media) -> dict[str, str | None]:
    wanted = task.script.artifacts
    video = (media.url("video.mp4", mp4(task.execution_seconds() or 0.0))
             if task.terminal and "video" in wanted else None)
    network = media.url("network.json", _network_log(task)) if "network_log" in wanted else None
    return {"video_url": video, "network_requests_url": network}


def _common(store: Store, task: TestTask) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    media = _media(store, task)
    steps = _steps(store, task, media)
    body: dict[str, Any] = {
        "id": report_id(task.id), "execution_id": task.id, "session_id": None, "test_id": task.test.id,
        "test_version_id": None, "org_id": ORG_ID, "started_at": iso(task.started_at),
        "completed_at": iso(task.completed_at), **counts(steps),
        "test_goal_summary": f"Run {task.test.name}: " + "; ".join(dict.fromkeys(task.step_names)),
        "created_at": iso(task.started_at), "updated_at": iso(task.updated_at),
        "test_name": task.test.name, "platform": task.test.platform,
        "session_status": task.status,  # the run's own status: no vocabulary is documented
        "device_model": "Pixel 8" if task.test.platform == "Android" else "iPhone 16",
        "os_version": "Android 14" if task.test.platform == "Android" else "iOS 18.5",
        "locale": "en_US", "whep_url": None, "trace_id": None, "screen_width": 1080, "screen_height": 2400,
        "duration_seconds": task.execution_seconds(), "launch_env_var_keys": [], "launch_env_var_ids": [],
        "success": task.success, "error_message": task.error_message,
        "error_type": None if task.passed or not task.terminal else task.status,
        "workflow_execution_id": task.workflow_task_id, "app_name": None, "system_prompt": None,
        "build_version": None, "test_version_number": task.test.version,
        "perfetto_trace_url": None, "hardware_metrics_url": None, "device_state_url": None,
        "hardware_metrics_partial": None, "device_state_partial": None, "network_requests_partial": False,
        **_media_urls(store, task, media),
    }
    return body, steps


def context(store: Store, task: TestTask, app_url: str) -> dict[str, Any]:
    """ReportContextResponse."""
    body, steps = _common(store, task)
    return {**body, "report_url": f"{app_url.rstrip('/')}/tests/report?taskId={quote(task.id)}",
            "tldr": _tldr(task, steps),
            "device_metadata": {"width": 412, "height": 915, "device_type": body["device_model"],
                                "runtime": body["os_version"], "platform": task.test.platform.lower()},
            "steps": steps}


def report(store: Store, task: TestTask) -> dict[str, Any]:
    """ReportV3Response: the raw report (steps as plain objects)."""
    body, steps = _common(store, task)
    return {**body, "tldr": _tldr(task, steps), "run_config": None, "expected_states": None,
            "s3_bucket": None, "video_s3_key": f"reports/{task.id}/video.mp4" if body["video_url"] else None,
            "device_logs_s3_key": (f"reports/{task.id}/device.log"
                                   if "device_logs" in task.script.artifacts else None),
            "device_metadata": None, "app_id": task.test.app_id, "resolved_build_id": task.build_id,
            "steps": steps}


def device_logs(store: Store, task: TestTask) -> dict[str, Any] | None:
    """DeviceLogsDownloadResponse, or None when the run kept no logs."""
    if "device_logs" not in task.script.artifacts:
        return None
    content = _device_log(task)
    return {"download_url": _media(store, task).url("device.log", content), "filename": "device-logs.txt",
            "compressed": False, "file_size_bytes": len(content), "partial": not task.terminal}
