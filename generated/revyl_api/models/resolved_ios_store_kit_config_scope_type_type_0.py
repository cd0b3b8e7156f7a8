from typing import Literal

ResolvedIosStoreKitConfigScopeTypeType0 = Literal["app", "build", "test"]

RESOLVED_IOS_STORE_KIT_CONFIG_SCOPE_TYPE_TYPE_0_VALUES: set[ResolvedIosStoreKitConfigScopeTypeType0] = {
    "app",
    "build",
    "test",
}


def check_resolved_ios_store_kit_config_scope_type_type_0(value: str) -> ResolvedIosStoreKitConfigScopeTypeType0:
    if value in RESOLVED_IOS_STORE_KIT_CONFIG_SCOPE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVED_IOS_STORE_KIT_CONFIG_SCOPE_TYPE_TYPE_0_VALUES!r}"
    )
