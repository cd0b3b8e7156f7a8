"""The unified SSE stream and the identity endpoint.

A transcript set by `replay_stream` is played instead, as raw bytes.

On connect: `connection_ready`, then `initial_state` built from the rows, then every feed
entry as it is published, with a `heartbeat` when quiet, as BEHAVIOR.md §1 describes. The
stream is org-wide: clients filter by task id themselves.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.types import Scope

from ..._server.deps import UnlockedStore
from ..._server.middleware import drop_connection
from ..._state.canned import DROP_CONNECTION, TranscriptStep
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID, Store
from . import shapes

router = APIRouter()

_POLL_SECONDS = 0.2  # how often an idle stream checks for shutdown
_EVENT_WAIT_SECONDS = 10.0  # the longest a transcript waits for a test's threading.Event


def _event(name: str, data: dict[str, Any], event_id: str | None = None) -> ServerSentEvent:
    return ServerSentEvent(data=json.dumps(data), event=name, id=event_id)


def _wanted(data: dict[str, Any], include_queued: bool) -> bool:
    if include_queued:
        return True
    item = data.get("test") or data.get("workflow", {}).get("task") or {}
    return item.get("status") != "queued"


async def _events(store: Store, include_queued: bool) -> AsyncIterator[ServerSentEvent]:
    cut_after = store.faults.take_stream_drop()
    yield _event("connection_ready", {"org_id": ORG_ID, "user_id": USER_ID})
    seq = store.feed.last_seq  # read before the snapshot so nothing falls between the two
    yield _event("initial_state", shapes.initial_state(store, include_queued))
    sent, last_beat = 0, time.monotonic()
    heartbeat = store.settings.heartbeat_seconds
    while not store.closing and (cut_after is None or sent < cut_after):
        wait = max(0.0, min(_POLL_SECONDS, heartbeat - (time.monotonic() - last_beat)))
        for entry in await store.feed.read_after(seq, wait):
            seq = entry.seq
            if _wanted(entry.data, include_queued):
                yield _event(entry.event, entry.data, entry.id)
                # Let a pending disconnect land before the next write: a burst written into a
                # closed socket makes asyncio log "socket.send() raised exception." per write.
                await asyncio.sleep(0)
                sent += 1
                if cut_after is not None and sent >= cut_after:
                    return
        if time.monotonic() - last_beat >= heartbeat:
            with store.lock:
                active = sum(not t.terminal for t in store.runs.tests.values())
            yield _event("heartbeat", {"active_tests": active, "timestamp": iso(time.time())})
            last_beat = time.monotonic()


async def _replayed(store: Store, transcript: list[TranscriptStep], scope: Scope) -> AsyncIterator[bytes]:
    """A transcript of `replay_stream`, step by step; then silence until the client leaves."""
    for step in transcript:
        if step is DROP_CONNECTION:
            await drop_connection(scope)
            return
        if isinstance(step, bytes | str):
            yield step.encode() if isinstance(step, str) else step
        elif isinstance(step, int | float):
            await asyncio.sleep(step)
        elif isinstance(step, threading.Event):
            deadline = time.monotonic() + _EVENT_WAIT_SECONDS
            while not step.is_set() and time.monotonic() < deadline and not store.closing:
                await asyncio.sleep(0.01)
        else:
            step()
    while not store.closing:  # the response is cancelled when the client disconnects
        await asyncio.sleep(_POLL_SECONDS)


@router.get("/api/v1/monitor/stream/unified", response_model=None)
async def unified_stream(store: UnlockedStore, request: Request,
                         include_queued: bool = True) -> EventSourceResponse | StreamingResponse:
    # Unlocked: the stream outlives the handler; each step locks what it reads.
    transcript = store.canned.next_transcript()
    if transcript is not None:
        return StreamingResponse(_replayed(store, transcript, request.scope), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "Connection": "close"})
    return EventSourceResponse(_events(store, include_queued),
                               headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/api/v1/entity/users/get_user_uuid")
async def whoami() -> dict[str, Any]:
    """AuthInfo: who the API key belongs to (the CLI uses it to check a key)."""
    return {"user_id": USER_ID, "api_key": None, "org_id": ORG_ID,
            "org_name": "Revyl Emulator", "email": "emulator@revyl.invalid", "service": False,
            "concurrency_limit": 3, "proxy_enabled": False, "permissions": [],
            "user_role": "admin", "billing_exempt": True}
