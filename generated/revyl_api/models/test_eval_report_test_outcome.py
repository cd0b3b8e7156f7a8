from typing import Literal

TestEvalReportTestOutcome = Literal["ERROR", "FAILED", "PASSED"]

TEST_EVAL_REPORT_TEST_OUTCOME_VALUES: set[TestEvalReportTestOutcome] = {
    "ERROR",
    "FAILED",
    "PASSED",
}


def check_test_eval_report_test_outcome(value: str) -> TestEvalReportTestOutcome:
    if value in TEST_EVAL_REPORT_TEST_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_EVAL_REPORT_TEST_OUTCOME_VALUES!r}")
