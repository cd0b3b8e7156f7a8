from typing import Literal

ReportFindingCreateSource = Literal["atlas_layer", "codex", "eval", "exploration", "human", "support", "test_execution"]

REPORT_FINDING_CREATE_SOURCE_VALUES: set[ReportFindingCreateSource] = {
    "atlas_layer",
    "codex",
    "eval",
    "exploration",
    "human",
    "support",
    "test_execution",
}


def check_report_finding_create_source(value: str) -> ReportFindingCreateSource:
    if value in REPORT_FINDING_CREATE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_FINDING_CREATE_SOURCE_VALUES!r}")
