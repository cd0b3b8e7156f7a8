from typing import Literal

QueryTestsEndpointSortDir = Literal["asc", "desc"]

QUERY_TESTS_ENDPOINT_SORT_DIR_VALUES: set[QueryTestsEndpointSortDir] = {
    "asc",
    "desc",
}


def check_query_tests_endpoint_sort_dir(value: str) -> QueryTestsEndpointSortDir:
    if value in QUERY_TESTS_ENDPOINT_SORT_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_TESTS_ENDPOINT_SORT_DIR_VALUES!r}")
