"""regen --out on real specs: no warnings, every kept operation generated, every 200 parsed.

A spread of eight specs runs by default; all 81 history specs run under `-m slow`
(`make test-specs`). Except for the pinned spec, generation skips ruff (formatting cannot
drop an endpoint), which keeps the default run short.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from regen.cli import main
from regen.pipeline import patched_spec
from regen.spec import iter_operations, operation_key
from regen_helpers import HISTORY, PINNED_SPEC

SPREAD = [
    "2026-02-11-ad1f2d8.json",  # oldest
    "2026-04-21-58d5fd9.json",
    "2026-05-08-b2af444.json",
    "2026-05-22-a91968b.json",  # last one listing validate-yaml
    "2026-06-27-4cfbbc5.json",  # largest
    "2026-07-10-c5d4d1b.json",  # first CLI-allowlist subset
    "2026-08-21-d426e2a.json",  # newest
]
UNPARSED_200 = re.compile(r"if response\.status_code == 200:\s*\n\s*return None")
PARSED_200 = re.compile(r"if response\.status_code == 200:")


def check_generation(spec: Path, out: Path, *, full: bool) -> None:
    args = ["--spec", str(spec), "--out", str(out)] + ([] if full else ["--no-format"])
    assert main(args) == 0
    report = json.loads((out / "regen-report.json").read_text())
    assert report["warnings"] == []
    excluded = set(report["operations_excluded"])
    assert report["operations_generated"] == report["operations_total"] - len(excluded)

    endpoint_files = [p for p in (out / "revyl_api" / "api").glob("*/*.py") if p.name != "__init__.py"]
    assert len(endpoint_files) == report["operations_generated"]
    sources = [p.read_text() for p in endpoint_files]
    assert [p.name for p, s in zip(endpoint_files, sources, strict=True) if UNPARSED_200.search(s)] == []

    doc = patched_spec(json.loads(spec.read_bytes()))
    with_200 = [
        operation_key(method, path)
        for path, method, operation in iter_operations(doc)
        if "200" in operation.get("responses", {}) and operation_key(method, path) not in excluded
    ]
    assert sum(1 for s in sources if PARSED_200.search(s)) == len(with_200)
    assert not (out / "revyl_api" / "api" / "default").exists()


@pytest.mark.parametrize("name", SPREAD)
def test_history_spread(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_generation(next(p for p in HISTORY if p.name == name), tmp_path, full=False)


def test_pinned_spec_full_pipeline(tmp_path: Path) -> None:
    check_generation(PINNED_SPEC, tmp_path, full=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["regen-report.json", "revyl_api"]


@pytest.mark.slow
@pytest.mark.parametrize("spec", HISTORY, ids=lambda p: p.name[:18])
def test_every_history_spec(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_generation(spec, tmp_path, full=False)
