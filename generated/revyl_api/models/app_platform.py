from typing import Literal

AppPlatform = Literal["Android", "iOS"]

APP_PLATFORM_VALUES: set[AppPlatform] = {
    "Android",
    "iOS",
}


def check_app_platform(value: str) -> AppPlatform:
    if value in APP_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_PLATFORM_VALUES!r}")
