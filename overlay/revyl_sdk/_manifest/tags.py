"""`client.tags`."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_LIST = Needs(
    (Operation("GET /api/v1/tests/tags", "tags.list_tags"),),
    (Model("TagListResponse", ("tags",)), Model("TagWithCountResponse", ("id", "name"))),
)

METHODS = {
    "tags.list": _LIST,
    "tags.find": _LIST,
    "tags.create": Needs(
        (Operation("POST /api/v1/tests/tags", "tags.create_tag", ("body",)),),
        (Model("CreateTagRequest", ("name", "color")), Model("TagResponse")),
    ),
    "tags.update": Needs(
        (Operation("PATCH /api/v1/tests/tags/{tag_id}", "tags.update_tag", ("tag_id", "body")),),
        (Model("UpdateTagRequest", ("name", "color", "description")), Model("TagResponse")),
    ),
    "tags.delete": Needs((Operation("DELETE /api/v1/tests/tags/{tag_id}", "tags.delete_tag", ("tag_id",)),)),
    "tags.of_test": Needs(
        (Operation("GET /api/v1/tests/tags/tests/{test_id}", "tags.get_test_tags", ("test_id",)),),
        (Model("TagResponse"),),
    ),
    "tags.set_for_test": Needs(
        (Operation("POST /api/v1/tests/tags/tests/{test_id}/sync", "tags.sync_test_tags", ("test_id", "body")),),
        (Model("SyncTagsRequest", ("tag_names",)), Model("SyncTagsResponse")),
    ),
    "tags.bulk": Needs(
        (Operation("POST /api/v1/tests/tags/tests/bulk-sync", "tags.bulk_sync_test_tags", ("body",)),),
        (Model("BulkSyncTagsRequest", ("test_ids", "tags_to_add", "tags_to_remove")), Model("BulkSyncTagsResponse")),
    ),
}
