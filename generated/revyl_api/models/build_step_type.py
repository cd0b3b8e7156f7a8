from typing import Literal

BuildStepType = Literal["checkout", "run"]

BUILD_STEP_TYPE_VALUES: set[BuildStepType] = {
    "checkout",
    "run",
}


def check_build_step_type(value: str) -> BuildStepType:
    if value in BUILD_STEP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUILD_STEP_TYPE_VALUES!r}")
