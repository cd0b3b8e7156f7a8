from typing import Literal

CleanupLevel = Literal["deep_clean", "none", "thorough"]

CLEANUP_LEVEL_VALUES: set[CleanupLevel] = {
    "deep_clean",
    "none",
    "thorough",
}


def check_cleanup_level(value: str) -> CleanupLevel:
    if value in CLEANUP_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLEANUP_LEVEL_VALUES!r}")
