"""`python -m revyl_sdk run` arguments: parsed once, a usage error is one line and exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

__all__ = ["USAGE_ERROR", "Options", "parse"]

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
    return parser


def parse(argv: Sequence[str] | None) -> Options:
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not args.tests and not args.workflow:
        parser.error("give at least one test or --workflow to run")
    if args.build_version_id is not None and not args.build_version_id.strip():
        parser.error("--build-version-id is empty")
    return Options(tests=tuple(args.tests), workflows=tuple(args.workflow),
                   build_version_id=args.build_version_id, timeout=args.timeout, junit=args.junit,
                   github_summary=args.github_summary, artifacts=args.artifacts)
