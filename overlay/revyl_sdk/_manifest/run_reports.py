"""What a finished run gives on request: `result.report()` and `result.download_artifacts()`
(sync and async results alike; artifact URLs come from the same report)."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_TEST_REPORT = Needs(
    (
        Operation("GET /api/v1/reports-v3/reports/by-execution/{execution_id}/context",
                  "reports_v3.get_report_context_by_execution",
                  ("execution_id", "include_steps", "include_actions", "include_llm_calls")),
        Operation("GET /api/v1/reports-v3/reports/{report_id}/device-logs",
                  "reports_v3.get_device_logs_download_url", ("report_id",)),
    ),
    (
        Model("ReportContextResponse", (
            "id", "execution_id", "test_id", "test_name", "platform", "device_model", "os_version", "success",
            "error_message", "duration_seconds", "started_at", "completed_at", "steps", "total_steps",
            "passed_steps", "failed_steps", "warning_steps", "effective_passed_steps", "effective_failed_steps",
            "effective_warning_steps", "total_validations", "validations_passed", "test_goal_summary", "tldr",
            "report_url", "video_url", "network_requests_url",
        )),
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
    ),
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
