from typing import Literal

ReliabilityEstimate = Literal["high", "low", "medium"]

RELIABILITY_ESTIMATE_VALUES: set[ReliabilityEstimate] = {
    "high",
    "low",
    "medium",
}


def check_reliability_estimate(value: str) -> ReliabilityEstimate:
    if value in RELIABILITY_ESTIMATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELIABILITY_ESTIMATE_VALUES!r}")
