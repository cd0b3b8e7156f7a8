from typing import Literal

ReflectionErrorType = Literal["false_negative", "false_positive", "none"]

REFLECTION_ERROR_TYPE_VALUES: set[ReflectionErrorType] = {
    "false_negative",
    "false_positive",
    "none",
}


def check_reflection_error_type(value: str) -> ReflectionErrorType:
    if value in REFLECTION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFLECTION_ERROR_TYPE_VALUES!r}")
