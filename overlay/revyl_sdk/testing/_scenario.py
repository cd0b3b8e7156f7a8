"""What a run does in the emulator (`Script`) and which requests misbehave (`Faults`)."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

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


@dataclass
class HttpFault:
    """Requests matching `method` and the glob `path` get `status` (after `delay` seconds)."""

    path: str
    method: str | None
    status: int | None
    delay: float
    remaining: int | None  # None: every matching request
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, method: str, path: str) -> bool:
        return ((self.method is None or self.method.upper() == method.upper())
                and fnmatch.fnmatchcase(path, self.path))


class Faults:
    """Injected misbehaviour, set from the test's thread and consumed by the server's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._http: list[HttpFault] = []
        self._stream_drops: list[int] = []

    def add(self, fault: HttpFault) -> None:
        with self._lock:
            self._http.append(fault)

    def take(self, method: str, path: str) -> HttpFault | None:
        """The first fault matching this request, counted as used once."""
        with self._lock:
            for fault in self._http:
                if fault.matches(method, path):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._http.remove(fault)
                    return fault
        return None

    def drop_stream(self, after_events: int, times: int) -> None:
        with self._lock:
            self._stream_drops.extend([after_events] * times)

    def take_stream_drop(self) -> int | None:
        """Events the next SSE connection may carry before it is cut, or None for no cut."""
        with self._lock:
            return self._stream_drops.pop(0) if self._stream_drops else None

    def clear(self) -> None:
        with self._lock:
            self._http.clear()
            self._stream_drops.clear()
