"""Suites -> JUnit XML (junitparser's xunit2 flavour, valid against Jenkins' JUnit XSD).

That schema has no properties on a test case, so a suite's `<properties>` carry, for each
of its cases, `<case name>.task_id` and `<case name>.report_url` (a workflow's suite also
its own `task_id` and `report_url`); each case's `<system-out>` starts with both too,
where every CI viewer shows them. Case names are made unique within their suite.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from junitparser import Failure
from junitparser.xunit2 import JUnitXml, TestCase, TestSuite

from .._reports.model import ReportStep
from ._cases import Case, Suite

__all__ = ["step_line", "write"]


def _seconds(value: float | None) -> float:
    # The schema's time pattern allows no exponent: keep three decimals at most.
    return round(value, 3) if value is not None and value >= 0 else 0.0


def step_line(step: ReportStep) -> str:
    duration = f" ({step.duration:.1f}s)" if step.duration is not None else ""
    error = f": {step.error}" if step.error and step.failed else ""
    return f"{step.index}. [{step.status}] {step.description or step.type}{duration}{error}"


def failure_message(case: Case) -> str:
    step = case.failing_step
    where = f"step {step.index} ({step.description or step.type}) failed" if step else f"run {case.status}"
    reason = (step.error if step and step.error else None) or case.error
    return f"{where}: {reason}" if reason else where


def _failure_text(case: Case) -> str:
    lines = [failure_message(case)]
    if case.failing_step and case.failing_step.validation_reasoning:
        lines.append(f"Validation: {case.failing_step.validation_reasoning}")
    if case.error and case.error not in lines[0]:
        lines.append(f"Error: {case.error}")
    if case.report_url:
        lines.append(f"Report: {case.report_url}")
    return "\n".join(lines)


def _output(case: Case) -> str:
    lines = [f"Task: {case.task_id}", f"Status: {case.status}"]
    if case.report_url:
        lines.append(f"Report: {case.report_url}")
    if case.steps:
        lines.append("Steps:")
        lines += [f"  {step_line(step)}" for step in case.steps]
    return "\n".join(lines) + "\n"


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return unique


def _suite(suite: Suite) -> TestSuite:
    element = TestSuite(suite.name)  # type: ignore[no-untyped-call]  # junitparser is partly typed
    if suite.task_id:
        element.add_property("task_id", suite.task_id)
    if suite.report_url:
        element.add_property("report_url", suite.report_url)
    for name, case in zip(_unique([case.name for case in suite.cases]), suite.cases, strict=True):
        element.add_property(f"{name}.task_id", case.task_id)
        if case.report_url:
            element.add_property(f"{name}.report_url", case.report_url)
        testcase = TestCase(name, classname=suite.name, time=_seconds(case.duration))
        if not case.passed:
            failure = Failure(failure_message(case), case.status.replace(" ", "_"))
            failure.text = _failure_text(case)
            testcase.result = [failure]
        testcase.system_out = _output(case)
        element.add_testcase(testcase)
    element.update_statistics()  # type: ignore[no-untyped-call]
    element.time = _seconds(sum(case.duration or 0.0 for case in suite.cases))
    return element


def write(suites: Sequence[Suite], path: str | Path) -> Path:
    """Write the JUnit file atomically (a partial file never replaces a good one)."""
    document = JUnitXml("Revyl")
    for suite in suites:
        document.add_testsuite(_suite(suite))
    document.update_statistics()  # type: ignore[no-untyped-call]
    document.time = _seconds(sum(suite.time for suite in document))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f".{target.name}.part")
    document.write(str(scratch), pretty=True)
    os.replace(scratch, target)
    return target

