from typing import Literal

WorkflowLastExecutionStatus = Literal["cancelled", "failure", "not_run", "running", "success", "timeout"]

WORKFLOW_LAST_EXECUTION_STATUS_VALUES: set[WorkflowLastExecutionStatus] = {
    "cancelled",
    "failure",
    "not_run",
    "running",
    "success",
    "timeout",
}


def check_workflow_last_execution_status(value: str) -> WorkflowLastExecutionStatus:
    if value in WORKFLOW_LAST_EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_LAST_EXECUTION_STATUS_VALUES!r}")
