"""What a start (or create) reads when its answer is lost (`_core/reconcile.py`): the records
it reconciles with, and the answers it rebuilds from them for the run it adopts."""

from __future__ import annotations

from .needs import Model, Needs, Operation

METHODS = {
    "tests.run": Needs(
        (Operation("GET /api/v1/tests/get_test_enhanced_history", "tests.get_test_enhanced_history",
                   ("test_id", "limit", "offset", "sort_order")),),
        (
            Model("TestEnhancedHistoryResponse", ("items",)),
            Model("TestEnhancedHistoryItem", ("enhanced_task",)),
            Model("TestExecutionTasksEnhanced",
                  ("id", "created_at", "status", "workflow_execution_id", "resolved_build_id")),
            Model("ExecuteTestAsyncAPIResponse", ("id", "task_id", "status", "message")),
        ),
    ),
    "workflows.run": Needs(
        (Operation("GET /api/v1/workflows/status/history/{workflow_id}",
                   "workflow_status.get_workflow_execution_history",
                   ("workflow_id", "limit", "offset", "start_date")),),
        (
            Model("WorkflowExecutionHistoryResponse", ("executions",)),
            Model("WorkflowStatusResponse", ("execution_id", "status", "started_at")),
            Model("ExecuteWorkflowAsyncAPIResponse", ("id", "task_id", "status", "message")),
        ),
    ),
    "devices.start": Needs(
        (Operation("GET /api/v1/execution/device-sessions/active", "execution.get_active_device_sessions"),),
        (
            # The start sends its own `session_id` when the client has the field.
            Model("StartDeviceInfo", optional_fields=("session_id",)),
            Model("ActiveDeviceSessionsResponse", ("sessions",)),
            Model("ActiveDeviceSessionItem", ("id", "platform", "workflow_run_id", "created_at")),
            Model("StartDeviceResponse", ("status", "platform", "workflow_run_id", "message"),
                  optional_fields=("session_id",)),
        ),
    ),
    "apps.create": Needs(
        (Operation("GET /api/v1/apps/", "apps.list_apps", ("page", "page_size", "search")),),
        (Model("PaginatedAppsResponse", ("items", "has_next")), Model("AppResponse", ("id", "name", "created_at"))),
    ),
}
