from typing import Literal

AtlasV2LayerJobStatus = Literal["cancelled", "completed", "failed", "queued", "running", "skipped"]

ATLAS_V2_LAYER_JOB_STATUS_VALUES: set[AtlasV2LayerJobStatus] = {
    "cancelled",
    "completed",
    "failed",
    "queued",
    "running",
    "skipped",
}


def check_atlas_v2_layer_job_status(value: str) -> AtlasV2LayerJobStatus:
    if value in ATLAS_V2_LAYER_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATLAS_V2_LAYER_JOB_STATUS_VALUES!r}")
