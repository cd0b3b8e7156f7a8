"""`client.monitor`, and what every wait needs (`tests.wait`, `workflows.wait`, `run.wait()`)."""

from __future__ import annotations

from .needs import Flow, Model, Needs, Operation

STREAM = Operation("GET /api/v1/monitor/stream/unified", "monitoring.stream_unified_updates", ("include_queued",))
# A wait follows the shared stream and polls the run's status when the stream is missing.
WAIT_FLOWS = (Flow("monitor stream", (STREAM.route,)), Flow("polling"))
_OPTIONAL_STREAM = Operation(STREAM.route, STREAM.module, STREAM.params, optional=True)

TEST_STATUS = Operation(
    "GET /api/v1/tests/get_test_execution_task", "tests.get_test_execution_task", ("task_id",)
)
WORKFLOW_STATUS = Operation(
    "GET /api/v1/workflows/status/{task_id}", "workflow_status.get_workflow_status", ("task_id",)
)
# A finished workflow's per-test results; without it a result lists the child task ids only.
WORKFLOW_REPORT = Operation(
    "POST /api/v1/workflows/share/unified-report",
    "workflow_share.get_unified_workflow_report",
    ("body",),
    optional=True,
)

# Status answers are read as dicts (`to_dict()`), leniently; these fields decide the ending.
TEST_WAIT = Needs(
    (TEST_STATUS, _OPTIONAL_STREAM),
    (Model("TestStatusResponse", ("status", "success", "error_message")),),
    WAIT_FLOWS,
)
WORKFLOW_WAIT = Needs(
    (WORKFLOW_STATUS, WORKFLOW_REPORT, _OPTIONAL_STREAM),
    (
        Model("WorkflowStatusResponse", ("status", "error_message")),
        Model("UnifiedWorkflowReportRequest", ("workflow_task_id",), optional=True),
        Model("UnifiedWorkflowReportResponse", ("child_tasks",), optional=True),
        Model("ChildTaskReportInfo", ("task_id",), optional=True),
    ),
    WAIT_FLOWS,
)

METHODS = {
    "monitor.stream": Needs(
        (STREAM,),
        (Model("OrgTestMonitorItem"), Model("OrgWorkflowMonitorItem"), Model("CompletedTestData")),
    ),
    "monitor.wait_all": Needs(
        (TEST_STATUS, WORKFLOW_STATUS, WORKFLOW_REPORT, _OPTIONAL_STREAM),
        TEST_WAIT.models + WORKFLOW_WAIT.models,
        WAIT_FLOWS,
    ),
}
