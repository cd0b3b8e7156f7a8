from typing import Literal

CodeExecutionScriptUpdateRuntimeType0 = Literal["bash", "javascript", "python", "typescript"]

CODE_EXECUTION_SCRIPT_UPDATE_RUNTIME_TYPE_0_VALUES: set[CodeExecutionScriptUpdateRuntimeType0] = {
    "bash",
    "javascript",
    "python",
    "typescript",
}


def check_code_execution_script_update_runtime_type_0(value: str) -> CodeExecutionScriptUpdateRuntimeType0:
    if value in CODE_EXECUTION_SCRIPT_UPDATE_RUNTIME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_EXECUTION_SCRIPT_UPDATE_RUNTIME_TYPE_0_VALUES!r}"
    )
