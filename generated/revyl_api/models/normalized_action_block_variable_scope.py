from typing import Literal

NormalizedActionBlockVariableScope = Literal["global", "test"]

NORMALIZED_ACTION_BLOCK_VARIABLE_SCOPE_VALUES: set[NormalizedActionBlockVariableScope] = {
    "global",
    "test",
}


def check_normalized_action_block_variable_scope(value: str) -> NormalizedActionBlockVariableScope:
    if value in NORMALIZED_ACTION_BLOCK_VARIABLE_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NORMALIZED_ACTION_BLOCK_VARIABLE_SCOPE_VALUES!r}")
