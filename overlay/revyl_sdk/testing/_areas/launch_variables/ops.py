"""Org launch environment variables (one per key) and the tests they are attached to."""

from __future__ import annotations

from ..._state.catalog import LaunchVariable
from ..._state.errors import ApiError
from ..._state.store import Store


def listing(store: Store) -> list[LaunchVariable]:
    return sorted(store.catalog.launch.rows.values(), key=lambda row: row.key)


def _clash(store: Store, key: str, other_than: str | None = None) -> None:
    if any(row.key == key and row.id != other_than for row in store.catalog.launch.rows.values()):
        raise ApiError(409, f"Launch variable {key!r} already exists")


def add(store: Store, key: str, value: str, description: str | None) -> LaunchVariable:
    with store.lock:
        _clash(store, key)
        return store.catalog.launch.add(LaunchVariable(key=key, value=value, description=description))


def update(store: Store, env_var_id: str, key: str | None, value: str | None,
           description: str | None) -> LaunchVariable:
    with store.lock:
        row = store.catalog.launch.require(env_var_id)
        if key is not None:
            _clash(store, key, row.id)
            row.key = key
        if value is not None:
            row.value = value
        if description is not None:
            row.description = description
        row.touch()
        return row


def delete(store: Store, env_var_id: str) -> tuple[LaunchVariable, int]:
    """The variable deleted and how many tests it was detached from."""
    with store.lock:
        row = store.catalog.launch.require(env_var_id)
        del store.catalog.launch.rows[env_var_id]
        return row, len(row.test_ids)


def attached(store: Store, test_id: str) -> list[LaunchVariable]:
    store.tests.require(test_id)
    return [row for row in listing(store) if test_id in row.test_ids]


def attach(store: Store, test_id: str, env_var_id: str) -> list[LaunchVariable]:
    with store.lock:
        store.tests.require(test_id)
        store.catalog.launch.require(env_var_id).test_ids.add(test_id)
        return attached(store, test_id)


def detach(store: Store, test_id: str, env_var_id: str) -> list[LaunchVariable]:
    with store.lock:
        store.tests.require(test_id)
        store.catalog.launch.require(env_var_id).test_ids.discard(test_id)
        return attached(store, test_id)


def replace(store: Store, test_id: str, env_var_ids: list[str]) -> list[LaunchVariable]:
    """The test's attachments become exactly `env_var_ids` (all must exist, else nothing changes)."""
    with store.lock:
        store.tests.require(test_id)
        wanted = {store.catalog.launch.require(env_var_id).id for env_var_id in env_var_ids}
        for row in store.catalog.launch.rows.values():
            if row.id in wanted:
                row.test_ids.add(test_id)
            else:
                row.test_ids.discard(test_id)
        return attached(store, test_id)
