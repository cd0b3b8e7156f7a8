from typing import Literal

WeakestComponent = Literal["bounding_box", "grounder_hint", "grounding", "instruction", "reflection", "validation"]

WEAKEST_COMPONENT_VALUES: set[WeakestComponent] = {
    "bounding_box",
    "grounder_hint",
    "grounding",
    "instruction",
    "reflection",
    "validation",
}


def check_weakest_component(value: str) -> WeakestComponent:
    if value in WEAKEST_COMPONENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEAKEST_COMPONENT_VALUES!r}")
