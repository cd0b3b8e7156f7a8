from typing import Literal

WorkflowStatus = Literal["cancelled", "completed", "failed", "queued", "running", "setup", "timeout"]

WORKFLOW_STATUS_VALUES: set[WorkflowStatus] = {
    "cancelled",
    "completed",
    "failed",
    "queued",
    "running",
    "setup",
    "timeout",
}


def check_workflow_status(value: str) -> WorkflowStatus:
    if value in WORKFLOW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_STATUS_VALUES!r}")
