from typing import Literal

CodeExecutionScriptRuntime = Literal["bash", "javascript", "python", "typescript"]

CODE_EXECUTION_SCRIPT_RUNTIME_VALUES: set[CodeExecutionScriptRuntime] = {
    "bash",
    "javascript",
    "python",
    "typescript",
}


def check_code_execution_script_runtime(value: str) -> CodeExecutionScriptRuntime:
    if value in CODE_EXECUTION_SCRIPT_RUNTIME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_EXECUTION_SCRIPT_RUNTIME_VALUES!r}")
