from typing import Literal

CheckBuildRunnersAvailablePlatform = Literal["android", "ios"]

CHECK_BUILD_RUNNERS_AVAILABLE_PLATFORM_VALUES: set[CheckBuildRunnersAvailablePlatform] = {
    "android",
    "ios",
}


def check_check_build_runners_available_platform(value: str) -> CheckBuildRunnersAvailablePlatform:
    if value in CHECK_BUILD_RUNNERS_AVAILABLE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHECK_BUILD_RUNNERS_AVAILABLE_PLATFORM_VALUES!r}")
