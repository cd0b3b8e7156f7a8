from typing import Literal

ExplorationRunStatusUpdateExecutionStatus = Literal["cancelled", "completed", "failed", "queued", "running"]

EXPLORATION_RUN_STATUS_UPDATE_EXECUTION_STATUS_VALUES: set[ExplorationRunStatusUpdateExecutionStatus] = {
    "cancelled",
    "completed",
    "failed",
    "queued",
    "running",
}


def check_exploration_run_status_update_execution_status(value: str) -> ExplorationRunStatusUpdateExecutionStatus:
    if value in EXPLORATION_RUN_STATUS_UPDATE_EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPLORATION_RUN_STATUS_UPDATE_EXECUTION_STATUS_VALUES!r}"
    )
