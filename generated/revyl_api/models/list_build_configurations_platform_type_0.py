from typing import Literal

ListBuildConfigurationsPlatformType0 = Literal["android", "ios"]

LIST_BUILD_CONFIGURATIONS_PLATFORM_TYPE_0_VALUES: set[ListBuildConfigurationsPlatformType0] = {
    "android",
    "ios",
}


def check_list_build_configurations_platform_type_0(value: str) -> ListBuildConfigurationsPlatformType0:
    if value in LIST_BUILD_CONFIGURATIONS_PLATFORM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUILD_CONFIGURATIONS_PLATFORM_TYPE_0_VALUES!r}")
