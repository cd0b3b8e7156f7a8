from typing import Literal

IosStoreKitConfigRefUpsertRequestMode = Literal["disabled", "file"]

IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_MODE_VALUES: set[IosStoreKitConfigRefUpsertRequestMode] = {
    "disabled",
    "file",
}


def check_ios_store_kit_config_ref_upsert_request_mode(value: str) -> IosStoreKitConfigRefUpsertRequestMode:
    if value in IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_MODE_VALUES!r}"
    )
