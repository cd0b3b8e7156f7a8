"""CHANGELOG.md entries and the package version, for each regen that changes the client.

The bump follows semver from the SDK's point of view: a breaking change to an SDK method
(a breakage the compatibility gate found, not accepted by an earlier regen) is major, new
operations are minor, anything else is a patch. The version lives in one place,
overlay/revyl_sdk/_version.py; pyproject.toml reads it from there.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from regen.errors import RegenError
from regen.gate import GateReport
from regen.spec_diff import SpecDiff

if TYPE_CHECKING:
    from revyl_sdk._manifest.needs import Needs

CHANGELOG_FILE = "CHANGELOG.md"
VERSION_FILE = Path("overlay") / "revyl_sdk" / "_version.py"
HEADER = "# Changelog\n\nWritten by `make regen` for every regeneration that changes the client.\n"
_VERSION = re.compile(r'^__version__ = "(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)"$', re.MULTILINE)
LISTED_ROUTES = 25  # per kind; the rest is counted


@dataclass(frozen=True)
class Entry:
    version: str
    bump: str
    text: str


def read_version(root: Path) -> tuple[int, int, int]:
    try:
        match = _VERSION.search((root / VERSION_FILE).read_text(encoding="utf-8"))
    except OSError as error:
        raise RegenError(f"cannot read the package version: {error}") from error
    if match is None:
        raise RegenError(f"{VERSION_FILE} holds no `__version__ = \"X.Y.Z\"`")
    return int(match["major"]), int(match["minor"]), int(match["patch"])


def bump_kind(diff: SpecDiff, compat: GateReport | None) -> str:
    if compat is not None and compat.new_breakages:
        return "major"
    return "minor" if diff.added else "patch"


def bumped(version: tuple[int, int, int], kind: str) -> str:
    major, minor, patch = version
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def affected_methods(methods: Mapping[str, Needs] | None, diff: SpecDiff) -> dict[str, list[str]]:
    """SDK method -> the routes it uses that were removed or changed."""
    if methods is None:
        return {}
    touched = set(diff.removed) | set(diff.changed)
    affected = {
        method: sorted({op.route for op in needs.operations} & touched) for method, needs in methods.items()
    }
    return {method: routes for method, routes in sorted(affected.items()) if routes}


def make_entry(
    root: Path, source: str, spec: str, diff: SpecDiff, compat: GateReport | None, methods: Mapping[str, Needs] | None
) -> Entry:
    kind = bump_kind(diff, compat)
    version = bumped(read_version(root), kind)
    breaking = compat is not None and bool(compat.breakages)
    lines = [
        f"## {version} ({datetime.date.today().isoformat()})",
        "",
        f"Regenerated from `{source}` ({spec}). {kind.capitalize()} release: "
        + ("**breaks SDK methods** (accepted with `--allow-breaking`)." if breaking else "no SDK method breaks."),
        "",
    ]
    if compat is not None and compat.breakages:
        lines += ["### Breaking for SDK methods", "", "| SDK method | what changed |", "|---|---|"]
        fresh = compat.new_breakages
        lines += [f"| `{row.method}` | {_cell(row.change)}{'' if row in fresh else ' (accepted before)'} |"
                  for row in compat.breakages] + [""]
    affected = affected_methods(methods, diff)
    broken = set(compat.broken_methods) if compat is not None else set()
    if affected:
        lines += ["### SDK methods affected", ""]
        lines += [
            f"- `{method}`{' (breaking)' if method in broken else ''}: "
            + ", ".join(f"`{route}` {diff.how(route)}" for route in routes)
            for method, routes in affected.items()
        ] + [""]
    if compat is not None and compat.flows:
        lines += ["### Flows", ""]
        lines += [f"- `{m}`: {', '.join(f) or 'none'}" for m, f in sorted(compat.flows.items())] + [""]
    lines += ["### Operations", ""]
    lines += _routes("added", [f"`{route}`" for route in diff.added])
    lines += _routes("removed", [f"`{route}`" for route in diff.removed])
    lines += _routes("changed", [f"`{route}` ({impact})" for route, impact in diff.changed.items()])
    if diff.note:
        lines.append(f"- note: {diff.note}")
    return Entry(version, kind, "\n".join(lines).rstrip() + "\n")


def write_entry(root: Path, entry: Entry) -> None:
    """Prepend the entry to CHANGELOG.md and set the version."""
    path = root / CHANGELOG_FILE
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    earlier = existing.removeprefix(HEADER).strip("\n")
    path.write_text(f"{HEADER}\n{entry.text}" + (f"\n{earlier}\n" if earlier else ""), encoding="utf-8")
    version_file = root / VERSION_FILE
    text = version_file.read_text(encoding="utf-8")
    version_file.write_text(_VERSION.sub(f'__version__ = "{entry.version}"', text), encoding="utf-8")


def _routes(kind: str, routes: list[str]) -> list[str]:
    if not routes:
        return [f"- {kind}: none"]
    shown = ", ".join(routes[:LISTED_ROUTES])
    more = f" and {len(routes) - LISTED_ROUTES} more" if len(routes) > LISTED_ROUTES else ""
    return [f"- {kind} ({len(routes)}): {shown}{more}"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
