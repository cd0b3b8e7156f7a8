from typing import Literal

ReportFindingCreateKind = Literal[
    "agent_comment",
    "atlas_note",
    "blocked_setup",
    "bug",
    "insight",
    "manual_note",
    "product_issue",
    "risk",
    "test_issue",
    "warning",
]

REPORT_FINDING_CREATE_KIND_VALUES: set[ReportFindingCreateKind] = {
    "agent_comment",
    "atlas_note",
    "blocked_setup",
    "bug",
    "insight",
    "manual_note",
    "product_issue",
    "risk",
    "test_issue",
    "warning",
}


def check_report_finding_create_kind(value: str) -> ReportFindingCreateKind:
    if value in REPORT_FINDING_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_FINDING_CREATE_KIND_VALUES!r}")
