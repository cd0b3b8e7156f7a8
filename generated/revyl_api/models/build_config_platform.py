from typing import Literal

BuildConfigPlatform = Literal["android", "ios"]

BUILD_CONFIG_PLATFORM_VALUES: set[BuildConfigPlatform] = {
    "android",
    "ios",
}


def check_build_config_platform(value: str) -> BuildConfigPlatform:
    if value in BUILD_CONFIG_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUILD_CONFIG_PLATFORM_VALUES!r}")
