"""Modules (reusable blocks), versioned like tests: a stale `expected_version` is a 409 that
changes nothing; a restore makes a new version."""

from __future__ import annotations

import copy
from typing import Any

from ..._state.catalog import Module
from ..._state.errors import ApiError
from ..._state.store import Store
from ..._state.tests import Test


def listing(store: Store) -> list[Module]:
    return sorted(store.catalog.modules.rows.values(), key=lambda row: row.name.lower())


def _clash(store: Store, name: str, other_than: str | None = None) -> None:
    if any(row.name == name and row.id != other_than for row in store.catalog.modules.rows.values()):
        raise ApiError(409, f"A module named {name!r} already exists")


def create(store: Store, name: str, description: str | None, blocks: list[Any]) -> Module:
    with store.lock:
        _clash(store, name)
        module = store.catalog.modules.add(Module(name=name, description=description, blocks=copy.deepcopy(blocks)))
        module.snapshot()
        return module


def update(store: Store, module_id: str, fields: dict[str, Any]) -> Module:
    with store.lock:
        module = store.catalog.modules.require(module_id)
        expected = fields.get("expected_version")
        if expected is not None and expected != module.version:
            raise ApiError(409, f"Version conflict: expected version {expected}, current version {module.version}")
        if fields.get("name") is not None:
            _clash(store, fields["name"], module.id)
            module.name = fields["name"]
        if fields.get("description") is not None:
            module.description = fields["description"]
        if fields.get("blocks") is not None:
            module.blocks = copy.deepcopy(fields["blocks"])
        module.version += 1
        module.touch()
        module.snapshot()
        return module


def restore(store: Store, module_id: str, version: int) -> Module:
    with store.lock:
        module = store.catalog.modules.require(module_id)
        old = next((v for v in module.versions if v.version == version), None)
        if old is None:
            raise ApiError(404, f"Version {version} not found")
        module.blocks = copy.deepcopy(old.blocks)
        module.version += 1
        module.touch()
        module.snapshot()
        return module


def _refers(blocks: list[Any], key: str, row_id: str, name: str) -> bool:
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if block.get(f"{key}_id") == row_id or block.get(key) == name:
            return True
        if any(_refers(block.get(children) or [], key, row_id, name)
               for children in ("thenChildren", "elseChildren", "children")):
            return True
    return False


def tests_using(store: Store, key: str, row_id: str, name: str) -> list[Test]:
    """Tests with a block naming the module (`key` "module") or script ("script") by id or name."""
    return [test for test in store.tests.rows.values() if _refers(test.blocks, key, row_id, name)]


def delete(store: Store, module_id: str) -> Module:
    with store.lock:
        module = store.catalog.modules.require(module_id)
        if tests_using(store, "module", module.id, module.name):
            raise ApiError(409, "The module is used by tests")
        del store.catalog.modules.rows[module_id]
        return module
