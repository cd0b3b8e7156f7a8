from typing import Literal

AsyncStatus = Literal["cancelled", "completed", "failed", "initialized", "initializing", "queued", "running"]

ASYNC_STATUS_VALUES: set[AsyncStatus] = {
    "cancelled",
    "completed",
    "failed",
    "initialized",
    "initializing",
    "queued",
    "running",
}


def check_async_status(value: str) -> AsyncStatus:
    if value in ASYNC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASYNC_STATUS_VALUES!r}")
