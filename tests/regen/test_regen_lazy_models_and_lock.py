"""Lazy `models/__init__.py` rewrite, operation fingerprints and the drift summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from regen.lazy_models import lazy_models_init
from regen.lock import drift_summary, operation_fingerprints
from regen_helpers import json_response, make_spec, ref

GENERATED_INIT = '''""" Contains all the data models used in inputs/outputs """

from .beta import Beta
from .alpha import Alpha

__all__ = (
    "Alpha",
    "Beta",
)
'''


def make_package(tmp_path: Path) -> Path:
    models = tmp_path / "pkg" / "models"
    models.mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (models / "__init__.py").write_text(lazy_models_init(GENERATED_INIT))
    for name in ("alpha", "beta"):
        (models / f"{name}.py").write_text(f"class {name.title()}:\n    pass\n")
    return tmp_path


def run_python(cwd: Path, code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_one_model_loads_only_its_module(tmp_path: Path) -> None:
    root = make_package(tmp_path)
    loaded = run_python(
        root,
        "import sys; from pkg.models import Alpha; "
        "print(sorted(m for m in sys.modules if m.startswith('pkg.models.')))",
    )
    assert loaded == "['pkg.models.alpha']"


def test_every_name_is_still_exported(tmp_path: Path) -> None:
    root = make_package(tmp_path)
    out = run_python(
        root,
        "import pkg.models as m; print(m.__all__, m.Beta.__name__, 'Alpha' in dir(m))",
    )
    assert out == "('Alpha', 'Beta') Beta True"


def test_unknown_names_raise_attribute_error(tmp_path: Path) -> None:
    root = make_package(tmp_path)
    out = run_python(
        root,
        "import pkg.models as m\ntry:\n    m.Nope\nexcept AttributeError as e:\n    print(e)",
    )
    assert out == "module 'pkg.models' has no attribute 'Nope'"


def test_type_checkers_see_real_imports() -> None:
    text = lazy_models_init(GENERATED_INIT)
    assert "if TYPE_CHECKING:\n    from .alpha import Alpha\n    from .beta import Beta\n" in text


def test_anything_but_model_imports_is_refused() -> None:
    with pytest.raises(ValueError, match="unexpected import"):
        lazy_models_init(GENERATED_INIT + "import os\n")


# Fingerprints and drift


def spec_with_item(item_type: str) -> dict:
    return make_spec(
        {
            "/items": {"get": {"responses": {"200": json_response(ref("ItemList"))}}},
            "/other": {"get": {"responses": {"200": json_response({"type": "string"})}}},
        },
        {
            "ItemList": {"type": "array", "items": ref("Item")},
            "Item": {"type": "object", "properties": {"v": {"type": item_type}}},
        },
    )


def test_a_change_deep_in_a_referenced_schema_changes_the_operation() -> None:
    before = operation_fingerprints(spec_with_item("string"))
    after = operation_fingerprints(spec_with_item("integer"))
    assert before["GET /items"] != after["GET /items"]
    assert before["GET /other"] == after["GET /other"]


def test_recursive_schemas_fingerprint_without_looping() -> None:
    doc = make_spec(
        {"/tree": {"get": {"responses": {"200": json_response(ref("Node"))}}}},
        {"Node": {"type": "object", "properties": {"children": {"type": "array", "items": ref("Node")}}}},
    )
    assert len(operation_fingerprints(doc)["GET /tree"]) == 12


def test_drift_summary_counts_added_removed_and_changed() -> None:
    previous = {"operation_fingerprints": {"GET /a": "1", "GET /b": "2", "GET /gone": "3"}}
    current = {"operation_fingerprints": {"GET /a": "1", "GET /b": "changed", "GET /new": "4"}}
    assert drift_summary(previous, current) == [
        "drift vs previous lock: 1 added, 1 removed, 1 changed, 1 unchanged",
        "  + GET /new",
        "  - GET /gone",
        "  ~ GET /b",
    ]


def test_drift_summary_without_a_previous_lock() -> None:
    assert drift_summary(None, {"operation_fingerprints": {"GET /a": "1"}}) == [
        "drift: no previous lock to compare with (1 operations recorded)"
    ]
