"""Rate what changed between two specs with `redocly diff` (npm @redocly/cli, pinned in
package.json): every change gets a semver impact, major, minor or patch.

It runs as a subprocess beside generation (it takes a few seconds on two full specs), on
the API the client covers: the patched specs without their excluded operations. Regen's own
part is grouping the changes by operation, which `changelog.py` maps to SDK methods.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regen.spec import HTTP_METHODS, Spec, operation_key

REDOCLY = Path("node_modules") / ".bin" / "redocly"
IMPACTS = ("patch", "minor", "major")
# No telemetry, no update check: regen talks to nothing but the spec's source.
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "DO_NOT_TRACK": "1"}


@dataclass(frozen=True)
class SpecDiff:
    added: list[str]  # routes
    removed: list[str]
    changed: dict[str, str]  # route -> highest impact of its changes ("unrated" without redocly)
    note: str = ""  # why `changed` is unrated (from the lock's fingerprints), if it is

    def how(self, route: str) -> str:
        """`removed`, or `changed (major)` with the highest impact among its changes."""
        return "removed" if route in self.removed else f"changed ({self.changed.get(route, 'unrated')})"


class DiffJob:
    """`redocly diff` running in the background; `result()` waits for it."""

    def __init__(self, root: Path, before: Spec | None, after: Spec, workspace: Path) -> None:
        """`before`: the API the committed client covers; None when its spec is not at hand
        (a fresh checkout keeps no openapi.json) or is the same spec."""
        self._output = workspace / "redocly-diff.json"
        self._process: subprocess.Popen[bytes] | None = None
        self._note = ""
        executable = root / REDOCLY
        if before is None:
            self._note = "the previous spec is not at hand (openapi.json): changes are not rated"
            return
        if not executable.exists():
            self._note = "redocly not installed (npm ci): changes are not rated"
            return
        base, revision = workspace / "before.json", workspace / "after.json"
        base.write_text(json.dumps(before), encoding="utf-8")
        revision.write_text(json.dumps(after), encoding="utf-8")
        command = [str(executable), "diff", str(base), str(revision), "--format", "json",
                   "--fail-on", "none", "-o", str(self._output)]
        self._process = subprocess.Popen(
            command, cwd=workspace, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, **_QUIET},
        )

    def stop(self) -> None:
        """Give up on the diff (the regen failed)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()

    def result(self, before: set[str], after: set[str], fingerprint_changes: list[str]) -> SpecDiff:
        """Routes of the previous and the new client, and the ones whose fingerprint changed
        (the fallback when redocly did not run)."""
        added, removed = sorted(after - before), sorted(before - after)
        changes = self._changes()
        if changes is None:
            unrated = dict.fromkeys(sorted(set(fingerprint_changes) & before & after), "unrated")
            return SpecDiff(added, removed, unrated, note=self._note)
        changed: dict[str, str] = {}
        for change in changes:
            route = _route_of(str(change.get("path", "")))
            impact = str(change.get("impact", "patch"))
            if route is None or route not in before or route not in after or impact not in IMPACTS:
                continue
            if IMPACTS.index(impact) >= IMPACTS.index(changed.get(route, "patch")):
                changed[route] = impact
        return SpecDiff(added, removed, dict(sorted(changed.items())))

    def _changes(self) -> list[dict[str, Any]] | None:
        if self._process is None:
            return None
        _, stderr = self._process.communicate()
        try:
            report = json.loads(self._output.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            lines = stderr.decode(errors="replace").strip().splitlines()
            self._note = f"redocly diff failed: {lines[-1] if lines else self._process.returncode}"
            return None
        changes = report.get("changes") if isinstance(report, dict) else None
        return [c for c in changes if isinstance(c, dict)] if isinstance(changes, list) else None


def _route_of(pointer: str) -> str | None:
    """`#/paths/~1api~1v1~1apps~1{app_id}/patch/...` -> `PATCH /api/v1/apps/{app_id}`."""
    parts = pointer.split("/")
    if len(parts) < 4 or parts[:2] != ["#", "paths"] or parts[3] not in HTTP_METHODS:
        return None
    path = parts[2].replace("~1", "/").replace("~0", "~")
    return operation_key(parts[3], path)
