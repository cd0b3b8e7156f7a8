"""The summary table printed when every run has ended."""

from __future__ import annotations

from collections.abc import Sequence

from ..reporting._cases import TESTS_SUITE, Suite
from ..reporting._markdown import duration_text, failing_step_text

__all__ = ["table"]

_MAX_STEP = 60


def _cut(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 3] + "..."


def table(suites: Sequence[Suite]) -> str:
    rows = [("Test", "Status", "Duration", "Failing step", "Report")]
    for suite in suites:
        for case in suite.cases:
            name = case.name if suite.name == TESTS_SUITE else f"{suite.name} / {case.name}"
            rows.append((name, "passed" if case.passed else case.status, duration_text(case.duration),
                         _cut(failing_step_text(case), _MAX_STEP), case.report_url or ""))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = ["  ".join([*(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)), row[4]]).rstrip()
             for row in rows]
    cases = [case for suite in suites for case in suite.cases]
    failed = sum(not case.passed for case in cases)
    lines.append(f"{len(cases) - failed} of {len(cases)} passed" + (f", {failed} failed" if failed else ""))
    return "\n".join(lines) + "\n"
