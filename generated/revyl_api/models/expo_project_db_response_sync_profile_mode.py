from typing import Literal

ExpoProjectDbResponseSyncProfileMode = Literal["all", "allowlist"]

EXPO_PROJECT_DB_RESPONSE_SYNC_PROFILE_MODE_VALUES: set[ExpoProjectDbResponseSyncProfileMode] = {
    "all",
    "allowlist",
}


def check_expo_project_db_response_sync_profile_mode(value: str) -> ExpoProjectDbResponseSyncProfileMode:
    if value in EXPO_PROJECT_DB_RESPONSE_SYNC_PROFILE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPO_PROJECT_DB_RESPONSE_SYNC_PROFILE_MODE_VALUES!r}"
    )
