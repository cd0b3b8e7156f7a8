from typing import Literal

NormalizedActionBlockType = Literal[
    "code_execution", "extraction", "instructions", "manual", "module_import", "validation"
]

NORMALIZED_ACTION_BLOCK_TYPE_VALUES: set[NormalizedActionBlockType] = {
    "code_execution",
    "extraction",
    "instructions",
    "manual",
    "module_import",
    "validation",
}


def check_normalized_action_block_type(value: str) -> NormalizedActionBlockType:
    if value in NORMALIZED_ACTION_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NORMALIZED_ACTION_BLOCK_TYPE_VALUES!r}")
