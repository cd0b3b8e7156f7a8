from typing import Literal

ValidationErrorType = Literal["false_negative", "false_positive", "none"]

VALIDATION_ERROR_TYPE_VALUES: set[ValidationErrorType] = {
    "false_negative",
    "false_positive",
    "none",
}


def check_validation_error_type(value: str) -> ValidationErrorType:
    if value in VALIDATION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_ERROR_TYPE_VALUES!r}")
