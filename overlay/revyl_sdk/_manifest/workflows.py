"""`client.workflows`; `workflows.wait` is also what `run(wait=True)` and `WorkflowRun.wait` need."""

from __future__ import annotations

from .monitor import WORKFLOW_STATUS, WORKFLOW_WAIT
from .needs import Model, Needs, Operation

METHODS = {
    "workflows.run": Needs(
        (
            Operation(
                "POST /api/v1/execution/api/execute_workflow_id_async",
                "workflows.execute_workflow_id_async",
                ("body",),
            ),
        ),
        (
            # `override_build_config` goes with a `build_config`; the other options are sent
            # only when given, and one this client lacks is refused when given.
            Model(
                "DeviceWorkflowInfo",
                ("workflow_id", "build_config", "override_build_config"),
                optional_fields=("variable_overrides", "run_config"),
            ),
            Model("ExecuteWorkflowAsyncAPIResponse", ("id", "task_id", "status")),
        ),
    ),
    "workflows.get_status": Needs((WORKFLOW_STATUS,), (Model("WorkflowStatusResponse"),)),
    "workflows.history": Needs(
        (
            Operation(
                "GET /api/v1/workflows/status/history/{workflow_id}",
                "workflow_status.get_workflow_execution_history",
                ("workflow_id", "limit", "offset", "start_date"),
            ),
        ),
        (Model("WorkflowExecutionHistoryResponse"),),
    ),
    # The route Revyl's CLI uses; the spec hides it and a regen patch puts it back.
    "workflows.cancel": Needs(
        (Operation("POST /api/v1/workflows/status/cancel/{task_id}", "workflow_status.cancel_workflow", ("task_id",)),),
        (Model("WorkflowCancelResponse"),),
    ),
    "workflows.wait": WORKFLOW_WAIT,
}
