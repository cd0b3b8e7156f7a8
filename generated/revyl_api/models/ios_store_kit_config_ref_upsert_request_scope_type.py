from typing import Literal

IosStoreKitConfigRefUpsertRequestScopeType = Literal["app", "build", "test"]

IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_SCOPE_TYPE_VALUES: set[IosStoreKitConfigRefUpsertRequestScopeType] = {
    "app",
    "build",
    "test",
}


def check_ios_store_kit_config_ref_upsert_request_scope_type(value: str) -> IosStoreKitConfigRefUpsertRequestScopeType:
    if value in IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IOS_STORE_KIT_CONFIG_REF_UPSERT_REQUEST_SCOPE_TYPE_VALUES!r}"
    )
