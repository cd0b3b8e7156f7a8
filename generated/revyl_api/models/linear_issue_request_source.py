from typing import Literal

LinearIssueRequestSource = Literal["atlas", "report", "workflow"]

LINEAR_ISSUE_REQUEST_SOURCE_VALUES: set[LinearIssueRequestSource] = {
    "atlas",
    "report",
    "workflow",
}


def check_linear_issue_request_source(value: str) -> LinearIssueRequestSource:
    if value in LINEAR_ISSUE_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINEAR_ISSUE_REQUEST_SOURCE_VALUES!r}")
