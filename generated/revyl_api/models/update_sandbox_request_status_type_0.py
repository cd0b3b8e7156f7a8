from typing import Literal

UpdateSandboxRequestStatusType0 = Literal["available", "claimed", "maintenance", "reserved"]

UPDATE_SANDBOX_REQUEST_STATUS_TYPE_0_VALUES: set[UpdateSandboxRequestStatusType0] = {
    "available",
    "claimed",
    "maintenance",
    "reserved",
}


def check_update_sandbox_request_status_type_0(value: str) -> UpdateSandboxRequestStatusType0:
    if value in UPDATE_SANDBOX_REQUEST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SANDBOX_REQUEST_STATUS_TYPE_0_VALUES!r}")
