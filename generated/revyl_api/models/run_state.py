from typing import Literal

RunState = Literal["CANCELLED", "ERROR", "EXPIRED", "FINISHED", "RUNNING", "UNKNOWN"]

RUN_STATE_VALUES: set[RunState] = {
    "CANCELLED",
    "ERROR",
    "EXPIRED",
    "FINISHED",
    "RUNNING",
    "UNKNOWN",
}


def check_run_state(value: str) -> RunState:
    if value in RUN_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_STATE_VALUES!r}")
