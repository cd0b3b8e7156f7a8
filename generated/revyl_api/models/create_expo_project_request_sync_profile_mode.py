from typing import Literal

CreateExpoProjectRequestSyncProfileMode = Literal["all", "allowlist"]

CREATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_VALUES: set[CreateExpoProjectRequestSyncProfileMode] = {
    "all",
    "allowlist",
}


def check_create_expo_project_request_sync_profile_mode(value: str) -> CreateExpoProjectRequestSyncProfileMode:
    if value in CREATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EXPO_PROJECT_REQUEST_SYNC_PROFILE_MODE_VALUES!r}"
    )
