"""Emulated device sessions: their rows, timing, AI steps, and the spec's JSON shapes.

Time is evaluated lazily at each request (no background tasks): a session's worker is
ready `ready_seconds` after the start and its device connected `connect_seconds` later;
an AI step finishes `seconds` after it was sent; a session with no proxied action for
`idle_timeout_seconds` has ended. So every answer is a pure function of the clock.
"""

from __future__ import annotations

import fnmatch
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from .ids import new_id
from .phone import SimulatedDevice

StepOutcome = Literal["passed", "failed", "error"]
STEP_OUTCOMES: tuple[StepOutcome, ...] = ("passed", "failed", "error")
ACTIVE = ("starting", "running")


@dataclass
class DeviceConfig:
    """How emulated devices behave (`RevylEmulator.configure_devices`)."""

    ready_seconds: float = 0.05
    connect_seconds: float = 0.02
    step_seconds: float = 0.05
    never_ready: bool = False


@dataclass(frozen=True)
class StepScript:
    """How AI steps whose description matches `match` (a glob, case-insensitive) end."""

    outcome: StepOutcome = "passed"
    match: str = "*"
    seconds: float | None = None
    value: str | None = None
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.outcome not in STEP_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(STEP_OUTCOMES)}, got {self.outcome!r}")

    def matches(self, description: str) -> bool:
        return fnmatch.fnmatch(description.lower(), self.match.lower())


@dataclass(frozen=True)
class DeviceAction:
    """One request a device session received through the proxy, for assertions."""

    action: str
    method: str
    body: dict[str, Any] | None
    status: int
    at: float


@dataclass
class StepRun:
    id: str
    step_type: str
    description: str
    metadata: dict[str, Any]
    script: StepScript
    started_at: float
    seconds: float
    cancelled_at: float | None = None

    def status(self, now: float) -> str:
        if self.cancelled_at is not None:
            return "cancelled"
        if now < self.started_at + self.seconds:
            return "running"
        return "completed" if self.script.outcome == "passed" else "failed"


@dataclass
class DeviceRow:
    id: str
    workflow_run_id: str
    platform: str
    source: str
    idle_timeout: int
    device: SimulatedDevice
    config: DeviceConfig
    app_id: str | None = None
    build_id: str | None = None
    app_package: str | None = None
    device_model: str | None = None
    os_version: str | None = None
    created_at: float = field(default_factory=time.time)
    last_activity: float = field(default_factory=time.time)
    status: str = "starting"
    ended_at: float | None = None
    error_message: str | None = None
    end_message: str | None = None  # what worker-connection says once it ended
    lost: bool = False
    trace_id: str = field(default_factory=lambda: secrets.token_hex(16))
    report_id: str = field(default_factory=new_id)
    steps: dict[str, StepRun] = field(default_factory=dict)
    actions: list[DeviceAction] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    def refresh(self, now: float) -> None:
        """Bring the row up to `now`: the worker connecting, or the idle timeout passing."""
        if not self.active:
            return
        if now - self.last_activity >= self.idle_timeout:
            self.end("timeout", self.last_activity + self.idle_timeout,
                     f"Session stopped: idle timeout ({self.idle_timeout}s without activity)")
        elif self.worker_ready(now):
            self.status = "running"

    def worker_ready(self, now: float) -> bool:
        return not self.config.never_ready and now >= self.created_at + self.config.ready_seconds

    def device_connected(self, now: float) -> bool:
        return self.worker_ready(now) and now >= self.created_at + self.config.ready_seconds + \
            self.config.connect_seconds

    def end(self, status: str, at: float, message: str, error: str | None = None) -> None:
        self.status, self.ended_at, self.end_message, self.error_message = status, at, message, error

    def running_step(self, now: float) -> StepRun | None:
        return next((step for step in self.steps.values() if step.status(now) == "running"), None)

    def connection_status(self, now: float) -> str:
        if self.lost:
            return "failed"
        if not self.active:
            return "stopped"
        return "ready" if self.worker_ready(now) else "not_ready"

    def duration(self) -> float | None:
        return round((self.ended_at or time.time()) - self.created_at, 3)


@dataclass
class DevicesState:
    """Every emulated device session (by workflow run id), how devices behave, step scripts."""

    sessions: dict[str, DeviceRow] = field(default_factory=dict)
    config: DeviceConfig = field(default_factory=DeviceConfig)
    step_scripts: list[StepScript] = field(default_factory=list)

    def by_session_id(self, session_id: str) -> DeviceRow | None:
        return next((row for row in self.sessions.values() if row.id == session_id), None)

    def by_report_id(self, report_id: str) -> DeviceRow | None:
        return next((row for row in self.sessions.values() if row.report_id == report_id), None)

    def script_for(self, description: str) -> StepScript:
        """The latest script matching `description`, else a passing step."""
        return next((s for s in reversed(self.step_scripts) if s.matches(description)), StepScript())
