"""`python scripts/regen.py [--spec SRC] [--out DIR | --check] [--allow-breaking]`: the
regeneration pipeline.

Exit codes: 0 done (or `--check`: up to date); 1 generator problems, or `--check` found
differences; 2 bad input (unreadable or non-OpenAPI spec, bad patch or config); 3 the new
client would break SDK methods (named on stderr) and nothing was written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from regen.commands import check, regenerate, write_out
from regen.errors import BreakingChanges, GenerationFailed, RegenError
from regen.layout import GENERATED_DIR, LOCK_FILE, PACKAGE, REPO_ROOT, REPORT_FILE


class OneLineArgumentParser(argparse.ArgumentParser):
    """Usage mistakes get one line, like every other user error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"regen: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineArgumentParser(prog="regen", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec",
        metavar="SRC",
        help="OpenAPI file path or http(s) URL, JSON or YAML (default: "
        "../shared/revyl-openapi/openapi.json when present, else the public backend's)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        help=f"write DIR/{PACKAGE} and DIR/{REPORT_FILE} only; touch nothing else",
    )
    mode.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1, listing files, if {GENERATED_DIR}/{PACKAGE} is not what the spec generates",
    )
    parser.add_argument(
        "--allow-breaking",
        action="store_true",
        help=f"write the client even if it breaks SDK methods; the breakages go into {LOCK_FILE} "
        "and CHANGELOG.md, and those methods raise UnsupportedOperationError or may fail",
    )
    # For tests: another checkout-shaped directory, and generation without ruff.
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--no-format", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.check:
            return check(args)
        if args.out is not None:
            return write_out(args, args.out)
        return regenerate(args)
    except RegenError as error:
        print(f"regen: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    except GenerationFailed as failure:
        print(
            f"regen: error: the generator reported {len(failure.problems)} problem(s); no client was written:",
            file=sys.stderr,
        )
        for problem in failure.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    except BreakingChanges as refused:
        methods = refused.report.broken_methods
        print(
            f"regen: refused: the new client would break {len(methods)} SDK method(s) "
            f"({', '.join(methods)}); nothing was written.",
            file=sys.stderr,
        )
        width = max(len(row.method) for row in refused.report.breakages)
        print(f"  {'SDK method':<{width}}  what changed", file=sys.stderr)
        for row in refused.report.breakages:
            earlier = " (accepted before)" if (row.method, row.change) in refused.report.accepted else ""
            print(f"  {row.method:<{width}}  {row.change}{earlier}", file=sys.stderr)
        print(
            "regen: run again with --allow-breaking to write it anyway: the methods above then raise "
            "UnsupportedOperationError (operation missing) or may fail (operation changed).",
            file=sys.stderr,
        )
        return 3
