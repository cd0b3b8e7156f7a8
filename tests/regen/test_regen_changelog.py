"""A full regen in a copy of the checkout: refusal leaves everything alone; an accepted
breaking change is a major release with its CHANGELOG.md entry; new operations are minor.

Changes are rated by `redocly diff` (node_modules, as `make regen` installs it).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from regen.changelog import bump_kind, bumped
from regen.cli import main
from regen.spec_diff import SpecDiff
from regen_helpers import HISTORY, PINNED_SPEC, REPO

NEWEST = next(p for p in HISTORY if p.name == "2026-08-21-d426e2a.json")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """generated/, the lock, the pulled spec, the SDK's version and manifest, node_modules."""
    root = tmp_path / "checkout"
    shutil.copytree(REPO / "generated" / "revyl_api", root / "generated" / "revyl_api",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "overlay" / "revyl_sdk" / "_manifest", root / "overlay" / "revyl_sdk" / "_manifest",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (root / "overlay" / "revyl_sdk" / "_version.py").write_text('__version__ = "0.4.2"\n')
    shutil.copy(REPO / "openapi.lock.json", root / "openapi.lock.json")
    shutil.copy(PINNED_SPEC, root / "openapi.json")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    return root


def regen(root: Path, spec: Path, *extra: str) -> int:
    return main(["--root", str(root), "--spec", str(spec), "--no-format", *extra])


def version(root: Path) -> str:
    return (root / "overlay" / "revyl_sdk" / "_version.py").read_text().split('"')[1]


def test_refused_then_accepted_then_restored(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock_before = (checkout / "openapi.lock.json").read_bytes()
    assert regen(checkout, NEWEST) == 3
    assert (checkout / "openapi.lock.json").read_bytes() == lock_before
    assert not (checkout / "CHANGELOG.md").exists() and version(checkout) == "0.4.2"
    assert "apps.update" in capsys.readouterr().err

    assert regen(checkout, NEWEST, "--allow-breaking") == 0
    assert version(checkout) == "1.0.0"
    lock = json.loads((checkout / "openapi.lock.json").read_text())
    route = "PATCH /api/v1/apps/{app_id}"
    assert {"method": "apps.update", "change": f"{route}: operation removed", "subject": route} in (
        lock["sdk"]["breakages"])
    assert lock["sdk"]["baselines"][route]["operation"] == "apps.update_app"  # what the SDK expects
    assert route in lock["sdk"]["unsupported_routes"]
    entry = (checkout / "CHANGELOG.md").read_text()
    assert entry.startswith("# Changelog") and "## 1.0.0 (" in entry and "**breaks SDK methods**" in entry
    assert "| `apps.update` | PATCH /api/v1/apps/{app_id}: operation removed |" in entry
    assert "`yaml.to_blocks` (breaking)" in entry
    assert "- `tests.wait`: polling" in entry
    assert "- changed (" in entry and "` (major)" in entry  # rated by redocly
    assert "not rated" not in entry

    # Breakages accepted once do not stop the next regen, nor bump the major version again.
    sibling = next(p for p in HISTORY if p.name == "2026-08-19-4f5c314.json")
    assert regen(checkout, sibling) == 0
    assert "apps.update: PATCH /api/v1/apps/{app_id}: operation removed (accepted before)" in capsys.readouterr().out
    assert version(checkout) == "1.0.1"  # a header parameter less: a patch

    assert regen(checkout, PINNED_SPEC) == 0  # measured against the baselines, not 2026-08-19
    assert version(checkout) == "1.1.0"  # operations came back: minor
    assert json.loads((checkout / "openapi.lock.json").read_text())["sdk"]["baselines"] == {}
    text = (checkout / "CHANGELOG.md").read_text()
    assert text.index("## 1.1.0") < text.index("## 1.0.0")  # newest first
    assert "no SDK method breaks" in text.split("## 1.0.0")[0]
    assert (checkout / "generated" / "revyl_api" / "api" / "apps" / "update_app.py").read_text().count(
        "UNSUPPORTED_ROUTE") == 0

    capsys.readouterr()
    assert regen(checkout, PINNED_SPEC) == 0
    assert version(checkout) == "1.1.0" and "did not change" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("added", "breaking", "kind", "expected"),
    [([], False, "patch", "2.3.5"), (["GET /x"], False, "minor", "2.4.0"), (["GET /x"], True, "major", "3.0.0")],
)
def test_semver_from_the_sdks_point_of_view(added: list[str], breaking: bool, kind: str, expected: str) -> None:
    from regen.gate import GateReport, Row

    compat = GateReport(breakages=[Row("apps.update", "gone")] if breaking else [])
    assert bump_kind(SpecDiff(added, [], {}), compat) == kind
    assert bumped((2, 3, 4), kind) == expected
