"""Suites -> Markdown for a GitHub Actions job summary (`$GITHUB_STEP_SUMMARY`)."""

from __future__ import annotations

from collections.abc import Sequence

from ._cases import TESTS_SUITE, Case, Suite

__all__ = ["duration_text", "failing_step_text", "render"]


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest:02d}s" if minutes else f"{seconds:.1f}s"


def failing_step_text(case: Case) -> str:
    if case.passed:
        return ""
    step = case.failing_step
    if step is None:
        return case.error or ""
    reason = step.error or case.error
    return f"{step.index}. {step.description or step.type}" + (f": {reason}" if reason else "")


def _cell(text: str) -> str:
    """Table-safe: one line, pipes escaped, long text cut."""
    flat = " ".join(text.split()).replace("|", "\\|")
    return flat if len(flat) <= 160 else flat[:157] + "..."


def _status(case: Case) -> str:
    return "✅ passed" if case.passed else f"❌ {case.status}"


def render(suites: Sequence[Suite]) -> str:
    cases = [(suite, case) for suite in suites for case in suite.cases]
    failed = sum(not case.passed for _, case in cases)
    verdict = "all passed" if not failed else f"{failed} failed"
    lines = [f"### Revyl: {len(cases) - failed} of {len(cases)} test runs passed ({verdict})", "",
             "| Test | Status | Duration | Failing step | Report |", "|---|---|---|---|---|"]
    for suite, case in cases:
        name = case.name if suite.name == TESTS_SUITE else f"{suite.name} / {case.name}"
        link = f"[report]({case.report_url})" if case.report_url else ""
        lines.append(" | ".join(["", _cell(name), _status(case), duration_text(case.duration),
                                 _cell(failing_step_text(case)), link, ""]).strip())
    return "\n".join(lines) + "\n"
