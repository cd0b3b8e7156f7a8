from typing import Literal

FleetSandboxSandboxType = Literal["container", "dedicated"]

FLEET_SANDBOX_SANDBOX_TYPE_VALUES: set[FleetSandboxSandboxType] = {
    "container",
    "dedicated",
}


def check_fleet_sandbox_sandbox_type(value: str) -> FleetSandboxSandboxType:
    if value in FLEET_SANDBOX_SANDBOX_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLEET_SANDBOX_SANDBOX_TYPE_VALUES!r}")
