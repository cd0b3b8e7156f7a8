from typing import Literal

RegisterSandboxRequestStatus = Literal["available", "claimed", "maintenance", "reserved"]

REGISTER_SANDBOX_REQUEST_STATUS_VALUES: set[RegisterSandboxRequestStatus] = {
    "available",
    "claimed",
    "maintenance",
    "reserved",
}


def check_register_sandbox_request_status(value: str) -> RegisterSandboxRequestStatus:
    if value in REGISTER_SANDBOX_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_SANDBOX_REQUEST_STATUS_VALUES!r}")
