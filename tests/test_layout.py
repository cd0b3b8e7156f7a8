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
SUBSYSTEMS = {"_live", "_uploads", "_reports", "_devices"}


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
