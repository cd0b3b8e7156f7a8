"""What a finished wait returns (`TestResult`, `WorkflowResult`) and the errors it can raise.

Each result comes as a sync/async pair. The two differ only in the methods that ask
Revyl for more on first use and keep the answer: `report_url()` (a share link),
`report()` (steps, validations, media) and `download_artifacts()`. Each costs requests
that most callers never need.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Self

from .._core.exceptions import RevylError
from .status import Progress

if TYPE_CHECKING:
    from .._reports.artifacts import DownloadProgress
    from .._reports.model import RunReport, WorkflowReport
    from .._reports.source import AsyncReportSource, ReportSource

__all__ = [
    "AsyncTestResult",
    "AsyncWorkflowResult",
    "ChildResult",
    "RunFailedError",
    "TestResult",
    "WaitTimeout",
    "WorkflowResult",
]


@dataclass(frozen=True, kw_only=True)
class _Outcome:
    """How a run ended. `passed` follows Revyl's own rules; `completed` alone is not a pass."""

    _noun: ClassVar[str]

    task_id: str
    status: str
    passed: bool
    duration: float | None
    """Seconds the run took, when Revyl reports it."""
    steps_done: int | None
    """Steps completed (for a workflow: tests completed)."""
    steps_total: int | None
    error_message: str | None

    def raise_for_status(self) -> Self:
        """Raise `RunFailedError` unless the run passed; returns the result for chaining."""
        if not self.passed:
            raise RunFailedError(self)
        return self


@dataclass(frozen=True, kw_only=True)
class ChildResult:
    """One test of a workflow run. Fields stay None where Revyl's report had nothing."""

    __test__ = False  # not a pytest test class, whatever its name

    task_id: str
    test_id: str | None = None
    test_name: str | None = None
    platform: str | None = None
    status: str | None = None
    passed: bool | None = None
    duration: float | None = None
    error_message: str | None = None


@dataclass(frozen=True, kw_only=True)
class _WorkflowOutcome(_Outcome):
    _noun: ClassVar[str] = "workflow"

    passed_tests: int | None
    failed_tests: int | None
    children: tuple[ChildResult, ...]
    """Per-test results: from Revyl's unified report, else just the child task ids."""


@dataclass(frozen=True, kw_only=True)
class TestResult(_Outcome):
    __test__ = False
    _noun: ClassVar[str] = "test"
    _link: Callable[[], str] = field(repr=False, compare=False)
    _reports: ReportSource[RunReport] = field(repr=False, compare=False)

    def report_url(self) -> str:
        """A link anyone can open to see this run's report (fetched once, on first call)."""
        return self._link()

    def report(self) -> RunReport:
        """The run's report: steps (status, duration, error, screenshots), validations,
        summary, video and log links. Fetched once, on first call; `ReportUnavailableError`
        when Revyl has none."""
        return self._reports.report()

    def download_artifacts(self, directory: str | Path, *,
                           on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save the run's video, screenshots, device logs and network log (those it has)
        under `directory`, streaming each; returns the paths written."""
        return self._reports.download(directory, on_progress)


@dataclass(frozen=True, kw_only=True)
class AsyncTestResult(_Outcome):
    _noun: ClassVar[str] = "test"
    _link: Callable[[], Awaitable[str]] = field(repr=False, compare=False)
    _reports: AsyncReportSource[RunReport] = field(repr=False, compare=False)

    async def report_url(self) -> str:
        """A link anyone can open to see this run's report (fetched once, on first call)."""
        return await self._link()

    async def report(self) -> RunReport:
        """The run's report: steps (status, duration, error, screenshots), validations,
        summary, video and log links. Fetched once, on first call; `ReportUnavailableError`
        when Revyl has none."""
        return await self._reports.report()

    async def download_artifacts(self, directory: str | Path, *,
                                 on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save the run's video, screenshots, device logs and network log (those it has)
        under `directory`, streaming each; returns the paths written."""
        return await self._reports.download(directory, on_progress)


@dataclass(frozen=True, kw_only=True)
class WorkflowResult(_WorkflowOutcome):
    _link: Callable[[], str] = field(repr=False, compare=False)
    _reports: ReportSource[WorkflowReport] = field(repr=False, compare=False)

    def report_url(self) -> str:
        """A link anyone can open to see this run's report (fetched once, on first call)."""
        return self._link()

    def report(self) -> WorkflowReport:
        """One `RunReport` per test the workflow ran (fetched once, on first call)."""
        return self._reports.report()

    def download_artifacts(self, directory: str | Path, *,
                           on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save each test's artifacts in a folder of `directory` named after the test."""
        return self._reports.download(directory, on_progress)


@dataclass(frozen=True, kw_only=True)
class AsyncWorkflowResult(_WorkflowOutcome):
    _link: Callable[[], Awaitable[str]] = field(repr=False, compare=False)
    _reports: AsyncReportSource[WorkflowReport] = field(repr=False, compare=False)

    async def report_url(self) -> str:
        """A link anyone can open to see this run's report (fetched once, on first call)."""
        return await self._link()

    async def report(self) -> WorkflowReport:
        """One `RunReport` per test the workflow ran (fetched once, on first call)."""
        return await self._reports.report()

    async def download_artifacts(self, directory: str | Path, *,
                                 on_progress: DownloadProgress | None = None) -> list[Path]:
        """Save each test's artifacts in a folder of `directory` named after the test."""
        return await self._reports.download(directory, on_progress)


class RunFailedError(RevylError):
    """`raise_for_status()` on a run that did not pass; `result` says how it ended."""

    def __init__(self, result: _Outcome) -> None:
        reason = f": {result.error_message}" if result.error_message else ""
        super().__init__(f"{result._noun} run {result.task_id} {result.status}{reason}")
        self.result = result


class WaitTimeout(RevylError):
    """The run did not finish in time. It goes on: wait again, or cancel it.

    `last` is the run's last known progress (None if nothing was heard).
    """

    def __init__(self, task_id: str, timeout: float, last: Progress | None) -> None:
        seen = f"; last status {last.status!r}" if last and last.status else ""
        super().__init__(f"run {task_id} did not finish within {timeout:g}s{seen}")
        self.task_id = task_id
        self.timeout = timeout
        self.last = last

    @property
    def status(self) -> str | None:
        """The last status seen before the wait gave up (None if none was read)."""
        return self.last.status if self.last else None
