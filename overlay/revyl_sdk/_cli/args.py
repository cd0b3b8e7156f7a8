"""`python -m revyl_sdk run` and `tests` arguments: parsed once, a usage error is one line and exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

__all__ = ["USAGE_ERROR", "Options", "TestsOptions", "parse"]

USAGE_ERROR = 2
DEFAULT_TIMEOUT = 3600.0  # Revyl's CLI gives a run an hour by default too


@dataclass(frozen=True)
class Options:
    tests: tuple[str, ...]
    workflows: tuple[str, ...]
    build_version_id: str | None
    timeout: float
    junit: Path | None
    github_summary: bool
    artifacts: Path | None


@dataclass(frozen=True)
class TestsOptions:
    """`python -m revyl_sdk tests ACTION [DIR]`: tests kept as YAML in the repo."""

    action: str  # status / diff / pull / push
    project_dir: Path
    tests: tuple[str, ...]
    force: bool
    dry_run: bool
    json: bool
    linked_only: bool


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints the whole usage block; in a CI log one line says it better.
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message} (see --help)\n")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text}")
    return value


def _parser() -> _Parser:
    parser = _Parser(
        prog="python -m revyl_sdk",
        description="Run Revyl tests and workflows from CI: start them all at once, follow them "
                    "live, print a summary, write JUnit XML. Exit 0 when all passed, 1 when any "
                    "failed or timed out, 2 for usage, authentication or lookup errors.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = commands.add_parser("run", help="run tests and workflows by name or id, and wait for them")
    run.add_argument("tests", nargs="*", metavar="NAME_OR_ID", help="tests to run, by name or id")
    run.add_argument("--workflow", action="append", default=[], metavar="NAME_OR_ID",
                     help="a workflow to run, by name or id (repeatable)")
    run.add_argument("--build-version-id", metavar="ID", help="the build the tests run against")
    run.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="S",
                     help=f"seconds to wait for everything (default {DEFAULT_TIMEOUT:g}); runs still "
                          "going then are cancelled")
    run.add_argument("--junit", type=Path, metavar="PATH", help="write JUnit XML here")
    run.add_argument("--github-summary", action="store_true",
                     help="append a Markdown summary to $GITHUB_STEP_SUMMARY (stdout if unset)")
    run.add_argument("--artifacts", type=Path, metavar="DIR",
                     help="save each run's video, screenshots, device and network logs here")
    _tests_parser(commands)
    return parser


_TESTS_ACTIONS = {
    "status": "how each test in .revyl/tests compares with Revyl (exit 1 when any differs)",
    "diff": "Revyl's version of each changed test against its file (exit 1 when any differs)",
    "pull": "write Revyl's tests into .revyl/tests (exit 1 on a conflict)",
    "push": "create or update in Revyl the tests changed in .revyl/tests (exit 1 on a conflict, "
            "2 when a file is invalid: then nothing is sent)",
}


def _tests_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    tests = commands.add_parser("tests", help="tests kept as YAML in the repo, as Revyl's CLI keeps them",
                                description="Tests as code: .revyl/tests/<alias>.yaml, as Revyl's CLI lays "
                                            "them out. Exit 0 clean or done, 1 differences or conflicts, 2 usage "
                                            "or validation errors.")
    actions = tests.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for action, summary in _TESTS_ACTIONS.items():
        sub = actions.add_parser(action, help=summary, description=summary)
        sub.add_argument("project_dir", nargs="?", default=".", type=Path, metavar="DIR",
                         help="the directory holding .revyl/ (default: the current one)")
        sub.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
        if action != "status":
            sub.add_argument("--test", action="append", default=[], metavar="ALIAS_OR_ID", dest="tests",
                             help="only this test (its file name, or its id; repeatable)")
        if action in ("pull", "push"):
            sub.add_argument("--force", action="store_true",
                             help="pull over local changes / push over changes made in Revyl")
            sub.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
        if action == "status":
            sub.add_argument("--linked-only", action="store_true",
                             help="leave out Revyl's tests that no file holds")


def parse(argv: Sequence[str] | None) -> Options | TestsOptions:
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "tests":
        return TestsOptions(action=args.action, project_dir=args.project_dir, tests=tuple(getattr(args, "tests", ())),
                            force=getattr(args, "force", False), dry_run=getattr(args, "dry_run", False),
                            json=args.json, linked_only=getattr(args, "linked_only", False))
    if not args.tests and not args.workflow:
        parser.error("give at least one test or --workflow to run")
    if args.build_version_id is not None and not args.build_version_id.strip():
        parser.error("--build-version-id is empty")
    return Options(tests=tuple(args.tests), workflows=tuple(args.workflow),
                   build_version_id=args.build_version_id, timeout=args.timeout, junit=args.junit,
                   github_summary=args.github_summary, artifacts=args.artifacts)
