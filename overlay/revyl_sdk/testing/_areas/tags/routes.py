"""`/api/v1/tests/tags/*`: the org's tags and the tags of each test."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from ..._server.deps import LockedStore
from ..._server.manage_bodies import BulkTags, TagCreate, TagNames, TagUpdate
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/tests/tags")
async def list_tags(store: LockedStore) -> dict[str, Any]:
    return shapes.listing(store)


@router.post("/api/v1/tests/tags")
async def create_tag(store: LockedStore, body: TagCreate) -> dict[str, Any]:
    return shapes.tag(ops.create(store, body.name, body.color))


@router.patch("/api/v1/tests/tags/{tag_id}")
async def update_tag(store: LockedStore, tag_id: uuid.UUID, body: TagUpdate) -> dict[str, Any]:
    return shapes.tag(ops.update(store, str(tag_id), body.name, body.color, body.description))


@router.delete("/api/v1/tests/tags/{tag_id}")
async def delete_tag(store: LockedStore, tag_id: uuid.UUID) -> dict[str, Any]:
    return {"message": "Tag deleted", "id": ops.delete(store, str(tag_id)).id}


@router.get("/api/v1/tests/tags/tests/{test_id}")
async def tags_of_test(store: LockedStore, test_id: uuid.UUID) -> list[dict[str, Any]]:
    return shapes.of_test(store, store.tests.require(str(test_id)))


@router.post("/api/v1/tests/tags/tests/{test_id}/sync")
async def sync_tags(store: LockedStore, test_id: uuid.UUID, body: TagNames) -> dict[str, Any]:
    return shapes.synced(store, ops.set_for_test(store, str(test_id), body.tag_names))


@router.post("/api/v1/tests/tags/tests/bulk-sync")
async def bulk_sync(store: LockedStore, body: BulkTags) -> dict[str, Any]:
    return shapes.bulk(ops.bulk(store, body.test_ids, body.tags_to_add, body.tags_to_remove))
