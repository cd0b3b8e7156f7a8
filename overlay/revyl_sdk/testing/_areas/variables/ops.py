"""A test's `{{name}}` variables: one value per name and test."""

from __future__ import annotations

from ..._state.catalog import TestVariable
from ..._state.errors import ApiError, NotFound
from ..._state.store import Store


def of_test(store: Store, test_id: str) -> list[TestVariable]:
    store.tests.require(test_id)
    return sorted((row for row in store.catalog.variables.rows.values() if row.test_id == test_id),
                  key=lambda row: row.created_at)


def _named(store: Store, test_id: str, name: str) -> TestVariable | None:
    return next((row for row in of_test(store, test_id) if row.name == name), None)


def add(store: Store, test_id: str, name: str, value: str | None) -> TestVariable:
    with store.lock:
        if _named(store, test_id, name):
            raise ApiError(409, f"Variable {name!r} already exists for this test")
        return store.catalog.variables.add(TestVariable(test_id=test_id, name=name, value=value))


def set_value(store: Store, variable_id: str, value: str) -> TestVariable:
    with store.lock:
        row = store.catalog.variables.require(variable_id)
        row.value = value
        row.touch()
        return row


def rename(store: Store, variable_id: str, test_id: str, name: str) -> TestVariable:
    with store.lock:
        row = store.catalog.variables.require(variable_id)
        if row.test_id != test_id:
            raise NotFound("Variable not found")
        other = _named(store, test_id, name)
        if other is not None and other.id != row.id:
            raise ApiError(409, f"Variable {name!r} already exists for this test")
        row.name = name
        row.touch()
        return row


def delete(store: Store, test_id: str, name: str | None) -> list[TestVariable]:
    """Delete the variable of that name (None: all of the test's); the ones deleted."""
    with store.lock:
        gone = [row for row in of_test(store, test_id) if name is None or row.name == name]
        if name is not None and not gone:
            raise NotFound("Variable not found")
        for row in gone:
            del store.catalog.variables.rows[row.id]
        return gone
