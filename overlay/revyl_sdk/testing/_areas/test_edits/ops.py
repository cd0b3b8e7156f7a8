"""Creating and changing tests: partial updates checked against `expected_version` (a stale
one is a 409 that changes nothing), versions and restores, copies, device targets."""

from __future__ import annotations

import copy
from typing import Any

from ..._state.errors import ApiError
from ..._state.ids import new_id
from ..._state.store import Store
from ..._state.tests import Test
from ..tests import ops as tests

_PLAIN = ("name", "app_id", "pinned_version", "orientation", "retries")


def _platform(name: str) -> str:
    try:
        return tests.platform_of(name)
    except ValueError as error:
        raise ApiError(400, str(error)) from None


def _with_ids(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**block, "id": block.get("id") or new_id()} for block in blocks]


def create(store: Store, fields: dict[str, Any]) -> Test:
    """A test from the fields of `POST /tests/create` (an app is required, as the backend asks)."""
    if not fields.get("name"):
        raise ApiError(400, "A test name is required")
    if not fields.get("app_id"):
        raise ApiError(400, "A test must be associated with an app")
    with store.lock:
        store.apps.require(str(fields["app_id"]))
        test = tests.add_test(store, str(fields["name"]), _platform(str(fields.get("platform") or "android")),
                              _with_ids(fields.get("tasks") or []), str(fields["app_id"]))
        _apply(test, {key: value for key, value in fields.items() if key not in ("name", "platform", "tasks")})
        return test


def _apply(test: Test, fields: dict[str, Any]) -> None:
    for key in _PLAIN:
        if key in fields and fields[key] is not None:
            setattr(test, key, str(fields[key]) if key == "app_id" else fields[key])
    description = fields.get("description", fields.get("flowdescription"))
    if description is not None:
        test.description = description
    if fields.get("run_config") is not None:
        test.run_config = fields["run_config"]


def update(store: Store, test_id: str, fields: dict[str, Any]) -> Test:
    """Only the fields sent change; a stale `expected_version` is a 409 and changes nothing."""
    with store.lock:
        test = store.tests.require(test_id)
        expected = fields.get("expected_version")
        if expected is not None and expected != test.version:
            raise ApiError(409, f"Version conflict: expected version {expected}, current version {test.version}")
        if fields.get("app_id") is not None:
            store.apps.require(str(fields["app_id"]))
        if fields.get("platform") is not None:
            test.platform = _platform(str(fields["platform"]))
        if fields.get("tasks") is not None:
            test.blocks = _with_ids(fields["tasks"])
        _apply(test, fields)
        test.bump()
        return test


def delete(store: Store, test_id: str) -> Test:
    with store.lock:
        test = store.tests.require(test_id)
        del store.tests.rows[test_id]
        for workflow in store.workflows.rows.values():
            workflow.test_ids = [other for other in workflow.test_ids if other != test_id]
        return test


def duplicate(store: Store, test_id: str, new_name: str, copy_variables: bool, platform: str | None,
              app_id: str | None) -> tuple[Test, int]:
    """A copy of the test under `new_name` (its tags and, when asked, variables too); the copy
    and how many variables it got."""
    with store.lock:
        source = store.tests.require(test_id)
        if app_id:
            store.apps.require(app_id)
        test = tests.add_test(store, new_name, _platform(platform) if platform else source.platform,
                              _with_ids([{**block, "id": None} for block in copy.deepcopy(source.blocks)]),
                              app_id or source.app_id, list(source.tags))
        for key in ("description", "pinned_version", "run_config", "orientation", "device_model", "os_version",
                    "retries"):
            setattr(test, key, copy.deepcopy(getattr(source, key)))
        copied = 0
        if copy_variables:
            for row in [v for v in store.catalog.variables.rows.values() if v.test_id == source.id]:
                store.catalog.variables.add(type(row)(test_id=test.id, name=row.name, value=row.value))
                copied += 1
        return test, copied


def restore(store: Store, test_id: str, version: int) -> tuple[Test, int]:
    """A new version holding the blocks of `version`; the test and the version restored."""
    with store.lock:
        test = store.tests.require(test_id)
        old = next((v for v in test.versions if v.version == version), None)
        if old is None:
            raise ApiError(404, f"Version {version} not found")
        test.blocks = copy.deepcopy(old.tasks)
        test.bump()
        return test, version


def set_device_target(store: Store, test_id: str, model: str | None, os_version: str | None,
                      orientation: str | None) -> Test:
    """Only the parts given change (a model without an OS version keeps the one set)."""
    with store.lock:
        test = store.tests.require(test_id)
        if model:
            test.device_model = model
        if os_version:
            test.os_version = os_version
        if orientation:
            test.orientation = orientation
        return test
