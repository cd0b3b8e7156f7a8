from typing import Literal

ValidationTypeEnum = Literal["blocks_only", "full_test"]

VALIDATION_TYPE_ENUM_VALUES: set[ValidationTypeEnum] = {
    "blocks_only",
    "full_test",
}


def check_validation_type_enum(value: str) -> ValidationTypeEnum:
    if value in VALIDATION_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_TYPE_ENUM_VALUES!r}")
