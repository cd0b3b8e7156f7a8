from typing import Literal

WorkerConnectionResponseStatus = Literal["cancelled", "failed", "not_ready", "ready", "stopped"]

WORKER_CONNECTION_RESPONSE_STATUS_VALUES: set[WorkerConnectionResponseStatus] = {
    "cancelled",
    "failed",
    "not_ready",
    "ready",
    "stopped",
}


def check_worker_connection_response_status(value: str) -> WorkerConnectionResponseStatus:
    if value in WORKER_CONNECTION_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKER_CONNECTION_RESPONSE_STATUS_VALUES!r}")
