"""`python scripts/regen.py [--spec SRC] [--out DIR | --check]`: the regeneration pipeline.

Exit codes: 0 done (or `--check`: up to date); 1 generator problems, or `--check` found
differences; 2 bad input (unreadable or non-OpenAPI spec, bad patch or config).
"""

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, NoReturn

from regen.errors import GenerationFailed, RegenError
from regen.generate import generate_client
from regen.layout import (
    EXCLUSIONS_FILE,
    GENERATED_DIR,
    GENERATOR_CONFIG,
    LOCK_FILE,
    PACKAGE,
    PATCHES_DIR,
    PULLED_SPEC_FILE,
    REPO_ROOT,
    REPORT_FILE,
)
from regen.lock import drift_summary, operation_fingerprints, render_lock
from regen.overlay import load_overlays
from regen.passes.exclusions import load_rules
from regen.pipeline import Prepared, prepare
from regen.postprocess import postprocess
from regen.publish import replace_directory, tree_differences, write_file
from regen.source import PulledSpec, default_source, pull
from regen.spec import iter_operations


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
    # For tests: another checkout-shaped directory, and generation without ruff.
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--no-format", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.check:
            return _check(args)
        if args.out is not None:
            return _write_out(args, args.out)
        return _regenerate(args)
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


def _load(args: argparse.Namespace) -> tuple[PulledSpec, Prepared]:
    root = args.root.resolve()
    pulled = pull(args.spec or default_source(root), root)
    prepared = prepare(pulled.document, load_overlays(PATCHES_DIR), load_rules(EXCLUSIONS_FILE))
    return pulled, prepared


def _build(prepared: Prepared, workspace: Path, args: argparse.Namespace) -> tuple[Path, int]:
    package_dir = workspace / PACKAGE
    endpoints = generate_client(prepared.document, GENERATOR_CONFIG, package_dir)
    postprocess(package_dir, format_code=not args.no_format)
    return package_dir, endpoints


def _regenerate(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    pulled, prepared = _load(args)
    lock_path = root / LOCK_FILE
    with tempfile.TemporaryDirectory(prefix=".regen-", dir=root) as workspace:
        package_dir, endpoints = _build(prepared, Path(workspace), args)
        lock = _lock(pulled, prepared, endpoints)
        previous = _read_json(lock_path)
        replace_directory(package_dir, root / GENERATED_DIR / PACKAGE)
    write_file(root / PULLED_SPEC_FILE, pulled.raw)
    write_file(lock_path, render_lock(lock))
    counts = lock["operations"]
    print(
        f"regen: {pulled.source} ({lock['info']['title']} {lock['info']['version']}): "
        f"{counts['generated']} operations generated, {counts['excluded']} excluded, "
        f"{len(lock['patches'])} patches"
    )
    print(f"regen: wrote {GENERATED_DIR}/{PACKAGE}/, {PULLED_SPEC_FILE}, {LOCK_FILE}")
    print("\n".join(drift_summary(previous, lock)))
    return 0


def _write_out(args: argparse.Namespace, out_dir: Path) -> int:
    pulled, prepared = _load(args)
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "spec_sha256": _sha256(pulled.raw),
        "operations_total": _count_operations(prepared),
        "operations_excluded": sorted(e.operation for e in prepared.excluded),
        "operations_generated": 0,
        "warnings": [],
    }
    try:
        with tempfile.TemporaryDirectory(prefix=".regen-", dir=out_dir) as workspace:
            package_dir, report["operations_generated"] = _build(prepared, Path(workspace), args)
            replace_directory(package_dir, out_dir / PACKAGE)
    except GenerationFailed as failure:
        report["warnings"] = failure.problems
        raise
    finally:
        write_file(out_dir / REPORT_FILE, (json.dumps(report, indent=2) + "\n").encode())
    print(f"regen: wrote {out_dir / PACKAGE}/ and {out_dir / REPORT_FILE}")
    return 0


def _check(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    committed = root / GENERATED_DIR / PACKAGE
    _, prepared = _load(args)
    with tempfile.TemporaryDirectory(prefix="regen-check-") as workspace:
        package_dir, _ = _build(prepared, Path(workspace), args)
        differences = tree_differences(committed, package_dir)
    if differences:
        print(
            f"regen: {GENERATED_DIR}/{PACKAGE} differs from what the spec generates "
            f"({len(differences)} file(s)); run `make regen`:",
            file=sys.stderr,
        )
        for difference in differences:
            print(f"  {difference}", file=sys.stderr)
        return 1
    print(f"regen: {GENERATED_DIR}/{PACKAGE} is up to date")
    return 0


def _lock(pulled: PulledSpec, prepared: Prepared, generated: int) -> dict[str, Any]:
    info = pulled.document.get("info", {})
    return {
        "source": pulled.source,
        "spec_sha256": _sha256(pulled.raw),
        "info": {"title": info.get("title"), "version": info.get("version")},
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "patches": sorted({f"scripts/patches/{result.overlay}" for result in prepared.patch_results}),
        "operations": {
            "total": _count_operations(prepared),
            "excluded": len(prepared.excluded),
            "generated": generated,
        },
        "excluded": sorted(excluded.operation for excluded in prepared.excluded),
        "name_collisions": prepared.changes["operation_name_collisions"],
        "operation_fingerprints": operation_fingerprints(prepared.patched),
    }


def _count_operations(prepared: Prepared) -> int:
    return sum(1 for _ in iter_operations(prepared.patched))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None
