from typing import Literal

QueryTestsEndpointStatus = Literal["all", "failing", "notRun", "passing"]

QUERY_TESTS_ENDPOINT_STATUS_VALUES: set[QueryTestsEndpointStatus] = {
    "all",
    "failing",
    "notRun",
    "passing",
}


def check_query_tests_endpoint_status(value: str) -> QueryTestsEndpointStatus:
    if value in QUERY_TESTS_ENDPOINT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_TESTS_ENDPOINT_STATUS_VALUES!r}")
