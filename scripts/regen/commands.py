"""The three ways regen runs: regenerate the checkout, write elsewhere (`--out`), `--check`.

Every way builds the client the same way: generate into a temporary directory, run the
compatibility gate against the committed client, put placeholders where the spec lacks
what the SDK uses, post-process. Only a full regeneration replaces `generated/` and writes
the spec, the lock, the changelog entry and the version.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regen.changelog import VERSION_FILE, affected_methods, make_entry, write_entry
from regen.errors import BreakingChanges, GenerationFailed, RegenError
from regen.gate import GateReport
from regen.gate import check as check_compatibility
from regen.generate import generate_client
from regen.layout import (
    EXCLUSIONS_FILE,
    GENERATED_DIR,
    GENERATOR_CONFIG,
    LOCK_FILE,
    PACKAGE,
    PATCHES_DIR,
    PULLED_SPEC_FILE,
    REPORT_FILE,
)
from regen.lock import drift_summary, operation_fingerprints, render_lock
from regen.manifest import load_manifest
from regen.names import Names, generated_names, merged_names
from regen.overlay import load_overlays
from regen.passes.exclusions import load_rules
from regen.pipeline import Prepared, covered_api, prepare
from regen.placeholders import add_placeholders
from regen.postprocess import postprocess
from regen.publish import replace_directory, tree_differences, write_file
from regen.source import PulledSpec, default_source, parse_openapi, pull
from regen.spec import iter_operations
from regen.spec_diff import DiffJob
from regen.surface import Surface, shape_from_json, shape_to_json

if TYPE_CHECKING:
    from revyl_sdk._manifest.needs import Needs


@dataclass(frozen=True)
class Built:
    package_dir: Path
    endpoints: int
    names: Names
    methods: Mapping[str, Needs] | None  # the SDK manifest; None: the checkout has none
    compat: GateReport | None  # None: no manifest, nothing checked
    carried_models: list[str]


def regenerate(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    lock_path = root / LOCK_FILE
    previous = _read_json(lock_path)
    pulled, prepared = _load(args, previous)
    target = root / GENERATED_DIR / PACKAGE
    with tempfile.TemporaryDirectory(prefix=".regen-", dir=root) as workspace:
        diff_job = DiffJob(root, _previous_api(root, previous, pulled), prepared.kept, Path(workspace))
        try:
            built = _build(prepared, pulled, Path(workspace), args, previous)
        except BaseException:
            diff_job.stop()
            raise
        lock = _lock(pulled, prepared, built, previous)
        changed = bool(tree_differences(target, built.package_dir))
        diff = diff_job.result(_routes(previous), set(built.names["operations"]), _changed_routes(previous, lock))
        replace_directory(built.package_dir, target)
    write_file(root / PULLED_SPEC_FILE, pulled.raw)
    write_file(lock_path, render_lock(lock))
    counts = lock["operations"]
    print(
        f"regen: {pulled.source} ({lock['info']['title']} {lock['info']['version']}): "
        f"{counts['generated']} operations generated, {counts['excluded']} excluded, "
        f"{len(lock['patches'])} patches"
    )
    print(f"regen: wrote {GENERATED_DIR}/{PACKAGE}/, {PULLED_SPEC_FILE}, {LOCK_FILE}")
    _print_compatibility(built)
    if changed and (root / VERSION_FILE).is_file():
        entry = make_entry(root, pulled.source, spec_label(pulled), diff, built.compat, built.methods)
        write_entry(root, entry)
        print(f"regen: version {entry.version} ({entry.bump}), CHANGELOG.md entry written")
    elif not changed:
        print("regen: the client did not change: no changelog entry, same version")
    print("\n".join(drift_summary(previous, lock)))
    for method, routes in affected_methods(built.methods, diff).items():
        print(f"  SDK {method}: {', '.join(f'{route} {diff.how(route)}' for route in routes)}")
    return 0


def write_out(args: argparse.Namespace, out_dir: Path) -> int:
    lock = _read_json(args.root.resolve() / LOCK_FILE)
    pulled, prepared = _load(args, lock)
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
            built = _build(prepared, pulled, Path(workspace), args, lock)
            report["operations_generated"] = built.endpoints
            report["sdk"] = _sdk_record(built.compat, built)
            replace_directory(built.package_dir, out_dir / PACKAGE)
    except GenerationFailed as failure:
        report["warnings"] = failure.problems
        raise
    except BreakingChanges as refused:
        report["sdk"] = _sdk_record(refused.report, None)
        raise
    finally:
        write_file(out_dir / REPORT_FILE, (json.dumps(report, indent=2) + "\n").encode())
    print(f"regen: wrote {out_dir / PACKAGE}/ and {out_dir / REPORT_FILE}")
    _print_compatibility(built)
    return 0


def check(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    committed = root / GENERATED_DIR / PACKAGE
    args.allow_breaking = True  # reproduce the committed client, whatever it breaks
    lock = _read_json(root / LOCK_FILE)
    pulled, prepared = _load(args, lock)
    with tempfile.TemporaryDirectory(prefix="regen-check-") as workspace:
        built = _build(prepared, pulled, Path(workspace), args, lock)
        differences = tree_differences(committed, built.package_dir)
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


def spec_label(pulled: PulledSpec) -> str:
    """How placeholders and the changelog name the spec: title, version and content hash."""
    info = pulled.document.get("info", {})
    return f"{info.get('title')} {info.get('version')}, sha256 {_sha256(pulled.raw)[:12]}"


def _load(args: argparse.Namespace, lock: dict[str, Any] | None) -> tuple[PulledSpec, Prepared]:
    root = args.root.resolve()
    pulled = pull(args.spec or default_source(root), root)
    names = lock.get("names") if lock is not None else None
    prepared = prepare(pulled.document, load_overlays(PATCHES_DIR), load_rules(EXCLUSIONS_FILE), names or None)
    return pulled, prepared


def _build(
    prepared: Prepared, pulled: PulledSpec, workspace: Path, args: argparse.Namespace, lock: dict[str, Any] | None
) -> Built:
    """`lock`: the committed client's, with the breaking changes it accepted and their
    baselines; only a breaking change not accepted before stops the regen."""
    root = args.root.resolve()
    recorded = ((lock or {}).get("sdk") or {}).get("baselines") or {}
    baselines = {subject: shape_from_json(shape) for subject, shape in recorded.items()}
    package_dir = workspace / PACKAGE
    endpoints = generate_client(prepared.document, GENERATOR_CONFIG, package_dir)
    names = generated_names(prepared.document)
    methods = load_manifest(root)
    committed = root / GENERATED_DIR / PACKAGE
    previous = committed if (committed / "models" / "__init__.py").is_file() else None
    compat = None
    if methods is not None:
        baseline = Surface(previous) if previous is not None else None
        compat = check_compatibility(methods, baseline, Surface(package_dir), names["operations"], baselines)
        earlier = ((lock or {}).get("sdk") or {}).get("breakages") or []
        compat.accepted = {(str(row.get("method")), str(row.get("change"))) for row in earlier}
        if compat.new_breakages and not args.allow_breaking:
            raise BreakingChanges(compat)
    carried = add_placeholders(
        package_dir,
        compat.missing_routes if compat is not None else {},
        compat.missing_models if compat is not None else (),
        previous,
        spec_label(pulled),
    )
    postprocess(package_dir, format_code=not args.no_format)
    return Built(package_dir, endpoints, names, methods, compat, carried)


def _lock(pulled: PulledSpec, prepared: Prepared, built: Built, previous: dict[str, Any] | None) -> dict[str, Any]:
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
            "generated": built.endpoints,
        },
        "excluded": sorted(excluded.operation for excluded in prepared.excluded),
        "name_collisions": prepared.changes["operation_name_collisions"],
        "names_kept": prepared.changes["stable_names"],
        "sdk": _sdk_record(built.compat, built),
        "operation_fingerprints": operation_fingerprints(prepared.patched),
        "names": merged_names((previous or {}).get("names"), built.names),
    }


def _sdk_record(compat: GateReport | None, built: Built | None) -> dict[str, Any]:
    """What the lock and --out's report say about the SDK on this client."""
    if compat is None:
        return {"checked": False}
    return {
        "checked": True,
        "breakages": [{"method": r.method, "change": r.change, "subject": r.subject} for r in compat.breakages],
        "degraded": [{"method": r.method, "change": r.change, "subject": r.subject} for r in compat.degraded],
        "flows": compat.flows,
        "unsupported_routes": sorted(compat.missing_routes),
        "carried_models": built.carried_models if built is not None else sorted(compat.missing_models),
        # What the SDK expects of what broke: later regens measure against this, not the
        # client that replaced it, until it fits again.
        "baselines": {subject: shape_to_json(shape) for subject, shape in sorted(compat.baselines.items())},
    }


def _print_compatibility(built: Built) -> None:
    compat = built.compat
    if compat is None:
        print("regen: no SDK manifest in this checkout: SDK compatibility not checked")
        return
    broken = compat.broken_methods
    print(f"regen: SDK methods broken: {len(broken)}" + (f" (accepted: {', '.join(broken)})" if broken else ""))
    for row in compat.breakages:
        print(f"  ! {row.method}: {row.change}" + (" (accepted before)" if row not in compat.new_breakages else ""))
    for method, flows in sorted(compat.flows.items()):
        print(f"regen: {method} will use: {', '.join(flows) or 'no flow (broken)'}")
    for row in compat.degraded:
        print(f"  ~ {row.method}: {row.change} (falls back)")
    if compat.missing_routes:
        print(f"regen: {len(compat.missing_routes)} operation(s) the SDK uses are missing: their methods raise "
              "UnsupportedOperationError")


def _previous_api(root: Path, lock: dict[str, Any] | None, pulled: PulledSpec) -> dict[str, Any] | None:
    """The API the committed client covers, if the spec it came from is still at hand."""
    path = root / PULLED_SPEC_FILE
    if lock is None or not path.is_file():
        return None
    raw = path.read_bytes()
    if _sha256(raw) != lock.get("spec_sha256") or _sha256(raw) == _sha256(pulled.raw):
        return None
    try:
        return covered_api(parse_openapi(raw, str(path)))
    except RegenError:
        return None


def _routes(lock: dict[str, Any] | None) -> set[str]:
    """Routes the previous client generated (its spec's, less the excluded ones)."""
    if lock is None:
        return set()
    return set(lock.get("operation_fingerprints") or {}) - set(lock.get("excluded") or [])


def _changed_routes(previous: dict[str, Any] | None, lock: dict[str, Any]) -> list[str]:
    before = (previous or {}).get("operation_fingerprints") or {}
    after: dict[str, str] = lock["operation_fingerprints"]
    return sorted(route for route in after.keys() & before.keys() if after[route] != before[route])


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
