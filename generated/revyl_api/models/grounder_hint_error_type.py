from typing import Literal

GrounderHintErrorType = Literal["empty_space_not_described", "no_visual_cues", "none", "ui_jargon", "wrong_element"]

GROUNDER_HINT_ERROR_TYPE_VALUES: set[GrounderHintErrorType] = {
    "empty_space_not_described",
    "no_visual_cues",
    "none",
    "ui_jargon",
    "wrong_element",
}


def check_grounder_hint_error_type(value: str) -> GrounderHintErrorType:
    if value in GROUNDER_HINT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUNDER_HINT_ERROR_TYPE_VALUES!r}")
