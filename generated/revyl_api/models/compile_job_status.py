from typing import Literal

CompileJobStatus = Literal["completed", "failed", "formatting", "merging", "preparing", "queued", "summarizing"]

COMPILE_JOB_STATUS_VALUES: set[CompileJobStatus] = {
    "completed",
    "failed",
    "formatting",
    "merging",
    "preparing",
    "queued",
    "summarizing",
}


def check_compile_job_status(value: str) -> CompileJobStatus:
    if value in COMPILE_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPILE_JOB_STATUS_VALUES!r}")
