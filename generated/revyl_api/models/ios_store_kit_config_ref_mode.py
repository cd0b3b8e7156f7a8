from typing import Literal

IosStoreKitConfigRefMode = Literal["disabled", "file"]

IOS_STORE_KIT_CONFIG_REF_MODE_VALUES: set[IosStoreKitConfigRefMode] = {
    "disabled",
    "file",
}


def check_ios_store_kit_config_ref_mode(value: str) -> IosStoreKitConfigRefMode:
    if value in IOS_STORE_KIT_CONFIG_REF_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IOS_STORE_KIT_CONFIG_REF_MODE_VALUES!r}")
