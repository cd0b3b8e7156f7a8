"""Stable names: once in the lock, an operation's module and a model's class keep their names.

The pinned spec with every operationId and every component renamed (paths and shapes
untouched) regenerates to exactly the public names of the committed client. A round trip
through an old spec and back gives the committed client byte for byte.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from regen.cli import main
from regen.spec import component_schemas, map_operations, rename_schemas, with_component_schemas
from regen_helpers import HISTORY, PINNED_SPEC, REPO

COMMITTED = REPO / "generated" / "revyl_api"
# The project's patches refer to these two by name; a spec without them could not be patched.
PATCHED_BY_NAME = ("HTTPValidationError", "WorkflowCancelResponse")


def public_names(package: Path) -> tuple[set[str], set[str]]:
    """(`tag.operation` modules, names `revyl_api.models` exports)."""
    operations = {f"{p.parent.name}.{p.stem}" for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    models = set(re.findall(r'^    "(\w+)",$', (package / "models" / "__init__.py").read_text(), re.MULTILINE))
    return operations, models


def renamed_everything(spec: dict[str, Any]) -> dict[str, Any]:
    """Every operationId and component key and title changed, as a FastAPI refactor would."""
    keys = {key: "Renamed" + re.sub(r"\W", "", key) for key in component_schemas(spec) if key not in PATCHED_BY_NAME}
    spec = rename_schemas(spec, keys)
    titled = {key: {**schema, "title": f"Renamed {schema.get('title', key)}"} if key in keys.values() else schema
              for key, schema in component_schemas(spec).items()}
    spec = with_component_schemas(spec, titled)
    return map_operations(spec, lambda path, method, op: {**op, "operationId": f"v2_{op.get('operationId')}"})


def test_renamed_operations_and_components_keep_their_public_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = renamed_everything(json.loads(PINNED_SPEC.read_text()))
    assert not {"AppResponse", "TaskID"} & component_schemas(spec).keys()  # the renaming happened
    source = tmp_path / "renamed.json"
    source.write_text(json.dumps(spec))
    out = tmp_path / "out"
    assert main(["--spec", str(source), "--out", str(out), "--no-format"]) == 0
    assert public_names(out / "revyl_api") == public_names(COMMITTED)
    report = json.loads((out / "regen-report.json").read_text())
    assert report["sdk"]["breakages"] == [] and report["sdk"]["unsupported_routes"] == []


@pytest.mark.slow
def test_a_round_trip_through_an_old_spec_gives_the_committed_client_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(COMMITTED, root / "generated" / "revyl_api", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "openapi.lock.json", root / "openapi.lock.json")
    oldest = HISTORY[0]
    assert main(["--root", str(root), "--spec", str(oldest)]) == 0
    assert main(["--root", str(root), "--spec", str(PINNED_SPEC)]) == 0
    committed = {p.relative_to(COMMITTED): p.read_bytes() for p in COMMITTED.rglob("*.py")}
    again = root / "generated" / "revyl_api"
    assert {p.relative_to(again): p.read_bytes() for p in again.rglob("*.py")} == committed
