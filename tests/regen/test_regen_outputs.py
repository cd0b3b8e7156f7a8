"""What a run writes: generated/, openapi.json and the lock, or nothing at all on warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from regen.cli import main
from regen_helpers import HISTORY, json_response, make_spec, ref

FIRST_SUBSET = next(p for p in HISTORY if p.name.startswith("2026-07-14"))
NEXT_SUBSET = next(p for p in HISTORY if p.name.startswith("2026-07-17"))  # two operations more


def regen(root: Path, spec: Path, *extra: str) -> int:
    return main(["--root", str(root), "--spec", str(spec), "--no-format", *extra])


def test_default_mode_writes_client_spec_and_lock_then_reports_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regen(tmp_path, FIRST_SUBSET) == 0
    assert (tmp_path / "generated" / "revyl_api" / "api" / "tests").is_dir()
    assert (tmp_path / "openapi.json").read_bytes() == FIRST_SUBSET.read_bytes()  # unpatched
    lock = json.loads((tmp_path / "openapi.lock.json").read_text())
    assert lock["source"].endswith(FIRST_SUBSET.name)
    assert lock["info"] == {"title": "Revyl API", "version": "1.0.0"}
    assert lock["generator"] == "openapi-python-client 0.29.1"
    assert lock["operations"]["total"] == lock["operations"]["generated"] + len(lock["excluded"])
    assert len(lock["patches"]) == 3
    assert "POST /api/v1/tests/yaml/validate-yaml" in lock["operation_fingerprints"]
    assert "no previous lock" in capsys.readouterr().out

    assert regen(tmp_path, NEXT_SUBSET) == 0
    out = capsys.readouterr().out
    assert "drift vs previous lock: 2 added, 0 removed" in out
    assert list((tmp_path).glob(".regen-*")) == []  # the build directory is cleaned up


def warning_spec(tmp_path: Path) -> Path:
    """A spec the generator warns about: a response refers to a schema that does not exist."""
    schemas = {name: {"type": "object"} for name in ("HTTPValidationError", "WorkflowCancelResponse")}
    operation = {"operationId": "x", "responses": {"200": json_response(ref("Nowhere"))}}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(make_spec({"/x": {"get": operation}}, schemas)))
    return path


def test_generator_warnings_fail_the_run_and_leave_outputs_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "repo"
    (root / "generated" / "revyl_api").mkdir(parents=True)
    (root / "generated" / "revyl_api" / "__init__.py").write_text("# previous\n")
    (root / "openapi.json").write_text("previous")
    assert regen(root, warning_spec(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "the generator reported" in err and "GET /x" in err
    assert (root / "generated" / "revyl_api" / "__init__.py").read_text() == "# previous\n"
    assert sorted(p.name for p in (root / "generated" / "revyl_api").iterdir()) == ["__init__.py"]
    assert (root / "openapi.json").read_text() == "previous"
    assert not (root / "openapi.lock.json").exists()


def test_out_mode_reports_warnings_without_writing_a_client(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["--spec", str(warning_spec(tmp_path)), "--out", str(out)]) == 1
    report = json.loads((out / "regen-report.json").read_text())
    assert report["warnings"] and report["operations_generated"] == 0
    assert sorted(p.name for p in out.iterdir()) == ["regen-report.json"]
