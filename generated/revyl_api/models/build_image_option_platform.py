from typing import Literal

BuildImageOptionPlatform = Literal["android", "ios"]

BUILD_IMAGE_OPTION_PLATFORM_VALUES: set[BuildImageOptionPlatform] = {
    "android",
    "ios",
}


def check_build_image_option_platform(value: str) -> BuildImageOptionPlatform:
    if value in BUILD_IMAGE_OPTION_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUILD_IMAGE_OPTION_PLATFORM_VALUES!r}")
