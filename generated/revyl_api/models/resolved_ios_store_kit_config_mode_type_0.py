from typing import Literal

ResolvedIosStoreKitConfigModeType0 = Literal["disabled", "file"]

RESOLVED_IOS_STORE_KIT_CONFIG_MODE_TYPE_0_VALUES: set[ResolvedIosStoreKitConfigModeType0] = {
    "disabled",
    "file",
}


def check_resolved_ios_store_kit_config_mode_type_0(value: str) -> ResolvedIosStoreKitConfigModeType0:
    if value in RESOLVED_IOS_STORE_KIT_CONFIG_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOLVED_IOS_STORE_KIT_CONFIG_MODE_TYPE_0_VALUES!r}")
