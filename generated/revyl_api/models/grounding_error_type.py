from typing import Literal

GroundingErrorType = Literal[
    "empty_space", "eval_failure", "near_miss", "none", "wrong_area", "wrong_direction", "wrong_element"
]

GROUNDING_ERROR_TYPE_VALUES: set[GroundingErrorType] = {
    "empty_space",
    "eval_failure",
    "near_miss",
    "none",
    "wrong_area",
    "wrong_direction",
    "wrong_element",
}


def check_grounding_error_type(value: str) -> GroundingErrorType:
    if value in GROUNDING_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUNDING_ERROR_TYPE_VALUES!r}")
