"""`client.tags`: the labels tests carry (`tests.list(tag=...)` filters by them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import RevylError
from .._core.names import Named, pick_by_name
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import BulkSyncTagsResponse, SyncTagsResponse, TagResponse, TagWithCountResponse

TagList = list["TagWithCountResponse"]
TestTags = list["TagResponse"]


class TagUpdateOptions(RequestOptions, total=False):
    name: str
    color: str
    """A CSS colour, e.g. "#22c55e"."""
    description: str


def _names(names: Sequence[str], what: str) -> list[str]:
    if isinstance(names, str) or not isinstance(names, Sequence):
        raise RevylError(f"{what} must be a list of tag names, got {type(names).__name__}")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise RevylError(f"{what} must hold non-empty tag names, got {name!r}")
    return list(dict.fromkeys(names))


def _list_call(options: RequestOptions) -> APICall[TagList]:
    from revyl_api.api.tags import list_tags
    from revyl_api.models import TagListResponse

    return call(list_tags, TagListResponse, **options).map(lambda response: response.tags)


def _pick(name: str, tags: TagList) -> TagWithCountResponse:
    return pick_by_name("tag", name, (Named(tag.name, tag.id, tag) for tag in tags)).item


def _create_call(name: str, color: str | None, options: RequestOptions) -> APICall[TagResponse]:
    from revyl_api.api.tags import create_tag
    from revyl_api.models import CreateTagRequest, TagResponse

    fields = {"name": _names([name], "name")[0], **({} if color is None else {"color": color})}
    return call(create_tag, TagResponse, safety=Safety.UNSAFE, body=build_model(CreateTagRequest, fields, "tag"),
                **options)


def _update_call(tag_id: str, options: TagUpdateOptions) -> APICall[TagResponse]:
    from revyl_api.api.tags import update_tag
    from revyl_api.models import TagResponse, UpdateTagRequest

    fields, request = split_request_options(dict(options))
    if not fields:
        raise RevylError("tags.update needs name, color or description")
    return call(update_tag, TagResponse, tag_id=require_uuid(tag_id, "tag_id"),
                body=build_model(UpdateTagRequest, fields, "tag update"), **request)


def _delete_call(tag_id: str, options: RequestOptions) -> APICall[None]:
    from revyl_api.api.tags import delete_tag

    return call(delete_tag, object, tag_id=require_uuid(tag_id, "tag_id"), **options).map(lambda _: None)


def _of_test_call(test_id: str, options: RequestOptions) -> APICall[TestTags]:
    from revyl_api.api.tags import get_test_tags

    return call(get_test_tags, list, test_id=require_uuid(test_id, "test_id"), **options)


def _set_for_test_call(test_id: str, names: Sequence[str], options: RequestOptions) -> APICall[SyncTagsResponse]:
    from revyl_api.api.tags import sync_test_tags
    from revyl_api.models import SyncTagsRequest, SyncTagsResponse

    body = SyncTagsRequest(tag_names=_names(names, "names"))
    return call(sync_test_tags, SyncTagsResponse, test_id=require_uuid(test_id, "test_id"), body=body, **options)


def _bulk_call(test_ids: Sequence[str], add: Sequence[str], remove: Sequence[str],
               options: RequestOptions) -> APICall[BulkSyncTagsResponse]:
    from revyl_api.api.tags import bulk_sync_test_tags
    from revyl_api.models import BulkSyncTagsRequest, BulkSyncTagsResponse

    if isinstance(test_ids, str) or not test_ids:
        raise RevylError("tags.bulk needs a list of test ids")
    adding, removing = _names(add, "add"), _names(remove, "remove")
    if not adding and not removing:
        raise RevylError("tags.bulk needs tags to add or to remove")
    if both := sorted(set(adding) & set(removing)):
        raise RevylError(f"tags.bulk cannot add and remove the same tags: {', '.join(both)}")
    body = BulkSyncTagsRequest(test_ids=[require_uuid(test_id, "test_ids") for test_id in test_ids],
                               tags_to_add=adding, tags_to_remove=removing)
    return call(bulk_sync_test_tags, BulkSyncTagsResponse, body=body, **options)


class Tags(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> TagList:
        """Every tag of the organisation, with how many tests carry it."""
        return self._api.execute(_list_call(options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> TagWithCountResponse:
        """The tag called `name` (exact, else ignoring case); `NameNotFoundError` or
        `AmbiguousNameError` otherwise, as `tests.find`."""
        return _pick(name, self.list(**options))

    def create(self, name: str, *, color: str | None = None, **options: Unpack[RequestOptions]) -> TagResponse:
        """Create the tag `name`, with a `color` if given."""
        return self._api.execute(_create_call(name, color, options))

    def update(self, tag_id: str, **options: Unpack[TagUpdateOptions]) -> TagResponse:
        """Change only the fields given."""
        return self._api.execute(_update_call(tag_id, options))

    def delete(self, tag_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the tag; the tests that carried it lose it."""
        self._api.execute(_delete_call(tag_id, options))

    def of_test(self, test_id: str, **options: Unpack[RequestOptions]) -> TestTags:
        """The tags the test carries."""
        return self._api.execute(_of_test_call(test_id, options))

    def set_for_test(self, test_id: str, names: Sequence[str], **options: Unpack[RequestOptions]) -> SyncTagsResponse:
        """Make `names` the test's tags (replacing the ones it had); unknown names become new tags."""
        return self._api.execute(_set_for_test_call(test_id, names, options))

    def bulk(self, test_ids: Sequence[str], *, add: Sequence[str] = (), remove: Sequence[str] = (),
             **options: Unpack[RequestOptions]) -> BulkSyncTagsResponse:
        """Add and remove tags (by name) on many tests at once; `results` says how each went."""
        return self._api.execute(_bulk_call(test_ids, add, remove, options))


class AsyncTags(AsyncResource):
    async def list(self, **options: Unpack[RequestOptions]) -> TagList:
        """Every tag of the organisation, with how many tests carry it."""
        return await self._api.execute(_list_call(options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> TagWithCountResponse:
        """The tag called `name` (exact, else ignoring case); `NameNotFoundError` or
        `AmbiguousNameError` otherwise, as `tests.find`."""
        return _pick(name, await self.list(**options))

    async def create(self, name: str, *, color: str | None = None, **options: Unpack[RequestOptions]) -> TagResponse:
        """Create the tag `name`, with a `color` if given."""
        return await self._api.execute(_create_call(name, color, options))

    async def update(self, tag_id: str, **options: Unpack[TagUpdateOptions]) -> TagResponse:
        """Change only the fields given."""
        return await self._api.execute(_update_call(tag_id, options))

    async def delete(self, tag_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the tag; the tests that carried it lose it."""
        await self._api.execute(_delete_call(tag_id, options))

    async def of_test(self, test_id: str, **options: Unpack[RequestOptions]) -> TestTags:
        """The tags the test carries."""
        return await self._api.execute(_of_test_call(test_id, options))

    async def set_for_test(self, test_id: str, names: Sequence[str],
                           **options: Unpack[RequestOptions]) -> SyncTagsResponse:
        """Make `names` the test's tags (replacing the ones it had); unknown names become new tags."""
        return await self._api.execute(_set_for_test_call(test_id, names, options))

    async def bulk(self, test_ids: Sequence[str], *, add: Sequence[str] = (), remove: Sequence[str] = (),
                   **options: Unpack[RequestOptions]) -> BulkSyncTagsResponse:
        """Add and remove tags (by name) on many tests at once; `results` says how each went."""
        return await self._api.execute(_bulk_call(test_ids, add, remove, options))
