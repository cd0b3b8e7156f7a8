"""CI output for finished runs: a JUnit XML file every CI system reads, and a GitHub job summary.

    from revyl_sdk.reporting import github_summary, write_junit

    results = client.monitor.wait_all(runs)
    write_junit(results, "revyl-junit.xml")
    Path(os.environ["GITHUB_STEP_SUMMARY"]).open("a").write(github_summary(results))

Each test run is one `<testcase>`: standalone runs share the "Revyl tests" suite, and a
workflow run is a `<testsuite>` of its tests. A failed run's `<failure>` names the step it
failed at and the error; the steps go to `<system-out>`. The failing step and the steps
come from each run's report, fetched here for results of the sync client (a few at once;
`fetch_reports=False` skips it). For `AsyncRevyl` results, `await result.report()` first:
reports already fetched are used, nothing more is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from . import _junit, _markdown
from ._cases import AnyResult, suites_of
from ._cases import fetch_reports as _fetch

__all__ = ["github_summary", "write_junit"]


def write_junit(results: Sequence[AnyResult], path: str | Path, *, fetch_reports: bool = True) -> Path:
    """Write `results` as JUnit XML to `path` (replaced whole); returns the path."""
    return _junit.write(suites_of(results, _fetch(results, fetch=fetch_reports)), path)


def github_summary(results: Sequence[AnyResult], *, fetch_reports: bool = True) -> str:
    """Markdown for `$GITHUB_STEP_SUMMARY`: a headline and a table of test, status,
    duration, failing step and report link."""
    return _markdown.render(suites_of(results, _fetch(results, fetch=fetch_reports)))

