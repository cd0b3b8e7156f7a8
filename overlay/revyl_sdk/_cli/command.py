"""`python -m revyl_sdk run`: resolve, start everything at once, follow it on one stream, report.

Exit codes: 0 every run passed; 1 a run failed, timed out or could not start; 2 a usage,
authentication or lookup error (nothing was started, or what was started is cancelled);
130 interrupted (the runs this command started are cancelled; a second Ctrl-C while they
are being cancelled exits at once, leaving them). Errors are one line.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TextIO

from .._client import Revyl
from .._core.exceptions import AuthenticationError, PermissionDeniedError, RevylError
from .._live.results import TestResult, WaitTimeout, WorkflowResult
from .._live.runs import TestRun, WorkflowRun
from .._live.wait_plan import WaitOptions
from .._live.wait_sync import settle_all
from .._reports.artifacts import safe_name
from .._reports.model import RunReport, WorkflowReport
from ..reporting import _junit, _markdown
from ..reporting._cases import TESTS_SUITE, Case, Suite, test_case, timeout_case, workflow_suite
from .args import USAGE_ERROR, Options, TestsOptions, parse
from .display import Display
from .summary import table
from .targets import Target, resolve

__all__ = ["main"]

PASSED, FAILED, INTERRUPTED = 0, 1, 130
_STARTERS = 8  # execute requests in flight at once
_AUTH = (AuthenticationError, PermissionDeniedError)

Run = TestRun | WorkflowRun
Outcome = TestResult | WorkflowResult | RevylError


class _Console:
    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err

    def say(self, text: str) -> None:
        self.err.write(text + "\n")
        self.err.flush()

    def error(self, text: str) -> None:
        self.say(f"revyl: error: {text}")


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    options = parse(argv)
    if isinstance(options, TestsOptions):
        from .tests_command import run_tests_command

        return run_tests_command(options, out or sys.stdout, err or sys.stderr)
    console = _Console(out or sys.stdout, err or sys.stderr)
    try:
        client = Revyl()
    except RevylError as error:
        console.error(str(error))
        return USAGE_ERROR
    with client, _second_interrupt_exits(console):
        try:
            return _run(client, options, console)
        except KeyboardInterrupt:
            console.say("revyl: interrupted")
            return INTERRUPTED


@contextlib.contextmanager
def _second_interrupt_exits(console: _Console) -> Iterator[None]:
    """The first Ctrl-C raises KeyboardInterrupt (the runs started are cancelled); a second
    one exits at once with 130, as a user pressing it again means: no more waiting."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread (main() called from a worker)
        return
    interrupted = False

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        if interrupted:
            console.say("revyl: interrupted again; exiting without waiting for the cancellations")
            os._exit(INTERRUPTED)  # not SystemExit: threads mid-request would be waited for
        interrupted = True
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        if not interrupted:  # after one, stay ready for the second until the process ends
            signal.signal(signal.SIGINT, previous)


def _run(client: Revyl, options: Options, console: _Console) -> int:
    try:
        targets = resolve(client, options.tests, options.workflows)
    except RevylError as error:
        console.error(str(error))
        return USAGE_ERROR
    runs = _start_all(client, targets, options, console)
    if isinstance(runs, int):
        return runs
    try:
        return _follow(targets, runs, options, console)
    except KeyboardInterrupt:
        # Cancelled here, whenever the interrupt came; a run that had ended just says so.
        console.say(f"revyl: interrupted; cancelling the {_runs(len(runs))} it started (Ctrl-C again to exit now)")
        _cancel(runs, console)
        console.say(f"revyl: interrupted; cancelled the {_runs(len(runs))} it started")
        return INTERRUPTED


def _follow(targets: Sequence[Target], runs: Sequence[Run], options: Options, console: _Console) -> int:
    for target, run in zip(targets, runs, strict=True):
        console.say(f"started {target.kind} {target.label} (task {run.task_id})")
    display = Display([(run.task_id, target.label) for target, run in zip(targets, runs, strict=True)], console.err)
    try:
        outcomes = settle_all(runs, WaitOptions(timeout=options.timeout, on_progress=display))
    finally:
        display.close()
    _cancel_timed_out(runs, outcomes, console)
    reports = _fetch_reports(outcomes, everything=bool(options.junit or options.artifacts), console=console)
    suites = _suites(targets, outcomes, reports)
    console.out.write("\n" + table(suites))
    console.out.flush()
    _write_outputs(options, suites, targets, outcomes, console)
    if any(isinstance(outcome, _AUTH) for outcome in outcomes):
        return USAGE_ERROR
    return PASSED if all(case.passed for suite in suites for case in suite.cases) else FAILED


def _start(client: Revyl, target: Target, options: Options) -> Run:
    if target.kind == "workflow":
        return client.workflows.run(target.id)
    if options.build_version_id:
        return client.tests.run(target.id, build_version_id=options.build_version_id.strip())
    return client.tests.run(target.id)


def _start_all(client: Revyl, targets: Sequence[Target], options: Options, console: _Console) -> list[Run] | int:
    """Every run started (a few requests at once), or the exit code after cancelling those
    that did start when any could not."""
    with concurrent.futures.ThreadPoolExecutor(min(_STARTERS, len(targets)), "revyl-start") as pool:
        futures = [pool.submit(_start, client, target, options) for target in targets]
        try:
            concurrent.futures.wait(futures)
        except KeyboardInterrupt:
            concurrent.futures.wait(futures)  # let requests in flight land, so their runs can be cancelled
            _cancel_started(futures, console)
            raise
    failures = [(target, future.exception()) for target, future in zip(targets, futures, strict=True)
                if future.exception() is not None]
    if not failures:
        return [future.result() for future in futures]
    for target, error in failures:
        console.error(f"could not start {target.kind} {target.label}: {error}")
    _cancel_started(futures, console)
    user_errors = all(isinstance(error, RevylError) and _is_user_error(error) for _, error in failures)
    return USAGE_ERROR if user_errors else FAILED


def _runs(count: int) -> str:
    return f"{count} run" if count == 1 else f"{count} runs"


def _is_user_error(error: RevylError) -> bool:
    status = getattr(error, "status_code", None)
    return isinstance(status, int) and 400 <= status < 500 and status not in (408, 429)


def _cancel(runs: Sequence[Run], console: _Console) -> None:
    for run in runs:
        try:
            run.cancel()
        except RevylError as error:
            console.error(f"could not cancel run {run.task_id}: {error}")


def _cancel_started(futures: Sequence[concurrent.futures.Future[Run]], console: _Console) -> None:
    started = [future.result() for future in futures if future.exception() is None]
    _cancel(started, console)
    if started:
        console.say(f"cancelled the {_runs(len(started))} already started")


def _cancel_timed_out(runs: Sequence[Run], outcomes: Sequence[Outcome], console: _Console) -> None:
    """A CI job that gave up should not leave its runs using devices."""
    late = [run for run, outcome in zip(runs, outcomes, strict=True) if isinstance(outcome, WaitTimeout)]
    _cancel(late, console)
    if late:
        console.say(f"cancelled {_runs(len(late))} still going at the timeout")


def _fetch_reports(outcomes: Sequence[Outcome], *, everything: bool, console: _Console
                   ) -> list[RunReport | WorkflowReport | None]:
    """Reports of the failed runs (for their failing step), of every run when JUnit or
    artifacts want the steps; a few at once."""

    def report_of(outcome: Outcome) -> RunReport | WorkflowReport | None:
        if isinstance(outcome, RevylError) or (outcome.passed and not everything):
            return None
        try:
            return outcome.report()
        except RevylError as error:
            console.say(f"revyl: no report for run {outcome.task_id}: {error}")
            return None

    with concurrent.futures.ThreadPoolExecutor(_STARTERS, "revyl-report") as pool:
        return list(pool.map(report_of, outcomes))


def _error_case(target: Target, error: RevylError, task_id: str) -> Case:
    return Case(name=target.label, task_id=task_id, status="error", passed=False, duration=None, error=str(error))


def _suites(targets: Sequence[Target], outcomes: Sequence[Outcome],
            reports: Sequence[RunReport | WorkflowReport | None]) -> list[Suite]:
    tests: list[Case] = []
    workflows: list[Suite] = []
    for target, outcome, report in zip(targets, outcomes, reports, strict=True):
        if isinstance(outcome, TestResult):
            tests.append(test_case(outcome, report if isinstance(report, RunReport) else None, target.label))
        elif isinstance(outcome, WorkflowResult):
            workflows.append(workflow_suite(outcome, report if isinstance(report, WorkflowReport) else None,
                                            target.label))
        else:
            task_id = getattr(outcome, "task_id", "") or ""
            case = (timeout_case(outcome, target.label) if isinstance(outcome, WaitTimeout)
                    else _error_case(target, outcome, task_id))
            if target.kind == "test":
                tests.append(case)
            else:
                workflows.append(Suite(name=target.label, cases=(case,), task_id=task_id or None))
    return ([Suite(name=TESTS_SUITE, cases=tuple(tests))] if tests else []) + workflows


def _write_outputs(options: Options, suites: Sequence[Suite], targets: Sequence[Target],
                   outcomes: Sequence[Outcome], console: _Console) -> None:
    if options.junit:
        console.say(f"JUnit XML written to {_junit.write(suites, options.junit)}")
    if options.github_summary:
        markdown = _markdown.render(suites)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY", "").strip()
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(markdown + "\n")
            console.say(f"summary appended to {summary_file}")
        else:
            console.out.write("\n" + markdown)
    if options.artifacts:
        _save_artifacts(options.artifacts, targets, outcomes, console)


def _save_artifacts(directory: Path, targets: Sequence[Target], outcomes: Sequence[Outcome],
                    console: _Console) -> None:
    taken: set[str] = set()
    saved = 0
    for target, outcome in zip(targets, outcomes, strict=True):
        if isinstance(outcome, RevylError):
            continue
        name, number = safe_name(target.label), 2
        while name.casefold() in taken:
            name, number = f"{safe_name(target.label)} ({number})", number + 1
        taken.add(name.casefold())
        try:
            saved += len(outcome.download_artifacts(directory / name))
        except RevylError as error:
            console.say(f"revyl: artifacts of {target.label}: {error}")
    console.say(f"{saved} artifacts saved under {directory}")
