"""Tags as the `/api/v1/tests/tags` endpoints answer them (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import Tag
from ..._state.store import Store
from ..._state.tests import Test
from ..tests.shapes import tag as test_tag
from .ops import count


def tag(row: Tag) -> dict[str, Any]:
    """TagResponse."""
    return {"id": row.id, "name": row.name, "color": row.color, "description": row.description}


def listing(store: Store) -> dict[str, Any]:
    """TagListResponse, by name."""
    rows = sorted(store.catalog.tags.rows.values(), key=lambda row: row.name.lower())
    return {"tags": [{**tag(row), "test_count": count(store, row)} for row in rows]}


def of_test(store: Store, test: Test) -> list[dict[str, Any]]:
    """[TagResponse]."""
    return [test_tag(store, name) for name in test.tags]


def synced(store: Store, test: Test) -> dict[str, Any]:
    """SyncTagsResponse."""
    return {"test_id": test.id, "tags": [{key: value for key, value in test_tag(store, name).items()
                                          if key != "description"} for name in test.tags]}


def bulk(results: list[tuple[str, str | None]]) -> dict[str, Any]:
    """BulkSyncTagsResponse."""
    return {"results": [{"test_id": test_id, "success": error is None, "error": error} for test_id, error in results],
            "success_count": sum(error is None for _, error in results),
            "error_count": sum(error is not None for _, error in results)}
