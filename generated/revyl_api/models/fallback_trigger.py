from typing import Literal

FallbackTrigger = Literal["final_fail"]

FALLBACK_TRIGGER_VALUES: set[FallbackTrigger] = {
    "final_fail",
}


def check_fallback_trigger(value: str) -> FallbackTrigger:
    if value in FALLBACK_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FALLBACK_TRIGGER_VALUES!r}")
