from typing import Literal

CompileSourceType = Literal["recording", "session"]

COMPILE_SOURCE_TYPE_VALUES: set[CompileSourceType] = {
    "recording",
    "session",
}


def check_compile_source_type(value: str) -> CompileSourceType:
    if value in COMPILE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPILE_SOURCE_TYPE_VALUES!r}")
