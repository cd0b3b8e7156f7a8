from typing import Literal

GrounderType = Literal[
    "auto", "modal-custom", "moondream", "moondream3", "moondream_custom", "null", "qwen3-vl", "ui-tars", "unified"
]

GROUNDER_TYPE_VALUES: set[GrounderType] = {
    "auto",
    "modal-custom",
    "moondream",
    "moondream3",
    "moondream_custom",
    "null",
    "qwen3-vl",
    "ui-tars",
    "unified",
}


def check_grounder_type(value: str) -> GrounderType:
    if value in GROUNDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUNDER_TYPE_VALUES!r}")
