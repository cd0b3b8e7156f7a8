from typing import Literal

ActionBlockVariableScopeType0 = Literal["global", "test"]

ACTION_BLOCK_VARIABLE_SCOPE_TYPE_0_VALUES: set[ActionBlockVariableScopeType0] = {
    "global",
    "test",
}


def check_action_block_variable_scope_type_0(value: str) -> ActionBlockVariableScopeType0:
    if value in ACTION_BLOCK_VARIABLE_SCOPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_BLOCK_VARIABLE_SCOPE_TYPE_0_VALUES!r}")
