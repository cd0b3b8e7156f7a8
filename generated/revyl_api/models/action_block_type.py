from typing import Literal

ActionBlockType = Literal["code_execution", "extraction", "instructions", "manual", "module_import", "validation"]

ACTION_BLOCK_TYPE_VALUES: set[ActionBlockType] = {
    "code_execution",
    "extraction",
    "instructions",
    "manual",
    "module_import",
    "validation",
}


def check_action_block_type(value: str) -> ActionBlockType:
    if value in ACTION_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_BLOCK_TYPE_VALUES!r}")
