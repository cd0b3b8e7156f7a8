"""Regen on real spec versions: never a silently broken SDK.

For each version: regen either writes the client (exit 0) or refuses (exit 3) naming the
SDK methods that would break. Then, with --allow-breaking, the client it writes must
- generate cleanly: no warnings, every kept operation generated, every 200 parsed;
- type-check with the overlay (mypy --strict) when regen named nothing;
- import every resource, and run every method of the contract set on Prism mocking that
  version: each method works, or it is one regen named.
A spread of eight versions and the newest run by default; all 81 under `-m slow`
(`make test-specs`).
Generation skips ruff (formatting cannot drop an endpoint), which keeps the run short.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _prism import prism_mock
from regen.cli import main
from regen.pipeline import patched_spec
from regen.spec import iter_operations, operation_key
from regen_helpers import HISTORY, PINNED_SPEC, REPO

SPREAD = [
    "2026-02-11-ad1f2d8.json",  # oldest
    "2026-04-21-58d5fd9.json",
    "2026-05-08-b2af444.json",
    "2026-05-22-a91968b.json",  # last one listing validate-yaml
    "2026-06-27-4cfbbc5.json",  # largest
    "2026-07-08-3ae53fb.json",  # the pinned spec
    "2026-07-10-c5d4d1b.json",  # first CLI-allowlist subset
    "2026-08-04-c34c900.json",
]
NEWEST = next(p for p in HISTORY if p.name == "2026-08-21-d426e2a.json")  # its own test below
RESOURCES = ["tests", "workflows", "apps", "builds", "yaml", "reports", "monitor"]
UNPARSED_200 = re.compile(r"if response\.status_code == 200:\s*\n\s*return None")
PARSED_200 = re.compile(r"if response\.status_code == 200:")
PLACEHOLDER = "UNSUPPORTED_ROUTE = "
PROBE = Path(__file__).with_name("spec_probe.py")


def regen(spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, dict]:
    code = main(["--spec", str(spec), "--out", str(out), "--no-format", *extra])
    report = json.loads((out / "regen-report.json").read_text())
    return code, capsys.readouterr().err, report


def check_generation(spec: Path, out: Path, report: dict) -> None:
    assert report["warnings"] == []
    excluded = set(report["operations_excluded"])
    assert report["operations_generated"] == report["operations_total"] - len(excluded)
    endpoint_files = [p for p in (out / "revyl_api" / "api").glob("*/*.py") if p.name != "__init__.py"]
    sources = [p.read_text() for p in endpoint_files]
    generated = [s for s in sources if PLACEHOLDER not in s]
    assert len(generated) == report["operations_generated"]
    assert len(sources) - len(generated) == len(report["sdk"]["unsupported_routes"])
    assert [s[:80] for s in generated if UNPARSED_200.search(s)] == []
    doc = patched_spec(json.loads(spec.read_bytes()))
    with_200 = [
        operation_key(method, path)
        for path, method, operation in iter_operations(doc)
        if "200" in operation.get("responses", {}) and operation_key(method, path) not in excluded
    ]
    assert sum(1 for s in generated if PARSED_200.search(s)) == len(with_200)
    assert not (out / "revyl_api" / "api" / "default").exists()


def type_check(out: Path) -> str:
    """mypy --strict on the overlay against the client in `out`; its output when not clean."""
    config = out / "mypy.ini"
    config.write_text(f"[mypy]\npython_version = 3.11\nmypy_path = {out}:{REPO / 'overlay'}\n")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config),
         "--cache-dir", str(out / ".mypy_cache"), str(REPO / "overlay" / "revyl_sdk")],
        capture_output=True, text=True, check=False,
    )
    return "" if result.returncode == 0 else result.stdout[-3000:]


# Where each SDK method's code lives, by the key prefixes of the manifest.
_AREAS = {"_devices/": ("device.", "devices."), "_reports/": ("TestResult.", "WorkflowResult.", "device.report"),
          "resources/devices.py": ("devices.",)}


def _named_area(path: str, named: set[str]) -> bool:
    """Whether the overlay file `path` implements one of the `named` methods."""
    relative = path.split("revyl_sdk/", 1)[-1]
    prefixes = next((areas for place, areas in _AREAS.items() if relative.startswith(place)),
                    (relative.removeprefix("resources/").removesuffix(".py") + ".",)
                    if relative.startswith("resources/") else ())
    return any(method.startswith(prefixes) for method in named)


def probe(spec: Path, out: Path) -> dict:
    """The contract set on Prism mocking `spec` (patched: the hidden operations the backend serves)."""
    patched = out / "openapi.patched.json"
    patched.write_text(json.dumps(patched_spec(json.loads(spec.read_bytes()))))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(REPO / "overlay")])}
    with prism_mock(patched, out / "prism.log") as url:
        result = subprocess.run([sys.executable, str(PROBE), url], capture_output=True, text=True,
                                env=env, cwd=out, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def check_version(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[set[str], Path, dict]:
    """Everything above; returns the methods regen named, the client and the probe's findings."""
    code, err, report = regen(spec, tmp_path / "gate", capsys)
    assert code in (0, 3), err
    named = {row["method"] for row in report["sdk"]["breakages"]}
    if code == 3:  # refused: the report and the message name every method it would break
        assert named and not (tmp_path / "gate" / "revyl_api").exists()
        assert all(re.search(rf"^  {re.escape(method)} ", err, re.MULTILINE) for method in named), err
    else:
        assert not named
    out = tmp_path / "client"
    code, err, allowed = regen(spec, out, capsys, "--allow-breaking")
    assert code == 0, err
    assert {row["method"] for row in allowed["sdk"]["breakages"]} == named
    check_generation(spec, out, allowed)
    if not named:  # a method regen named may not type-check any more; the others must
        assert type_check(out) == ""
    result = probe(spec, out)
    assert result["imported"] == RESOURCES
    silent = {method: outcome for method, outcome in result["outcomes"].items()
              if outcome != "ok" and method not in named}
    assert silent == {}, f"not named by regen, yet not working on Prism: {silent}"
    # The flows the SDK picks up front are the ones regen reported (where it named nothing:
    # a flow that changed under a named method is reported gone but not skipped).
    flows = allowed["sdk"]["flows"]
    for method, picked in (("builds.upload", "builds.upload"), ("tests.wait", "wait")):
        if method not in named:
            assert result["flows"][picked] == flows[method], method
    return named, out, result


@pytest.mark.parametrize("name", SPREAD)
def test_history_spread(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_version(next(p for p in HISTORY if p.name == name), tmp_path, capsys)


def test_newest_subset_is_refused_then_degrades_gracefully(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """2026-08-21, the CLI's allowlist: the backend serves what it leaves out, the spec does not."""
    named, out, result = check_version(NEWEST, tmp_path, capsys)
    assert {"monitor.stream", "apps.update", "builds.update", "yaml.to_blocks", "yaml.to_yaml",
            "yaml.create_test"} <= named
    # Waits and uploads fall back instead of breaking: not named, and they say how.
    assert {"tests.wait", "workflows.wait", "builds.upload"}.isdisjoint(named)
    assert result["flows"] == {"builds.upload": ["multipart", "upload-session", "legacy"], "wait": ["polling"]}
    assert result["outcomes"]["apps.update"].startswith(
        "unsupported: PATCH /api/v1/apps/{app_id} is not supported by this revyl-sdk")
    assert result["outcomes"]["monitor.stream"].startswith("unsupported: GET /api/v1/monitor/stream/unified")
    # Placeholders keep the types of what they replace; what still does not type-check is code
    # of methods regen named (a model whose fields changed type stays changed once accepted).
    assert [line for line in type_check(out).splitlines()
            if ": error:" in line and not _named_area(line.split(":")[0], named)] == []


def never_seen_version() -> dict:
    """The pinned spec with changes no real version had, one per kind the gate knows."""
    spec = json.loads(PINNED_SPEC.read_text())
    paths, schemas = spec["paths"], spec["components"]["schemas"]
    del paths["/api/v1/apps/{app_id}"]["patch"]  # operation removed
    for parameter in paths["/api/v1/apps/"]["get"]["parameters"]:  # parameter renamed
        if parameter["name"] == "search":
            parameter["name"] = "q"
    schemas["TaskID"]["properties"]["priority"] = {"type": "integer"}  # required field added
    schemas["TaskID"]["required"] = ["test_id", "priority"]
    schemas["ShareableReportResponse"] = {"type": "object", "properties": {"url": {"type": "string"}}}  # field renamed
    del paths["/api/v1/monitor/stream/unified"]  # optional for waits, needed by monitor.stream
    return spec


def test_a_version_never_seen_breaks_only_the_methods_regen_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "never-seen.json"
    spec.write_text(json.dumps(never_seen_version()))
    named, _, result = check_version(spec, tmp_path, capsys)  # every other method works on Prism
    assert named == {"apps.update", "apps.list", "apps.create", "tests.run", "reports.share_link", "monitor.stream"}
    assert result["outcomes"]["apps.update"].startswith("unsupported: ")
    assert result["flows"]["wait"] == ["polling"]


def test_pinned_spec_full_pipeline(tmp_path: Path) -> None:
    assert main(["--spec", str(PINNED_SPEC), "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["regen-report.json", "revyl_api"]
    report = json.loads((tmp_path / "regen-report.json").read_text())
    check_generation(PINNED_SPEC, tmp_path, report)
    assert report["sdk"]["breakages"] == [] and report["sdk"]["unsupported_routes"] == []


@pytest.mark.slow
@pytest.mark.parametrize("spec", HISTORY, ids=lambda p: p.name[:18])
def test_every_history_spec(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_version(spec, tmp_path, capsys)
