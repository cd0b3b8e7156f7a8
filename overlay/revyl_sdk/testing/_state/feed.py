"""The org's event log: what Revyl keeps in Redis Streams and the SSE endpoint forwards.

Entries get Redis-style ids (`<ms>-<seq>`); readers wait for entries after the last one
they saw, so every open stream sees every event once, in order.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

_KEEP = 10_000  # entries kept for late readers; older ones are trimmed like a capped stream


@dataclass(frozen=True)
class Entry:
    seq: int
    id: str
    event: str
    data: dict[str, Any]


class Feed:
    """Append-only event log; `publish` and `read_after` run on the server's event loop."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._seq = 0
        self._changed = asyncio.Event()

    @property
    def last_seq(self) -> int:
        return self._seq

    def publish(self, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        self._entries.append(Entry(self._seq, f"{int(time.time() * 1000)}-{self._seq}", event, data))
        del self._entries[:-_KEEP]
        self._changed.set()
        self._changed = asyncio.Event()

    async def read_after(self, seq: int, timeout: float) -> list[Entry]:
        """Entries newer than `seq`, waiting up to `timeout` seconds for one to arrive."""
        if self._seq <= seq:
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), timeout)
            except TimeoutError:
                return []
        return [entry for entry in self._entries if entry.seq > seq]

    def entries(self) -> list[Entry]:
        return list(self._entries)
