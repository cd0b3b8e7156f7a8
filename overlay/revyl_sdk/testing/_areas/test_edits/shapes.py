"""Answers of the test-editing endpoints (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.ids import iso
from ..._state.store import USER_ID, Store
from ..._state.tests import Test
from ..tests.shapes import test as test_shape


def test(store: Store, row: Test) -> dict[str, Any]:
    """Test, with its description as the CLI reads it."""
    return {**test_shape(store, row), "description": row.description}


def versions(row: Test, limit: int, offset: int) -> dict[str, Any]:
    """TestVersionListResponse, newest first."""
    newest = list(reversed(row.versions))
    return {"total": len(newest), "versions": [
        {"id": v.id, "test_id": row.id, "version": v.version, "tasks": v.tasks, "modified_by": USER_ID,
         "modified_by_email": None, "created_at": iso(v.created_at)} for v in newest[offset:offset + limit]]}


def duplicated(row: Test, variables: int) -> dict[str, Any]:
    """DuplicateTestResponse."""
    return {"success": True, "test_id": row.id, "name": row.name, "platform": row.platform,
            "steps_count": len(row.blocks), "message": "Test duplicated", "cookies_copied": 0,
            "variables_copied": variables, "tags_copied": len(row.tags)}


def device_target(row: Test) -> dict[str, Any]:
    """UpdateDeviceTargetResponse."""
    return {"device_model": row.device_model or "AUTO", "os_version": row.os_version or "AUTO",
            "orientation": row.orientation}
