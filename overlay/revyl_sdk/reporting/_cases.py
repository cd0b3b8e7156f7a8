"""Runs as CI sees them: suites of cases, one case per test run, free of I/O.

A test run is a case of the "Revyl tests" suite; a workflow run is a suite of its own,
one case per test. A case knows how the run ended, the step it failed at and every step,
from the run's report when there is one, else from the result alone.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from .._core.exceptions import RevylError
from .._core.logging import logger
from .._live.results import (
    AsyncTestResult,
    AsyncWorkflowResult,
    ChildResult,
    TestResult,
    WaitTimeout,
    WorkflowResult,
)
from .._reports.model import ReportStep, RunReport, WorkflowReport

__all__ = ["TESTS_SUITE", "AnyResult", "Case", "Suite", "fetch_reports", "suites_of"]

AnyResult: TypeAlias = TestResult | WorkflowResult | AsyncTestResult | AsyncWorkflowResult
TESTS_SUITE = "Revyl tests"
_FETCH_THREADS = 8


@dataclass(frozen=True, kw_only=True)
class Case:
    """One test run."""

    name: str
    task_id: str
    status: str
    """How it ended: Revyl's status ("completed", "failed", "timeout", ...), or "timed out"
    when the wait gave up first."""
    passed: bool
    duration: float | None
    error: str | None
    failing_step: ReportStep | None = None
    steps: tuple[ReportStep, ...] = ()
    report_url: str | None = None


@dataclass(frozen=True, kw_only=True)
class Suite:
    name: str
    cases: tuple[Case, ...]
    task_id: str | None = None
    """The workflow run's task id, for a workflow's suite."""
    report_url: str | None = None

    @property
    def failures(self) -> int:
        return sum(not case.passed for case in self.cases)


def test_case(result: TestResult | AsyncTestResult, report: RunReport | None, name: str | None = None) -> Case:
    return Case(
        name=name or (report.test_name if report else None) or result.task_id,
        task_id=result.task_id,
        status=result.status,
        passed=result.passed,
        duration=result.duration if result.duration is not None else (report.duration if report else None),
        error=result.error_message or (report.error_message if report else None),
        failing_step=None if result.passed or report is None else report.failing_step,
        steps=report.steps if report else (),
        report_url=report.report_url if report else None,
    )


def _child_case(child: ChildResult, report: RunReport | None) -> Case:
    passed = bool(child.passed) if child.passed is not None else bool(report and report.passed)
    return Case(
        name=child.test_name or (report.test_name if report else None) or child.task_id,
        task_id=child.task_id,
        status=child.status or ("completed" if passed else "unknown"),
        passed=passed,
        duration=child.duration if child.duration is not None else (report.duration if report else None),
        error=child.error_message or (report.error_message if report else None),
        failing_step=None if passed or report is None else report.failing_step,
        steps=report.steps if report else (),
        report_url=report.report_url if report else None,
    )


def workflow_suite(result: WorkflowResult | AsyncWorkflowResult, report: WorkflowReport | None,
                   name: str | None = None) -> Suite:
    by_task = {child.task_id: child for child in report.tests} if report else {}
    children = result.children or tuple(ChildResult(task_id=child.task_id, test_name=child.test_name)
                                        for child in (report.tests if report else ()))
    return Suite(
        name=name or (report.workflow_name if report else None) or f"workflow {result.task_id}",
        cases=tuple(_child_case(child, by_task.get(child.task_id)) for child in children),
        task_id=result.task_id,
        report_url=report.report_url if report else None,
    )


def timeout_case(timeout: WaitTimeout, name: str) -> Case:
    last = timeout.last
    seen = ""
    if last is not None and last.status:
        steps = f", step {last.steps_done or 0} of {last.steps_total}" if last.steps_total else ""
        seen = f" (last seen {last.status}{steps})"
    return Case(name=name, task_id=timeout.task_id, status="timed out", passed=False, duration=timeout.timeout,
                error=f"did not finish within {timeout.timeout:g}s{seen}")


def fetch_reports(results: Sequence[AnyResult], *, fetch: bool = True
                  ) -> list[RunReport | WorkflowReport | None]:
    """Each result's report: fetched (a few at once) for sync results when `fetch`, else
    whatever was already fetched. A report Revyl cannot give is None, with a log line."""

    def report_of(result: AnyResult) -> RunReport | WorkflowReport | None:
        cached = result._reports.peek()
        if cached is not None or not fetch or isinstance(result, AsyncTestResult | AsyncWorkflowResult):
            return cached
        try:
            return result.report()
        except RevylError as error:
            logger.warning("no report for run %s: %s", result.task_id, error)
            return None

    with concurrent.futures.ThreadPoolExecutor(_FETCH_THREADS, "revyl-report") as pool:
        return list(pool.map(report_of, results))


def suites_of(results: Sequence[AnyResult], reports: Sequence[RunReport | WorkflowReport | None]) -> list[Suite]:
    """The standalone test runs as one suite (first), then one suite per workflow run."""
    tests: list[Case] = []
    workflows: list[Suite] = []
    for result, report in zip(results, reports, strict=True):
        if isinstance(result, TestResult | AsyncTestResult):
            tests.append(test_case(result, report if isinstance(report, RunReport) else None))
        else:
            workflows.append(workflow_suite(result, report if isinstance(report, WorkflowReport) else None))
    return ([Suite(name=TESTS_SUITE, cases=tuple(tests))] if tests else []) + workflows
