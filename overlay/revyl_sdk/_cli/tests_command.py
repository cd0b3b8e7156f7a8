"""`python -m revyl_sdk tests status|diff|pull|push [DIR]`: tests as code, for a CI log.

One line per test (`state  alias  detail`), then a summary line; `--json` prints the
result object instead. Exit codes: 0 clean (status, diff) or done (pull, push); 1 a
difference (status, diff) or a conflict or failure (pull, push); 2 a usage or validation
error (an invalid file, no project, a refused API key): then nothing was sent.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

from .._client import Revyl
from .._core.exceptions import AuthenticationError, PermissionDeniedError, RevylError
from .._testcode.results import (
    DiffResult,
    PullAction,
    PullResult,
    PushAction,
    PushResult,
    SyncState,
    TestsStatus,
)
from .args import USAGE_ERROR, TestsOptions

__all__ = ["run_tests_command"]

CLEAN, DIFFERS = 0, 1


def run_tests_command(options: TestsOptions, out: TextIO, err: TextIO) -> int:
    try:
        client = Revyl()
    except RevylError as error:
        err.write(f"revyl: error: {error}\n")
        return USAGE_ERROR
    with client:
        try:
            result, code = _act(client, options)
        except (AuthenticationError, PermissionDeniedError) as error:
            err.write(f"revyl: error: {error}\n")
            return USAGE_ERROR
        except RevylError as error:
            err.write(f"revyl: error: {error}\n")
            return USAGE_ERROR if getattr(error, "status_code", None) is None else DIFFERS
    if options.json:
        out.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        out.write("".join(line + "\n" for line in _lines(result)))
    out.flush()
    return code


def _act(client: Revyl, options: TestsOptions) -> tuple[Any, int]:
    tests = list(options.tests) or None
    if options.action == "status":
        status = client.tests.status(options.project_dir, remote_only=not options.linked_only)
        invalid = status.with_state(SyncState.INVALID)
        return status, USAGE_ERROR if invalid else CLEAN if status.clean else DIFFERS
    if options.action == "diff":
        diffs = client.tests.diff(options.project_dir, tests=tests)
        return diffs, DIFFERS if diffs.differs else CLEAN
    if options.action == "pull":
        pulled = client.tests.pull(options.project_dir, tests=tests, force=options.force, dry_run=options.dry_run)
        return pulled, CLEAN if pulled.ok else DIFFERS
    pushed = client.tests.push(options.project_dir, tests=tests, force=options.force, dry_run=options.dry_run)
    return pushed, USAGE_ERROR if pushed.errors else CLEAN if pushed.ok else DIFFERS


def _table(rows: Iterable[tuple[str, str, str]]) -> list[str]:
    rows = list(rows)
    width = max((len(state) for state, _, _ in rows), default=0)
    name_width = max((len(name) for _, name, _ in rows), default=0)
    return [f"{state:<{width}}  {name:<{name_width}}  {detail}".rstrip() for state, name, detail in rows]


def _counted(states: Iterable[str], noun: str = "test") -> str:
    counts = Counter(states)
    total = sum(counts.values())
    parts = ", ".join(f"{count} {state}" for state, count in counts.items())
    return f"{total} {noun}{'' if total == 1 else 's'}" + (f": {parts}" if parts else "")


def _lines(result: Any) -> list[str]:
    if isinstance(result, TestsStatus):
        rows = [(str(test.state), test.alias or f"({test.name})", _versions(test.local_version, test.remote_version,
                                                                            test.message)) for test in result.tests]
        return [*_table(rows), _counted(str(test.state) for test in result.tests)]
    if isinstance(result, DiffResult):
        lines = [line.rstrip("\n") for test in result.tests if test.diff for line in test.diff.splitlines()]
        changed = [test for test in result.tests if test.differs]
        return [*lines, f"{len(changed)} of {len(result.tests)} tests differ"
                + (f": {', '.join(test.alias for test in changed)}" if changed else "")]
    if isinstance(result, PushResult) and result.errors:
        return [*(str(error) for error in result.errors),
                f"{len(result.errors)} problem(s) in the test files: nothing was pushed"]
    if isinstance(result, PushResult | PullResult):
        rows = [(str(test.action), test.alias, " ".join(filter(None, [
            f"v{test.version}" if test.version else "", test.message or ""]))) for test in result.tests]
        warnings = [f"warning: {test.alias}: {warning}" for test in result.tests
                    for warning in getattr(test, "warnings", ())]
        verb = "pushed" if isinstance(result, PushResult) else "pulled"
        done = {PushAction.CREATED, PushAction.UPDATED, PullAction.PULLED}
        summary = f"{sum(test.action in done for test in result.tests)} {verb}"
        dry = " (dry run: nothing changed)" if result.dry_run else ""
        return [*_table(rows), *warnings, f"{summary}; {_counted(str(test.action) for test in result.tests)}{dry}"]
    raise TypeError(type(result).__name__)


def _versions(local: int | None, remote: int | None, message: str | None) -> str:
    parts = []
    if local is not None:
        parts.append(f"file v{local}")
    if remote is not None:
        parts.append(f"Revyl v{remote}")
    return ", ".join(parts) + (f" ({message})" if message else "")
