"""What a report gives on request: `result.report()` and `result.download_artifacts()` of a
finished run (sync and async results alike; artifact URLs come from the same report), and
`SESSION_REPORT`, the same reading of a device session's report (used by `devices.py`)."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_DEVICE_LOGS = Operation("GET /api/v1/reports-v3/reports/{report_id}/device-logs",
                         "reports_v3.get_device_logs_download_url", ("report_id",))
_CONTEXT_PARAMS = ("include_steps", "include_actions", "include_llm_calls")
# Fields of `ReportContextResponse` the shared reading uses (`_reports.parse`), of a run or a session.
_CONTEXT_FIELDS = (
    "id", "test_id", "test_name", "platform", "device_model", "os_version", "success",
    "error_message", "duration_seconds", "started_at", "completed_at", "steps", "total_steps",
    "passed_steps", "failed_steps", "warning_steps", "effective_passed_steps", "effective_failed_steps",
    "effective_warning_steps", "total_validations", "validations_passed", "test_goal_summary", "tldr",
    "report_url", "video_url", "network_requests_url", "perfetto_trace_url", "hardware_metrics_url",
    "device_state_url",
)
_PARTS = (
    Model("ReportContextStepResponse", (
        "id", "execution_order", "parent_step_id", "step_type", "step_description", "status",
        "status_reason", "effective_status", "effective_status_reason", "success", "error_message",
        "started_at", "completed_at", "validation_result", "validation_reasoning", "actions",
    )),
    Model("ReportContextActionResponse", (
        "action_index", "action_type", "agent_description", "reasoning", "screenshot_before_url",
        "screenshot_after_url",
    )),
    Model("TLDROutput", ("test_case", "insights")),
    Model("DeviceLogsDownloadResponse", ("download_url", "filename")),
)

_TEST_REPORT = Needs(
    (
        Operation("GET /api/v1/reports-v3/reports/by-execution/{execution_id}/context",
                  "reports_v3.get_report_context_by_execution", ("execution_id", *_CONTEXT_PARAMS)),
        _DEVICE_LOGS,
    ),
    (Model("ReportContextResponse", (*_CONTEXT_FIELDS, "execution_id")), *_PARTS),
)

SESSION_REPORT = Needs(
    (
        Operation("GET /api/v1/reports-v3/reports/by-session/{session_id}/context",
                  "reports_v3.get_report_context_by_session", ("session_id", *_CONTEXT_PARAMS)),
        _DEVICE_LOGS,
    ),
    (Model("ReportContextResponse", (*_CONTEXT_FIELDS, "session_status")), *_PARTS),
)

_WORKFLOW_REPORT = Needs(
    (
        Operation("POST /api/v1/workflows/share/unified-report", "workflow_share.get_unified_workflow_report",
                  ("body",)),
        *_TEST_REPORT.operations,
    ),
    (
        Model("UnifiedWorkflowReportRequest", ("workflow_task_id",)),
        Model("UnifiedWorkflowReportResponse", ("workflow_task", "workflow_detail", "child_tasks")),
        Model("WorkflowTaskInfo", ("workflow_id",)),
        Model("WorkflowDetailInfo", ("name",)),
        Model("ChildTaskReportInfo", ("task_id",)),
        *_TEST_REPORT.models,
    ),
)

METHODS = {
    "TestResult.report": _TEST_REPORT,
    "TestResult.download_artifacts": _TEST_REPORT,
    "WorkflowResult.report": _WORKFLOW_REPORT,
    "WorkflowResult.download_artifacts": _WORKFLOW_REPORT,
}
