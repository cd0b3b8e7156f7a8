"""Revyl's report answers -> `RunReport` or `DeviceReport`, free of I/O.

The context answer (`ReportContextResponse`) carries the steps, actions, screenshots,
validations, summary and media links; the device logs come from a second call, as only
it can presign them. Reading is lenient where the backend is: a field that is absent or
of an unexpected shape reads as "not known" instead of failing the whole report.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from revyl_api.models import (
    DeviceLogsDownloadResponse,
    ReportContextActionResponse,
    ReportContextResponse,
    ReportContextStepResponse,
)
from revyl_api.types import Unset

from .model import BaseReport, DeviceReport, ReportAction, ReportStep, ReportSummary, RunReport, Validation

__all__ = ["device_report", "run_report"]

T = TypeVar("T")
ReportT = TypeVar("ReportT", bound=BaseReport)


def _known(value: T | Unset | None) -> T | None:
    return None if isinstance(value, Unset) else value


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _moment(value: object) -> datetime | None:
    """An ISO-8601 time as Revyl writes them (`...Z` or an offset), else None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _action(action: ReportContextActionResponse) -> ReportAction:
    return ReportAction(
        index=action.action_index,
        type=_text(_known(action.action_type)),
        description=_text(_known(action.agent_description)),
        reasoning=_text(_known(action.reasoning)),
        screenshot_before_url=_text(_known(action.screenshot_before_url)),
        screenshot_after_url=_text(_known(action.screenshot_after_url)),
    )


def _status(step: ReportContextStepResponse) -> str:
    """Revyl's effective status, falling back to the raw status, then to `success`."""
    for value in (_known(step.effective_status), _known(step.status)):
        if isinstance(value, str) and value.strip() and value.strip().lower() != "pending":
            return value.strip().lower()
    success = _known(step.success)
    if success is not None:
        return "passed" if success else "failed"
    return "pending"


def _step(step: ReportContextStepResponse) -> ReportStep:
    actions = _known(step.actions) or []
    return ReportStep(
        index=step.execution_order,
        id=step.id,
        parent_id=_text(_known(step.parent_step_id)),
        type=step.step_type,
        description=_text(_known(step.step_description)),
        status=_status(step),
        status_reason=_text(_known(step.effective_status_reason)) or _text(_known(step.status_reason)),
        error=_text(_known(step.error_message)),
        started_at=_moment(_known(step.started_at)),
        completed_at=_moment(_known(step.completed_at)),
        actions=tuple(_action(action) for action in sorted(actions, key=lambda a: a.action_index)),
        validation_passed=_known(step.validation_result),
        validation_reasoning=_text(_known(step.validation_reasoning)),
    )


def _is_validation(step: ReportStep) -> bool:
    return step.type.lower() == "validation" or step.validation_passed is not None


def _device(context: ReportContextResponse) -> str | None:
    model = _text(_known(context.device_model))
    version = _text(_known(context.os_version))
    if model and version:
        return f"{model} ({version})"
    return model or version


def _count(value: int | Unset, fallback: int) -> int:
    return value if isinstance(value, int) and value else fallback


def _report(kind: type[ReportT], context: ReportContextResponse, device_logs: DeviceLogsDownloadResponse | None,
            **identity: Any) -> ReportT:
    """`kind` (a run's or a session's report) from the context they share; `identity` is what differs."""
    steps = tuple(sorted((_step(step) for step in _known(context.steps) or []), key=lambda s: s.index))
    validations = tuple(
        Validation(step_index=step.index, description=step.description, passed=step.validation_passed,
                   reasoning=step.validation_reasoning)
        for step in steps if _is_validation(step)
    )
    tldr = _known(context.tldr)
    summary = ReportSummary(
        total_steps=_count(context.total_steps, len(steps)),
        passed_steps=_count(context.effective_passed_steps, 0) or _count(context.passed_steps, 0),
        failed_steps=_count(context.effective_failed_steps, 0) or _count(context.failed_steps, 0),
        warning_steps=_count(context.effective_warning_steps, 0) or _count(context.warning_steps, 0),
        total_validations=_count(context.total_validations, len(validations)),
        passed_validations=_count(context.validations_passed, 0),
        goal=_text(_known(context.test_goal_summary)),
        tldr=_text(tldr.test_case) if tldr is not None else None,
        insights=tuple(text for text in (tldr.insights if tldr is not None else []) if _text(text)),
    )
    duration: Any = _known(context.duration_seconds)
    return kind(
        report_id=context.id,
        test_id=_text(_known(context.test_id)),
        test_name=_text(_known(context.test_name)),
        platform=_text(_known(context.platform)),
        device=_device(context),
        passed=_known(context.success),
        error_message=_text(_known(context.error_message)),
        duration=float(duration) if isinstance(duration, int | float) else None,
        started_at=_moment(_known(context.started_at)),
        completed_at=_moment(_known(context.completed_at)),
        steps=steps,
        validations=validations,
        summary=summary,
        report_url=_text(_known(context.report_url)),
        video_url=_text(_known(context.video_url)),
        device_logs_url=device_logs.download_url if device_logs is not None else None,
        device_logs_filename=device_logs.filename if device_logs is not None else None,
        network_log_url=_text(_known(context.network_requests_url)),
        perfetto_trace_url=_text(_known(context.perfetto_trace_url)),
        hardware_metrics_url=_text(_known(context.hardware_metrics_url)),
        device_state_url=_text(_known(context.device_state_url)),
        **identity,
    )


def run_report(task_id: str, context: ReportContextResponse,
               device_logs: DeviceLogsDownloadResponse | None) -> RunReport:
    """The typed report of run `task_id` from its context and (when it has any) device logs."""
    return _report(RunReport, context, device_logs, task_id=_text(_known(context.execution_id)) or task_id)


def device_report(session_id: str, context: ReportContextResponse,
                  device_logs: DeviceLogsDownloadResponse | None) -> DeviceReport:
    """The typed report of device session `session_id`, read the same way as a run's."""
    return _report(DeviceReport, context, device_logs, session_id=session_id,
                   status=_text(_known(context.session_status)))
