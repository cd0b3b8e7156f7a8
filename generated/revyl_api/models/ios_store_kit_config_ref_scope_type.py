from typing import Literal

IosStoreKitConfigRefScopeType = Literal["app", "build", "test"]

IOS_STORE_KIT_CONFIG_REF_SCOPE_TYPE_VALUES: set[IosStoreKitConfigRefScopeType] = {
    "app",
    "build",
    "test",
}


def check_ios_store_kit_config_ref_scope_type(value: str) -> IosStoreKitConfigRefScopeType:
    if value in IOS_STORE_KIT_CONFIG_REF_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IOS_STORE_KIT_CONFIG_REF_SCOPE_TYPE_VALUES!r}")
