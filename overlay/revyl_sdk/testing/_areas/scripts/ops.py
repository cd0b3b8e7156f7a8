"""Code-execution scripts the `code_execution` blocks run, one per name."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import CodeScript
from ..._state.errors import ApiError
from ..._state.store import Store
from ..._state.tests import Test
from ..modules.ops import tests_using


def listing(store: Store, runtime: str | None) -> list[CodeScript]:
    rows = sorted(store.catalog.scripts.rows.values(), key=lambda row: row.name.lower())
    return [row for row in rows if runtime is None or row.runtime == runtime.lower()]


def _clash(store: Store, name: str, other_than: str | None = None) -> None:
    if any(row.name == name and row.id != other_than for row in store.catalog.scripts.rows.values()):
        raise ApiError(409, f"A script named {name!r} already exists")


def create(store: Store, name: str, code: str, runtime: str, description: str | None) -> CodeScript:
    with store.lock:
        _clash(store, name)
        return store.catalog.scripts.add(CodeScript(name=name, code=code, runtime=runtime, description=description))


def update(store: Store, script_id: str, fields: dict[str, Any]) -> CodeScript:
    with store.lock:
        script = store.catalog.scripts.require(script_id)
        if fields.get("name") is not None:
            _clash(store, fields["name"], script.id)
        for key in ("name", "code", "runtime", "description"):
            if fields.get(key) is not None:
                setattr(script, key, fields[key])
        script.touch()
        return script


def usage(store: Store, script_id: str) -> list[Test]:
    script = store.catalog.scripts.require(script_id)
    return tests_using(store, "script", script.id, script.name)


def delete(store: Store, script_id: str) -> None:
    with store.lock:
        if usage(store, script_id):
            raise ApiError(409, "The script is used by tests")
        del store.catalog.scripts.rows[script_id]
