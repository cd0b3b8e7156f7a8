"""The SDK manifest (revyl_sdk._manifest) is complete and true, so regen's gate knows every method.

- every `revyl_api` operation and model the overlay imports or references is declared under
  some method: a new method cannot go unnoticed by regen;
- every declaration holds on the committed client: routes generate the modules named,
  parameters and fields exist, nothing required is left undeclared;
- every key is a public method of both clients;
- regen can load it with no `revyl_api` importable.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from regen.gate import check, sent_models
from regen.surface import Surface
from revyl_sdk import (
    AsyncDeviceSession,
    AsyncRevyl,
    AsyncTestResult,
    AsyncWorkflowResult,
    DeviceSession,
    Revyl,
    TestResult,
    WorkflowResult,
)
from revyl_sdk._manifest import METHODS

REPO = Path(__file__).resolve().parents[1]
OVERLAY = REPO / "overlay" / "revyl_sdk"
COMMITTED = Surface(REPO / "generated" / "revyl_api")


def overlay_sources() -> list[Path]:
    skipped = (OVERLAY / "testing", OVERLAY / "_manifest")
    return [p for p in OVERLAY.rglob("*.py") if not any(p.is_relative_to(s) for s in skipped)]


def used_by_overlay() -> tuple[set[str], set[str]]:
    """(`tag.function` operation modules, model names) the overlay imports or references."""
    operations: set[str] = set()
    models: set[str] = set()
    for path in overlay_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [alias.name for alias in node.names]
                if node.module.startswith("revyl_api.api."):
                    operations |= {f"{node.module.removeprefix('revyl_api.api.')}.{n}" for n in names}
                elif node.module == "revyl_api.models" or node.module.startswith("revyl_api.models."):
                    models |= {n for n in names if n in COMMITTED.model_modules}
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "models":
                models.add(node.attr)
    return operations, models


def declared() -> tuple[set[str], set[str]]:
    operations = {op.module for needs in METHODS.values() for op in needs.operations}
    models = {model.name for needs in METHODS.values() for model in needs.models}
    return operations, models


def test_every_operation_and_model_the_overlay_uses_is_declared() -> None:
    used_operations, used_models = used_by_overlay()
    declared_operations, declared_models = declared()
    assert used_operations and used_models  # the scan found the imports at all
    assert sorted(used_operations - declared_operations) == []
    assert sorted(used_models - declared_models) == []


def committed_routes() -> dict[str, str]:
    lock = json.loads((REPO / "openapi.lock.json").read_text())
    generated = set(lock["operation_fingerprints"]) - set(lock["excluded"])
    return {route: module for route, module in lock["names"]["operations"].items() if route in generated}


def test_declarations_hold_on_the_committed_client() -> None:
    report = check(METHODS, COMMITTED, COMMITTED, committed_routes())
    assert report.breakages == [] and report.degraded == []
    assert report.missing_routes == {} and report.missing_models == set()
    sent = sent_models(METHODS, COMMITTED)
    undeclared = []
    for method, needs in METHODS.items():
        for operation in needs.operations:
            shape = COMMITTED.operation(operation.module)
            assert shape is not None and not shape.placeholder
            undeclared += [f"{method}: {operation.module}({p})" for p, slot in shape.params.items()
                           if slot.required and p not in operation.params]
        for model in needs.models:
            shape = COMMITTED.model(model.name)
            assert shape is not None, model.name
            if model.fields and model.name in sent:  # the SDK builds it: it sets every required field
                undeclared += [f"{method}: {model.name}.{f}" for f, slot in shape.fields.items()
                               if slot.required and f not in model.fields]
    assert undeclared == []


# Keys name what users call: `client.<resource>.<method>`, or a method of what those return.
RETURNED: dict[str, tuple[type, type]] = {
    "device": (DeviceSession, AsyncDeviceSession),
    "TestResult": (TestResult, AsyncTestResult),
    "WorkflowResult": (WorkflowResult, AsyncWorkflowResult),
}


@pytest.mark.parametrize("client_class", [Revyl, AsyncRevyl])
def test_every_key_is_a_public_method(client_class: type[Revyl] | type[AsyncRevyl]) -> None:
    client = client_class("manifest-key", base_url="http://127.0.0.1:9")
    side = 0 if client_class is Revyl else 1

    def owner(name: str) -> object:
        return RETURNED[name][side] if name in RETURNED else getattr(client, name, None)

    missing = [key for key in METHODS if not callable(getattr(owner(key.split(".")[0]), key.split(".", 1)[1], None))]
    assert missing == []


def test_regen_loads_it_without_the_generated_client() -> None:
    code = (
        "import sys; from pathlib import Path; from regen.manifest import load_manifest; "
        f"methods = load_manifest(Path({str(REPO)!r})); "
        "assert 'apps.update' in methods, methods; "
        "assert not [m for m in sys.modules if m.startswith(('revyl_api', 'revyl_sdk'))]"
    )
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(REPO / "scripts")},
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_flows_name_only_optional_parts_of_their_method() -> None:
    """A flow's routes and models are declared, and optional: losing one must leave the others."""
    for method, needs in METHODS.items():
        optional = {op.route for op in needs.operations if op.optional}
        optional |= {model.name for model in needs.models if model.optional}
        for flow in needs.flows:
            assert set(flow.routes) | set(flow.models) <= optional, (method, flow.name)


def test_every_lookup_and_report_method_is_declared() -> None:
    declared = {"tests.list", "tests.get", "tests.find", "tests.history", "tests.run", "workflows.list",
                "workflows.get", "workflows.find", "workflows.run", "TestResult.report",
                "TestResult.download_artifacts", "WorkflowResult.report", "WorkflowResult.download_artifacts"}
    assert declared <= set(METHODS)
    # `run` given a name looks it up first: the listing is part of what `run` needs.
    assert "GET /api/v1/tests/get_simple_tests" in {op.route for op in METHODS["tests.run"].operations}
    assert "GET /api/v1/workflows/get_with_last_status" in {op.route for op in METHODS["workflows.run"].operations}
