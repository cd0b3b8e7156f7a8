"""Fetching reports: the requests as plans free of I/O (`_core.runtime` drives them).

A plan yields `Send(call)` and receives the answer (or has its error thrown in), so the
rules (a 404 on the context means no report; on the device logs, no logs) live once, for
test runs and device sessions alike.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Literal, TypeVar, Unpack
from urllib.parse import quote

from revyl_api.api.reports_v3 import (
    get_device_logs_download_url,
    get_report_context_by_execution,
    get_report_context_by_session,
)
from revyl_api.api.workflow_share import get_unified_workflow_report
from revyl_api.models import (
    DeviceLogsDownloadResponse,
    ReportContextResponse,
    UnifiedWorkflowReportRequest,
    UnifiedWorkflowReportResponse,
)
from revyl_api.types import Unset

from .._core.base_client import APICall
from .._core.calls import call
from .._core.effects import Plan, Send
from .._core.exceptions import NotFoundError
from .._core.resource import RequestOptions
from .model import DeviceReport, ReportUnavailableError, RunReport, WorkflowReport
from .parse import device_report, run_report

__all__ = [
    "device_report_plan",
    "run_report_plan",
    "session_context_call",
    "workflow_report_plan",
]

T = TypeVar("T")
ReportT = TypeVar("ReportT", RunReport, DeviceReport)


def _context_call(task_id: str) -> APICall[ReportContextResponse]:
    # LLM transcripts can be megabytes per step and no part of the typed report needs them.
    return call(get_report_context_by_execution, ReportContextResponse, execution_id=task_id,
                include_steps=True, include_actions=True, include_llm_calls=False)


def session_context_call(session_id: str, **options: Unpack[RequestOptions]) -> APICall[ReportContextResponse]:
    """A device session's report context (DEVICES.md §5), without LLM transcripts as above."""
    return call(get_report_context_by_session, ReportContextResponse, session_id=session_id,
                include_steps=True, include_actions=True, include_llm_calls=False, **options)


def _device_logs_call(report_id: str, **options: Unpack[RequestOptions]) -> APICall[DeviceLogsDownloadResponse]:
    return call(get_device_logs_download_url, DeviceLogsDownloadResponse, report_id=report_id, **options)


def app_report_url(kind: Literal["tests", "workflows"], key: str, *,
                   by: Literal["taskId", "sessionId"] = "taskId") -> str:
    """The report's page in the Revyl app, built as Revyl's CLI builds it (BEHAVIOR §6;
    `REVYL_APP_URL` overrides): a run's by its task id, a device session's by its id."""
    app = os.environ.get("REVYL_APP_URL", "").strip() or "https://app.revyl.ai"
    return f"{app.rstrip('/')}/{kind}/report?{by}={quote(key, safe='')}"


def _linked(report: ReportT, page: str) -> ReportT:
    """`report` with `page` as its `report_url` unless Revyl's answer gave one (preferred)."""
    return report if report.report_url is not None else dataclasses.replace(report, report_url=page)


def _why_missing(error: NotFoundError) -> str:
    """Revyl's two 404s (BEHAVIOR §6): a run without a v3 report, or a backend without the route."""
    detail = error.detail
    if isinstance(detail, dict) and detail.get("use_legacy"):
        return "the run has no reports-v3 report (an older run, or one that never started)"
    return str(detail) if detail else "not found"


_Answers = tuple[ReportContextResponse, DeviceLogsDownloadResponse | None]


def _answers(context_call: APICall[ReportContextResponse], unavailable: Callable[[str], ReportUnavailableError],
             **options: Unpack[RequestOptions]) -> Plan[_Answers]:
    """Context, then device logs (which only the report's id can presign)."""
    try:
        context: ReportContextResponse = yield Send(context_call)
    except NotFoundError as error:
        raise unavailable(_why_missing(error)) from None
    try:
        logs: DeviceLogsDownloadResponse | None = yield Send(_device_logs_call(context.id, **options))
    except NotFoundError:
        logs = None  # it kept no device logs
    return context, logs


def run_report_plan(task_id: str) -> Plan[RunReport]:
    """A test run's report, by its task id."""
    context, logs = yield from _answers(_context_call(task_id), lambda why: ReportUnavailableError(task_id, why))
    report = run_report(task_id, context, logs)
    return _linked(report, app_report_url("tests", report.task_id))


def device_report_plan(session_id: str, **options: Unpack[RequestOptions]) -> Plan[DeviceReport]:
    """A device session's report, by its session id; `options` apply to each request."""
    context, logs = yield from _answers(
        session_context_call(session_id, **options),
        lambda why: ReportUnavailableError(None, why, session_id=session_id), **options)
    return _linked(device_report(session_id, context, logs), app_report_url("tests", session_id, by="sessionId"))


def workflow_report_plan(task_id: str) -> Plan[WorkflowReport]:
    """The workflow's unified report (names, child runs), then each child's report."""
    unified: UnifiedWorkflowReportResponse = yield Send(call(
        get_unified_workflow_report, UnifiedWorkflowReportResponse,
        body=UnifiedWorkflowReportRequest(workflow_task_id=task_id)))
    detail = None if isinstance(unified.workflow_detail, Unset) else unified.workflow_detail
    children = [] if isinstance(unified.child_tasks, Unset) else unified.child_tasks
    reports: list[RunReport] = []
    unavailable: list[str] = []
    for child in children:
        try:
            reports.append((yield from run_report_plan(child.task_id)))
        except ReportUnavailableError:
            unavailable.append(child.task_id)
    workflow_id = unified.workflow_task.workflow_id
    return WorkflowReport(
        task_id=task_id,
        workflow_id=None if isinstance(workflow_id, Unset) else workflow_id,
        workflow_name=None if detail is None or isinstance(detail.name, Unset) else detail.name,
        tests=tuple(reports),
        unavailable=tuple(unavailable),
        report_url=app_report_url("workflows", task_id),
    )
