"""Apps as the spec's `AppResponse`."""

from __future__ import annotations

from typing import Any

from ..._state.apps import App
from ..._state.ids import iso
from ..._state.store import ORG_ID, Store


def app(store: Store, row: App) -> dict[str, Any]:
    """AppResponse."""
    builds = store.builds.of_app(row.id)
    latest = builds[0] if builds else None
    current = store.builds.rows.get(row.current_build_id or "")
    attached = [t for t in store.tests.rows.values() if t.app_id == row.id]
    return {
        "id": row.id, "org_id": ORG_ID, "name": row.name, "platform": row.platform,
        "static_url": row.static_url, "current_version": current.version if current else None,
        "description": row.description, "system_prompt": row.system_prompt,
        "created_at": iso(row.created_at),
        "latest_version": latest.version if latest else None, "versions_count": len(builds),
        "latest_build_id": latest.id if latest else None,
        "current_build_id": current.id if current else None,
        "attached_tests": len(attached), "pinned_tests": 0,
        "recent_executions": sum(task.test.app_id == row.id for task in store.runs.tests.values()),
        "rolling_pass_rate": None, "attribution_ready": False, "expo_synced": False,
        "builds_count": len(builds),
    }
