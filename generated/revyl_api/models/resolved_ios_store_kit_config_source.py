from typing import Literal

ResolvedIosStoreKitConfigSource = Literal["app", "build", "none", "session_override", "test"]

RESOLVED_IOS_STORE_KIT_CONFIG_SOURCE_VALUES: set[ResolvedIosStoreKitConfigSource] = {
    "app",
    "build",
    "none",
    "session_override",
    "test",
}


def check_resolved_ios_store_kit_config_source(value: str) -> ResolvedIosStoreKitConfigSource:
    if value in RESOLVED_IOS_STORE_KIT_CONFIG_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOLVED_IOS_STORE_KIT_CONFIG_SOURCE_VALUES!r}")
