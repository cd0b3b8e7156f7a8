from typing import Literal

QueryTestsEndpointSortBy = Literal["build", "duration", "lastRun", "name", "platform", "status"]

QUERY_TESTS_ENDPOINT_SORT_BY_VALUES: set[QueryTestsEndpointSortBy] = {
    "build",
    "duration",
    "lastRun",
    "name",
    "platform",
    "status",
}


def check_query_tests_endpoint_sort_by(value: str) -> QueryTestsEndpointSortBy:
    if value in QUERY_TESTS_ENDPOINT_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_TESTS_ENDPOINT_SORT_BY_VALUES!r}")
