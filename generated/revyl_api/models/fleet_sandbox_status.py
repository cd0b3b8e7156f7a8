from typing import Literal

FleetSandboxStatus = Literal["available", "claimed", "maintenance", "reserved"]

FLEET_SANDBOX_STATUS_VALUES: set[FleetSandboxStatus] = {
    "available",
    "claimed",
    "maintenance",
    "reserved",
}


def check_fleet_sandbox_status(value: str) -> FleetSandboxStatus:
    if value in FLEET_SANDBOX_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLEET_SANDBOX_STATUS_VALUES!r}")
