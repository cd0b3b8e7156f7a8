"""How often device sessions poll and how long AI steps may take (`client.devices.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from .._core.exceptions import RevylError

__all__ = ["DeviceSettings"]


@dataclass(frozen=True)
class DeviceSettings:
    """Timing of device sessions; the defaults are Revyl CLI's (DEVICES.md §2.3-§2.4, §3.5).

    `poll_interval`: seconds between worker-connection and `health` reads while a device
    starts. `step_poll_interval` doubling up to `step_poll_max`: between AI-step status
    reads. `step_timeout`: how long an AI step may run before it is cancelled.
    `cancel_budget`: how long to wait for a cancelled step to stop.
    """

    poll_interval: float = 2.0
    step_poll_interval: float = 0.5
    step_poll_max: float = 5.0
    step_timeout: float = 600.0
    cancel_budget: float = 5.0

    def __post_init__(self) -> None:
        for name in ("poll_interval", "step_poll_interval", "step_poll_max", "step_timeout", "cancel_budget"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise RevylError(f"DeviceSettings.{name} must be a number of seconds >= 0, got {value!r}")
