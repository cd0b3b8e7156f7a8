"""The package's shape: the public surface stays put, and the layers import only downwards."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).parents[1] / "overlay" / "revyl_sdk"
# Taken before the subsystems moved into packages: every name here must stay importable
# from the same public place.
SURFACE_FILE = Path(__file__).with_name("public_surface.txt")

# Beneath the resources. `_cli` (python -m revyl_sdk) is above them: an application of the client.
SUBSYSTEMS = {"_live", "_uploads", "_reports", "_devices", "_testcode"}


def _module_name(path: Path) -> str:
    parts = ["revyl_sdk", *path.relative_to(PACKAGE_DIR).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def _is_type_checking_block(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(module: str, path: Path, *, module_level_only: bool) -> Iterator[str]:
    """Absolute names of the revyl_sdk modules `module` imports at run time."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.stmt) and _is_type_checking_block(node):
            continue  # annotations only: no run-time dependency
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.startswith("revyl_sdk"):
                yield base
                yield from (f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("revyl_sdk"))
        if module_level_only and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        pending.extend(ast.iter_child_nodes(node))


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "revyl_sdk"


def _edges(*, module_level_only: bool) -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {target for target in _imports(name, path, module_level_only=module_level_only) if target in modules}
        for name, path in modules.items()
    }


def test_every_public_name_is_still_importable_from_its_place() -> None:
    missing = []
    for line in SURFACE_FILE.read_text(encoding="utf-8").split():
        module, name = line.split(":")
        if not hasattr(importlib.import_module(module), name):
            missing.append(line)
    assert missing == []


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("_core", {"_live", "_uploads", "resources", "_client", "testing", *SUBSYSTEMS}),
        ("_manifest", {"_core", "_live", "_uploads", "resources", "_client", "testing", *SUBSYSTEMS}),
        *((subsystem, {"resources", "_client", "testing"}) for subsystem in sorted(SUBSYSTEMS)),
        ("resources", {"testing", "_client", "_cli"}),
        ("_cli", {"testing"}),
    ],
)
def test_layers_import_only_downwards(layer: str, forbidden: set[str]) -> None:
    offending = sorted(
        f"{source} -> {target}"
        for source, targets in _edges(module_level_only=False).items()
        if _layer(source) == layer
        for target in targets
        if _layer(target) in forbidden - {layer}
    )
    assert offending == []


def test_the_manifest_loads_without_the_generated_client() -> None:
    # Regen reads the manifest while generated/ is being replaced: it must not need revyl_api.
    script = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'revyl_api': raise ImportError('revyl_api refused')\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "from revyl_sdk._manifest import METHODS\n"
        "assert METHODS\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(PACKAGE_DIR.parent)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_no_import_cycle_at_import_time() -> None:
    graph = _edges(module_level_only=True)
    state: dict[str, str] = {}
    cycles: list[list[str]] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append([*trail[trail.index(target) :], target] if target in trail else [module, target])
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    # A module importing its own package's __init__ (e.g. `from . import plan`) is not a cycle.
    cycles = [cycle for cycle in cycles if not all(cycle[0].startswith(m) for m in cycle)]
    assert cycles == []


def test_the_top_level_stays_small_and_modules_stay_readable() -> None:
    top_level = sorted(path.name for path in PACKAGE_DIR.glob("*.py"))
    assert len(top_level) <= 12, top_level
    too_long = sorted(
        f"{_module_name(path)}: {lines}"
        for path in PACKAGE_DIR.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 450
    )
    assert too_long == []


# What a client and every resource may load before their first call: the core, the resource
# modules, and the two light pieces their classes are built from. Nothing generated.
STARTUP_PACKAGES = ("_core", "resources")
STARTUP_MODULES = {"_client", "_version", "_live", "_live.runs", "_devices", "_devices.settings"}


def _loaded_at_startup(module: str) -> bool:
    if module.split(".")[0] == "revyl_api":
        return False
    if not module.startswith("revyl_sdk."):
        return True
    name = module.removeprefix("revyl_sdk.")
    return name in STARTUP_MODULES or name.split(".")[0] in STARTUP_PACKAGES


@pytest.mark.parametrize("client_class", ["Revyl", "AsyncRevyl"])
def test_a_client_and_every_resource_load_no_generated_code(client_class: str) -> None:
    script = (
        "import sys, revyl_sdk\n"
        "from revyl_sdk._client import LazyResource\n"
        f"cls = revyl_sdk.{client_class}\n"
        "client = cls('key', base_url='http://127.0.0.1:9', ci_headers=False)\n"
        "names = [n for k in cls.__mro__ for n, v in vars(k).items() if isinstance(v, LazyResource)]\n"
        "assert len(names) >= 8, names\n"
        "for name in names: getattr(client, name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = result.stdout.split()
    assert [module for module in loaded if not _loaded_at_startup(module)] == []
    if client_class == "Revyl":  # sync scripts never pay for asyncio
        assert "asyncio" not in loaded


# The emulator (`testing/`) by API area: `_server` mounts every area's router, `_state` holds
# the store, `_areas/<area>/` has ops (no FastAPI), shapes (no FastAPI) and routes.
WEB_FRAMEWORKS = {"fastapi", "starlette", "sse_starlette"}


def _external_imports(path: Path) -> set[str]:
    """Top-level names of the non-relative packages `path` imports at run time."""
    found: set[str] = set()
    pending: list[ast.AST] = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.stmt) and _is_type_checking_block(node):
            continue
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        pending.extend(ast.iter_child_nodes(node))
    return found


def emulator_layout_violations(package_dir: Path) -> list[str]:
    """Every way the emulator under `package_dir/testing` breaks its layering rules."""
    testing = package_dir / "testing"
    modules = {
        ".".join(["revyl_sdk", *path.relative_to(package_dir).with_suffix("").parts]).removesuffix(".__init__"): path
        for path in sorted(testing.rglob("*.py"))
    }
    areas = "revyl_sdk.testing._areas."
    problems = []
    top_level = sorted(path.name for path in testing.glob("*.py"))
    if len(top_level) > 8:
        problems.append(f"testing/ has {len(top_level)} top-level modules (at most 8): {top_level}")
    problems += [f"{name}: a flat route module" for name in modules if name.rsplit(".", 1)[-1].startswith("_routes")]
    for name, path in modules.items():
        area_module = name.removeprefix(areas).split(".") if name.startswith(areas) else []
        if len(area_module) == 2 and area_module[1] in ("ops", "shapes"):
            frameworks = sorted(_external_imports(path) & WEB_FRAMEWORKS)
            problems += [f"{name} imports {framework}" for framework in frameworks]
        for target in set(_imports(name, path, module_level_only=False)):
            target_area = target.removeprefix(areas).split(".") if target.startswith(areas) else []
            if len(target_area) >= 2 and target_area[1] == "routes" and name != "revyl_sdk.testing._server.app":
                problems.append(f"{name} imports the route module {areas}{target_area[0]}.routes")
            if (area_module[1:] == ["routes"] and target_area and target_area[0] != area_module[0]
                    and target != areas.rstrip(".")):
                problems.append(f"{name} imports another area: {target}")
    return sorted(set(problems))


def test_the_emulator_is_organised_by_area() -> None:
    assert emulator_layout_violations(PACKAGE_DIR) == []
    assert (PACKAGE_DIR / "testing" / "_server" / "app.py").is_file()


def test_the_emulator_layout_rules_catch_each_violation(tmp_path: Path) -> None:
    # A tree breaking every rule once: the rules must name each break.
    testing = tmp_path / "testing"
    files = {
        **{f"module_{index}.py": "" for index in range(9)},
        "_routes_tests.py": "",
        "emulator.py": "from ._areas.tests.routes import router\n",
        "_server/app.py": "from .._areas.tests.routes import router\n",
        "_areas/tests/ops.py": "def handler():\n    from fastapi import Request\n",
        "_areas/tests/shapes.py": "from starlette.responses import Response\n",
        "_areas/tests/routes.py": "from . import ops, shapes\nfrom ..apps import shapes as other\n",
        "_areas/apps/routes.py": "from ..tests.routes import router\n",
        "_areas/apps/ops.py": "from ..tests import ops\n",
    }
    for name, text in files.items():
        (testing / name).parent.mkdir(parents=True, exist_ok=True)
        (testing / name).write_text(text)
    assert emulator_layout_violations(tmp_path) == sorted([
        f"testing/ has 11 top-level modules (at most 8): {sorted(n for n in files if '/' not in n)}",
        "revyl_sdk.testing._routes_tests: a flat route module",
        "revyl_sdk.testing.emulator imports the route module revyl_sdk.testing._areas.tests.routes",
        "revyl_sdk.testing._areas.tests.ops imports fastapi",
        "revyl_sdk.testing._areas.tests.shapes imports starlette",
        "revyl_sdk.testing._areas.tests.routes imports another area: revyl_sdk.testing._areas.apps",
        "revyl_sdk.testing._areas.tests.routes imports another area: revyl_sdk.testing._areas.apps.shapes",
        "revyl_sdk.testing._areas.apps.routes imports the route module revyl_sdk.testing._areas.tests.routes",
        "revyl_sdk.testing._areas.apps.routes imports another area: revyl_sdk.testing._areas.tests.routes",
        "revyl_sdk.testing._areas.apps.routes imports another area: revyl_sdk.testing._areas.tests.routes.router",
    ])


def _steps_generators(path: Path) -> bool:
    """Whether the module throws into a generator (`x.throw(...)`): the mark of a stepping
    loop, which must deliver each effect's error into the plan."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "throw"
               for node in ast.walk(tree))


def test_one_module_steps_plan_generators() -> None:
    steppers = {module for module, path in _modules().items() if _steps_generators(path)}
    assert steppers == {"revyl_sdk._core.runtime"}, (
        "plans are stepped by _core/runtime.py only; yield effects (with a handler) instead")


def test_one_effect_vocabulary() -> None:
    """`Send`, `Sleep`, `Blocking` and `Gather` are defined once, in _core/effects.py; a
    subsystem adds only effects of its own (with a handler)."""
    core = ("Send", "Sleep", "Blocking", "Gather")
    defined = {(module, node.name) for module, path in _modules().items()
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef) and node.name in core}
    assert defined == {("revyl_sdk._core.effects", name) for name in core}


def test_the_stepping_check_sees_a_driver_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.py"
    loop.write_text("def drive(plan, value, error):\n    return plan.throw(error) if error else plan.send(value)\n")
    plain = tmp_path / "plain.py"
    plain.write_text("def fetch(http, request):\n    return http.send(request)\n")
    assert _steps_generators(loop) and not _steps_generators(plain)
