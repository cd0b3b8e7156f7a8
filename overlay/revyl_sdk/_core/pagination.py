"""Lazy iteration over every page of a `page`/`page_size` listing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .base_client import APICall, AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from revyl_api.types import Unset

T = TypeVar("T")
PAGE_SIZE = 100  # the API's maximum: fewest round trips when iterating everything


@dataclass(frozen=True)
class PageOf(Generic[T]):
    items: list[T]
    has_next: bool

    @classmethod
    def of(cls, items: list[T] | Unset, has_next: bool) -> PageOf[T]:
        return cls(items if isinstance(items, list) else [], has_next)


PageCall = Callable[[int], APICall[PageOf[T]]]


class SyncPager(Generic[T]):
    """Iterates items across pages (numbered from 1), fetching a page only when reached."""

    def __init__(self, api: SyncAPIClient, page_call: PageCall[T]) -> None:
        self._api = api
        self._page_call = page_call

    def __iter__(self) -> Iterator[T]:
        page_number = 1
        while True:
            page = self._api.execute(self._page_call(page_number))
            yield from page.items
            if not page.has_next or not page.items:
                return
            page_number += 1


class AsyncPager(Generic[T]):
    """Like `SyncPager`, for `async for`."""

    def __init__(self, api: AsyncAPIClient, page_call: PageCall[T]) -> None:
        self._api = api
        self._page_call = page_call

    async def __aiter__(self) -> AsyncIterator[T]:
        page_number = 1
        while True:
            page = await self._api.execute(self._page_call(page_number))
            for item in page.items:
                yield item
            if not page.has_next or not page.items:
                return
            page_number += 1
