from typing import Literal

CodeExecutionScriptCreateRuntime = Literal["bash", "javascript", "python", "typescript"]

CODE_EXECUTION_SCRIPT_CREATE_RUNTIME_VALUES: set[CodeExecutionScriptCreateRuntime] = {
    "bash",
    "javascript",
    "python",
    "typescript",
}


def check_code_execution_script_create_runtime(value: str) -> CodeExecutionScriptCreateRuntime:
    if value in CODE_EXECUTION_SCRIPT_CREATE_RUNTIME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_EXECUTION_SCRIPT_CREATE_RUNTIME_VALUES!r}")
