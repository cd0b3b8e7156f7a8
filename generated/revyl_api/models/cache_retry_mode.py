from typing import Literal

CacheRetryMode = Literal["full_rerun", "none"]

CACHE_RETRY_MODE_VALUES: set[CacheRetryMode] = {
    "full_rerun",
    "none",
}


def check_cache_retry_mode(value: str) -> CacheRetryMode:
    if value in CACHE_RETRY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CACHE_RETRY_MODE_VALUES!r}")
