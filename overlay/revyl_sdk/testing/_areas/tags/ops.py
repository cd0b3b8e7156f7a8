"""Tags: the org's rows (name unique in any case), and the names each test carries. A tag
named on a test without a row gets one, as the backend's name-based sync creates it."""

from __future__ import annotations

from ..._state.catalog import Tag
from ..._state.errors import ApiError
from ..._state.store import Store
from ..._state.tests import Test
from ..tests.shapes import tag_id

DEFAULT_COLOR = "#6B7280"


def named(store: Store, name: str) -> Tag | None:
    return next((tag for tag in store.catalog.tags.rows.values() if tag.name.lower() == name.lower()), None)


def ensure(store: Store, name: str, color: str | None = None) -> Tag:
    """The tag of that name, made if there is none."""
    return named(store, name) or store.catalog.tags.add(Tag(id=tag_id(name), name=name,
                                                           color=color or DEFAULT_COLOR))


def create(store: Store, name: str, color: str | None) -> Tag:
    with store.lock:
        if named(store, name):
            raise ApiError(409, f"A tag named {name!r} already exists")
        return ensure(store, name.strip() or name, color)


def _tagged(store: Store, name: str) -> list[Test]:
    return [test for test in store.tests.rows.values() if name.lower() in {t.lower() for t in test.tags}]


def count(store: Store, tag: Tag) -> int:
    return len(_tagged(store, tag.name))


def update(store: Store, tag_id: str, name: str | None, color: str | None, description: str | None) -> Tag:
    with store.lock:
        tag = store.catalog.tags.require(tag_id)
        if name is not None and name.lower() != tag.name.lower() and named(store, name):
            raise ApiError(409, f"A tag named {name!r} already exists")
        if name is not None:
            for test in _tagged(store, tag.name):
                test.tags = [name if t.lower() == tag.name.lower() else t for t in test.tags]
            tag.name = name
        if color is not None:
            tag.color = color
        if description is not None:
            tag.description = description
        tag.touch()
        return tag


def delete(store: Store, tag_id: str) -> Tag:
    with store.lock:
        tag = store.catalog.tags.require(tag_id)
        for test in _tagged(store, tag.name):
            test.tags = [t for t in test.tags if t.lower() != tag.name.lower()]
        del store.catalog.tags.rows[tag_id]
        return tag


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in (n.strip() for n in names):
        if name:
            seen.setdefault(name.lower(), name)
    return list(seen.values())


def set_for_test(store: Store, test_id: str, names: list[str]) -> Test:
    """The test's tags become exactly `names` (rows made for new ones)."""
    with store.lock:
        test = store.tests.require(test_id)
        test.tags = [ensure(store, name).name for name in _unique(names)]
        return test


def bulk(store: Store, test_ids: list[str], add: list[str], remove: list[str]) -> list[tuple[str, str | None]]:
    """Each test's tags plus `add` minus `remove`; per test, the error if it failed."""
    results: list[tuple[str, str | None]] = []
    with store.lock:
        gone = {name.strip().lower() for name in remove}
        for test_id in test_ids:
            test = store.tests.rows.get(test_id)
            if test is None:
                results.append((test_id, "Test not found"))
                continue
            kept = [name for name in test.tags if name.lower() not in gone]
            test.tags = [ensure(store, name).name for name in _unique(kept + add) if name.lower() not in gone]
            results.append((test_id, None))
    return results
