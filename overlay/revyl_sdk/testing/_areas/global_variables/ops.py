"""Org-wide `{{global.name}}` variables: one per name."""

from __future__ import annotations

from ..._state.catalog import GlobalVariable
from ..._state.errors import ApiError
from ..._state.store import Store


def listing(store: Store) -> list[GlobalVariable]:
    return sorted(store.catalog.globals.rows.values(), key=lambda row: row.name)


def _clash(store: Store, name: str, other_than: str | None = None) -> None:
    if any(row.name == name and row.id != other_than for row in store.catalog.globals.rows.values()):
        raise ApiError(409, f"Global variable {name!r} already exists")


def add(store: Store, name: str, value: str | None, description: str | None, is_secret: bool) -> GlobalVariable:
    with store.lock:
        _clash(store, name)
        return store.catalog.globals.add(GlobalVariable(name=name, value=value, description=description,
                                                        is_secret=is_secret))


def update(store: Store, variable_id: str, fields: dict[str, object]) -> GlobalVariable:
    """Only the fields sent change (a value left out is kept)."""
    with store.lock:
        row = store.catalog.globals.require(variable_id)
        if fields.get("variable_name") is not None:
            _clash(store, str(fields["variable_name"]), row.id)
            row.name = str(fields["variable_name"])
        if fields.get("variable_value") is not None:
            row.value = str(fields["variable_value"])
        if fields.get("description") is not None:
            row.description = str(fields["description"])
        if fields.get("is_secret") is not None:
            row.is_secret = bool(fields["is_secret"])
        row.touch()
        return row


def delete(store: Store, variable_id: str) -> GlobalVariable:
    with store.lock:
        row = store.catalog.globals.require(variable_id)
        del store.catalog.globals.rows[variable_id]
        return row
