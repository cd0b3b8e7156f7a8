from typing import Literal

ListBuildImagesPlatformType0 = Literal["android", "ios"]

LIST_BUILD_IMAGES_PLATFORM_TYPE_0_VALUES: set[ListBuildImagesPlatformType0] = {
    "android",
    "ios",
}


def check_list_build_images_platform_type_0(value: str) -> ListBuildImagesPlatformType0:
    if value in LIST_BUILD_IMAGES_PLATFORM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUILD_IMAGES_PLATFORM_TYPE_0_VALUES!r}")
