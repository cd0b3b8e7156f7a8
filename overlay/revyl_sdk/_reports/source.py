"""Where a result gets its report and artifacts: fetched on first use, then kept.

A finished result holds one of these. `report()` costs two requests for a test and two
per test for a workflow, so nothing is fetched until asked; `download()` reuses the
report already fetched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.effects import Plan
from .._core.runtime import run_async, run_sync
from .artifacts import DownloadProgress, download, download_async, safe_name
from .fetch import run_report_plan, workflow_report_plan
from .model import RunReport, WorkflowReport

__all__ = ["AsyncReportSource", "ReportSource", "child_directories", "run_report_plan", "workflow_report_plan"]

ReportT = TypeVar("ReportT", bound=RunReport | WorkflowReport)
PlanFor = Callable[[str], Plan[ReportT]]
"""`run_report_plan` or `workflow_report_plan`."""


def child_directories(report: WorkflowReport, directory: Path) -> list[tuple[RunReport, Path]]:
    """One folder per test of the workflow, named after the test (unique even when names repeat)."""
    taken: set[str] = set()
    placed = []
    for child in report.tests:
        base = safe_name(child.test_name or child.task_id)
        name, number = base, 2
        while name.casefold() in taken:
            name, number = f"{base} ({number})", number + 1
        taken.add(name.casefold())
        placed.append((child, directory / name))
    return placed


class _Source(Generic[ReportT]):
    def __init__(self, task_id: str, plan: PlanFor[ReportT]) -> None:
        self.task_id = task_id
        self._plan_for = plan
        self._report: ReportT | None = None

    def peek(self) -> ReportT | None:
        """The report if it was already fetched; never sends anything."""
        return self._report

    def _plan(self) -> Plan[ReportT]:
        return self._plan_for(self.task_id)


class ReportSource(_Source[ReportT]):
    """The report of one run for the sync client, fetched once (thread-safe)."""

    def __init__(self, api: SyncAPIClient, task_id: str, plan: PlanFor[ReportT]) -> None:
        super().__init__(task_id, plan)
        self._api = api
        self._lock = threading.Lock()

    def report(self) -> ReportT:
        with self._lock:
            if self._report is None:
                self._report = run_sync(self._api, self._plan())
            return self._report

    def download(self, directory: str | Path, on_progress: DownloadProgress | None = None) -> list[Path]:
        report, folder = self.report(), Path(directory)
        if isinstance(report, RunReport):
            return download(self._api.http_client, report, folder, on_progress)
        return [path for child, place in child_directories(report, folder)
                for path in download(self._api.http_client, child, place, on_progress)]


class AsyncReportSource(_Source[ReportT]):
    """The report of one run for the async client, fetched once."""

    def __init__(self, api: AsyncAPIClient, task_id: str, plan: PlanFor[ReportT]) -> None:
        super().__init__(task_id, plan)
        self._api = api

    async def report(self) -> ReportT:
        if self._report is None:
            self._report = await run_async(self._api, self._plan())
        return self._report

    async def download(self, directory: str | Path, on_progress: DownloadProgress | None = None) -> list[Path]:
        report, folder = await self.report(), Path(directory)
        if isinstance(report, RunReport):
            return await download_async(self._api.http_client, report, folder, on_progress)
        saved: list[Path] = []
        for child, place in child_directories(report, folder):
            saved += await download_async(self._api.http_client, child, place, on_progress)
        return saved
