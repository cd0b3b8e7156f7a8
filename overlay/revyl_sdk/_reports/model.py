"""What a run's or a device session's report says, typed: its steps, validations, summary and media.

Built from Revyl's reports-v3 "context" answer (`_reports.parse`), which is the same for
both: a test run's by execution id, a device session's by session id. Media fields are
presigned URLs: they stay out of every repr, as the API key does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .._core.exceptions import RevylError

__all__ = [
    "ArtifactDownloadError",
    "BaseReport",
    "DeviceReport",
    "ReportAction",
    "ReportStep",
    "ReportSummary",
    "ReportUnavailableError",
    "RunReport",
    "Validation",
    "WorkflowReport",
]

_FAILED = frozenset({"failed", "failure", "error", "errored"})


@dataclass(frozen=True, kw_only=True)
class ReportAction:
    """One thing the agent did inside a step (a tap, a swipe, a check), with what the device showed."""

    index: int
    type: str | None
    description: str | None
    reasoning: str | None
    screenshot_before_url: str | None = field(default=None, repr=False)
    screenshot_after_url: str | None = field(default=None, repr=False)


@dataclass(frozen=True, kw_only=True)
class ReportStep:
    """One step of the test as it ran. `status` is Revyl's effective status ("passed",
    "failed", "warning", "running", "pending", ...), lower-cased."""

    index: int
    """Position in the run (Revyl's execution order)."""
    id: str
    parent_id: str | None
    type: str
    description: str | None
    status: str
    status_reason: str | None
    error: str | None
    started_at: datetime | None
    completed_at: datetime | None
    actions: tuple[ReportAction, ...] = ()
    validation_passed: bool | None = None
    validation_reasoning: str | None = None

    @property
    def failed(self) -> bool:
        return self.status in _FAILED or self.validation_passed is False

    @property
    def duration(self) -> float | None:
        """Seconds from start to end, when Revyl recorded both."""
        if self.started_at is None or self.completed_at is None:
            return None
        return max(0.0, (self.completed_at - self.started_at).total_seconds())

    @property
    def screenshot_urls(self) -> tuple[str, ...]:
        """Every screenshot of the step, in order (presigned; they expire)."""
        return tuple(url for action in self.actions
                     for url in (action.screenshot_before_url, action.screenshot_after_url) if url)


@dataclass(frozen=True, kw_only=True)
class Validation:
    """A check the test made ("The home screen is visible") and whether it held."""

    step_index: int
    description: str | None
    passed: bool | None
    reasoning: str | None


@dataclass(frozen=True, kw_only=True)
class ReportSummary:
    """Counts and Revyl's own words about the run."""

    total_steps: int
    passed_steps: int
    failed_steps: int
    warning_steps: int
    total_validations: int
    passed_validations: int
    goal: str | None
    """What the test set out to do, as Revyl summarised it."""
    tldr: str | None
    """Revyl's short account of the run (its `tldr.test_case`)."""
    insights: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class BaseReport:
    """What every reports-v3 report says, whether of a test run or of a device session."""

    report_id: str
    test_id: str | None
    test_name: str | None
    platform: str | None
    device: str | None
    """Device model and OS, e.g. "Pixel 8 (Android 14)"."""
    passed: bool | None
    error_message: str | None
    duration: float | None
    started_at: datetime | None
    completed_at: datetime | None
    steps: tuple[ReportStep, ...]
    validations: tuple[Validation, ...]
    summary: ReportSummary
    report_url: str | None
    """The page in the Revyl app (needs a login)."""
    video_url: str | None = field(default=None, repr=False)
    device_logs_url: str | None = field(default=None, repr=False)
    device_logs_filename: str | None = None
    network_log_url: str | None = field(default=None, repr=False)
    perfetto_trace_url: str | None = field(default=None, repr=False)
    """A Perfetto trace of the device (open it in ui.perfetto.dev)."""
    hardware_metrics_url: str | None = field(default=None, repr=False)
    """CPU, memory and frame samples (gzipped JSON)."""
    device_state_url: str | None = field(default=None, repr=False)
    """Snapshots of the device's state (gzipped JSON)."""

    @property
    def failing_step(self) -> ReportStep | None:
        """The step it failed at: the first failed step none of whose sub-steps failed."""
        failed = [step for step in self.steps if step.failed]
        parents = {step.parent_id for step in failed if step.parent_id}
        return next((step for step in failed if step.id not in parents), None)


@dataclass(frozen=True, kw_only=True)
class RunReport(BaseReport):
    """The report of one test run: `result.report()`. `report_url` is the run's page;
    `result.report_url()` gives a share link."""

    task_id: str


@dataclass(frozen=True, kw_only=True)
class DeviceReport(BaseReport):
    """The report of a device session: `device.report()`, `client.devices.report(session_id)`.

    The same report as a test run's (steps, validations, summary, media); read while the
    session runs, it holds the steps so far.
    """

    session_id: str
    status: str | None
    """The session's status when the report was read (`running`, `completed`, ...)."""


@dataclass(frozen=True, kw_only=True)
class WorkflowReport:
    """A workflow run's reports: one `RunReport` per test that has one."""

    task_id: str
    workflow_id: str | None
    workflow_name: str | None
    tests: tuple[RunReport, ...]
    unavailable: tuple[str, ...] = ()
    """Task ids of the workflow's test runs Revyl has no report for (never started, legacy)."""
    report_url: str | None = None
    """The workflow run's page in the Revyl app."""

    @property
    def failed(self) -> tuple[RunReport, ...]:
        return tuple(report for report in self.tests if report.passed is False)


class ReportUnavailableError(RevylError):
    """Revyl has no report for this run or device session (yet): a run that never started
    or predates reports-v3, a session id Revyl does not know."""

    def __init__(self, task_id: str | None, reason: str, *, session_id: str | None = None) -> None:
        subject = f"session {session_id}" if session_id is not None else f"run {task_id}"
        super().__init__(f"no report for {subject}: {reason}")
        self.task_id = task_id
        self.session_id = session_id


class ArtifactDownloadError(RevylError):
    """An artifact of a run or session could not be saved; the message names it, never its URL."""
