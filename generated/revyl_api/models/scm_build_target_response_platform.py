from typing import Literal

ScmBuildTargetResponsePlatform = Literal["android", "ios"]

SCM_BUILD_TARGET_RESPONSE_PLATFORM_VALUES: set[ScmBuildTargetResponsePlatform] = {
    "android",
    "ios",
}


def check_scm_build_target_response_platform(value: str) -> ScmBuildTargetResponsePlatform:
    if value in SCM_BUILD_TARGET_RESPONSE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCM_BUILD_TARGET_RESPONSE_PLATFORM_VALUES!r}")
