"""What a run does in the emulator: `Script`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["passed", "failed", "completed_failed", "timeout", "cancelled"]
TerminalEvent = Literal["with_data", "nested", "both"]
OUTCOMES: tuple[Outcome, ...] = ("passed", "failed", "completed_failed", "timeout", "cancelled")
ARTIFACTS = ("video", "screenshots", "device_logs", "network_log")


@dataclass(frozen=True)
class Script:
    """How runs of one test unfold.

    `outcome`: `passed`; `failed`; `completed_failed` (status `completed` but `success` false,
    which Revyl does send); `timeout`; `cancelled` (as if someone pressed Cancel in the app).
    `steps`: how many steps (default: one per step of the test). `fail_at_step` (1-based,
    default the last) is where a failing outcome stops. `terminal_event` picks the SSE form of
    the last event: the flat `test_*_with_data` (default), the nested `test_*`, or both.
    `artifacts`: what the run's report offers for download (default: all of `ARTIFACTS`).
    """

    outcome: Outcome = "passed"
    steps: int | None = None
    step_seconds: float | None = None
    queued_seconds: float | None = None
    fail_at_step: int | None = None
    error_message: str | None = None
    terminal_event: TerminalEvent = "with_data"
    artifacts: tuple[str, ...] = ARTIFACTS

    def __post_init__(self) -> None:
        unknown = set(self.artifacts) - set(ARTIFACTS)
        if unknown:
            raise ValueError(f"artifacts must be among {', '.join(ARTIFACTS)}, got {sorted(unknown)}")
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, got {self.outcome!r}")
        if self.steps is not None and self.steps < 1:
            raise ValueError("steps must be at least 1")
        for name in ("step_seconds", "queued_seconds"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative")
