from typing import Literal

UpdateExpoProjectRequestSyncProfileModeType0 = Literal["all", "allowlist"]

UPDATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_TYPE_0_VALUES: set[UpdateExpoProjectRequestSyncProfileModeType0] = {
    "all",
    "allowlist",
}


def check_update_expo_project_request_sync_profile_mode_type_0(
    value: str,
) -> UpdateExpoProjectRequestSyncProfileModeType0:
    if value in UPDATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_TYPE_0_VALUES!r}"
    )
