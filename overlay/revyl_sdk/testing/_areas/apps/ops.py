"""Apps: create (names unique per platform, as Revyl compares them), update, delete."""

from __future__ import annotations

import re
from typing import Any

from ..._state.apps import App
from ..._state.errors import ApiError
from ..._state.ids import new_id
from ..._state.store import Store


def canonical_name(name: str) -> str:
    """How Revyl compares app names: case, separators and punctuation do not matter."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("_", " ")).strip()


def create_app(store: Store, name: str, platform: str, description: str | None) -> App:
    with store.lock:
        for existing in store.apps.rows.values():
            if (existing.platform == platform
                    and canonical_name(existing.name) == canonical_name(name)):
                raise ApiError(409, f"An app named '{existing.name}' already exists for {platform}")
        app = App(new_id(), name, platform, description)
        store.apps.rows[app.id] = app
        return app


def newest_first(store: Store, platform: str | None, search: str | None) -> list[App]:
    apps = sorted(store.apps.rows.values(), key=lambda a: a.created_at, reverse=True)
    if platform:
        apps = [a for a in apps if a.platform.lower() == platform.lower()]
    if search:
        apps = [a for a in apps if search.lower() in a.name.lower()]
    return apps


def update_app(store: Store, app_id: str, changes: dict[str, Any]) -> App:
    """Apply the fields a PATCH set; `current_version` must name one of the app's builds."""
    app = store.apps.require(app_id)
    if "current_version" in changes:
        matches = [b for b in store.builds.of_app(app.id) if b.version == changes["current_version"]]
        if not matches:
            raise ApiError(404, f"Build version '{changes['current_version']}' not found")
        app.current_build_id = matches[0].id
    for key in ("name", "static_url", "description", "system_prompt"):
        if key in changes:
            setattr(app, key, changes[key])
    return app


def delete_app(store: Store, app_id: str) -> int:
    """Delete the app and its builds; its tests stay, detached. How many were detached."""
    app = store.apps.require(app_id)
    for build in store.builds.of_app(app.id):
        del store.builds.rows[build.id]
    detached = 0
    for test in store.tests.rows.values():
        if test.app_id == app.id:
            test.app_id, detached = None, detached + 1
    del store.apps.rows[app.id]
    return detached
