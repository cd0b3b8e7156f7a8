"""The unified monitor stream, reconnecting by itself: a sans-IO core and two thin drivers.

`StreamCore` decides everything: what each SSE message means and, after a drop, how
long to wait or whether to give up. `EventStream` and `AsyncEventStream` only move
bytes (through `httpx-sse`) and sleep. A connection counts as dropped when it closes, when
a transport error hits it, or when nothing arrives, not even a heartbeat, for
`idle_timeout`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Self

import httpx
from httpx_sse import EventSource, ServerSentEvent, SSEError
from revyl_api.api.monitoring import stream_unified_updates

from .._core.base_client import STREAM_TIMEOUT, APICall, AsyncAPIClient, SyncAPIClient
from .._core.calls import call, supports
from .._core.exceptions import APIConnectionError, APIStatusError, RevylError
from .._core.retry import RetryPolicy, Safety
from .events import MonitorEvent, decode_event

__all__ = ["AsyncEventStream", "EventStream", "MonitorSettings", "StreamError"]


@dataclass(frozen=True)
class MonitorSettings:
    """Timing of live monitoring, in seconds; assign a new one to `client.monitor.settings`."""

    idle_timeout: float = 60.0
    """Reconnect when the stream sends nothing at all, not even a heartbeat, for this long."""
    reconnect_delay: float = 1.0
    """Wait before the first reconnection attempt; doubles with each failed one."""
    reconnect_max_delay: float = 30.0
    max_reconnects: int = 10
    """Failed attempts in a row (no event received) before the stream gives up."""
    poll_interval: float = 1.0
    """First wait between status reads when polling; grows by half each time."""
    poll_max_interval: float = 10.0
    poll_error_budget: int = 10
    """Failed status reads in a row tolerated while polling (network errors, 5xx, 429)."""
    quiet_timeout: float = 60.0
    """A waiter reads its run's status when the healthy stream has not mentioned it this long."""


class StreamError(RevylError):
    """The monitor stream failed for good: not an event stream, or every reconnection failed."""


STREAM_SUPPORTED = supports(stream_unified_updates)
"""False when the client's spec has no monitor stream: waits poll, `monitor.stream()` raises."""

_SSE_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}

# What ends one connection: the next step is the core's to decide.
_DROPS = (httpx.TransportError, APIConnectionError, APIStatusError, SSEError)


def stream_call(*, include_queued: bool, idle_timeout: float) -> APICall[object]:
    """The request that opens the stream, with `idle_timeout` as its read timeout."""
    prepared = call(stream_unified_updates, object, include_queued=include_queued,
                    extra_headers=_SSE_HEADERS)
    # `api.stream()` sends with no read timeout. httpx's per-request `timeout` extension
    # overrides that, and a read timeout is exactly "nothing arrived for idle_timeout".
    timeout = httpx.Timeout(STREAM_TIMEOUT.write, connect=STREAM_TIMEOUT.connect, read=idle_timeout)
    return dataclasses.replace(
        prepared, request={**prepared.request, "extensions": {"timeout": timeout.as_dict()}}
    )


class StreamCore:
    """The stream's decisions, free of I/O: shared by the sync and async drivers."""

    def __init__(self, settings: MonitorSettings) -> None:
        self._settings = settings
        self._failures = 0

    def event(self, message: ServerSentEvent) -> MonitorEvent | None:
        """Decode one message; a connection that delivers one has proved itself healthy.

        None for a message with neither name nor data (only `id:` / `retry:` lines):
        httpx-sse dispatches those, as "message" events; the SSE spec and the CLI do not.
        """
        self._failures = 0
        if not message.data and message.event == "message":
            return None
        return decode_event(message.event, message.data)

    def next_delay(self, error: Exception | None) -> float:
        """Seconds to wait before reconnecting after `error` (None: closed by the server).

        Raises instead when reconnecting cannot help: a 4xx (the key or the endpoint is
        wrong), a response that is not an event stream, or too many failures in a row.
        """
        if isinstance(error, SSEError):
            raise StreamError(
                f"the monitor endpoint did not answer with an event stream: {error}") from error
        if isinstance(error, APIStatusError) and not RetryPolicy.may_retry(Safety.SAFE, response=error.response):
            raise error
        self._failures += 1
        if self._failures > self._settings.max_reconnects:
            reason = f": {error}" if error else " (the server kept closing the connection)"
            raise StreamError(f"monitor stream lost after {self._settings.max_reconnects} "
                              f"reconnection attempts{reason}") from error
        # The one retry policy's rules (a SAFE GET) with the stream's own budget and delays.
        policy = RetryPolicy(self._settings.max_reconnects, self._settings.reconnect_delay,
                             self._settings.reconnect_max_delay)
        return policy.delay(self._failures - 1, error.response if isinstance(error, APIStatusError) else None)


class EventStream:
    """Iterator of monitor events that reconnects by itself; close it (or `with` it) when done.

    Close from the thread that iterates; another thread cannot interrupt a blocked read.
    """

    def __init__(self, api: SyncAPIClient, request: APICall[object], settings: MonitorSettings,
                 *, until: Callable[[], bool] | None = None) -> None:
        self._api = api
        self._request = request
        self._core = StreamCore(settings)
        self._until = until
        self._events = self._run()

    def _run(self) -> Generator[MonitorEvent, None, None]:
        while True:
            error: Exception | None = None
            try:
                with self._api.stream(self._request) as response:
                    for message in EventSource(response).iter_sse():
                        if (event := self._core.event(message)) is not None:
                            yield event
            except _DROPS as exc:
                error = exc
            if self._until is not None and self._until():
                return
            time.sleep(self._core.next_delay(error))

    def __iter__(self) -> Iterator[MonitorEvent]:
        return self._events  # `for` loops skip a layer of `__next__` calls per event

    def __next__(self) -> MonitorEvent:
        return next(self._events)

    def close(self) -> None:
        """End the stream and its connection; iterating afterwards stops at once."""
        self._events.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class AsyncEventStream:
    """Async iterator of monitor events that reconnects by itself; `await close()` when done."""

    def __init__(self, api: AsyncAPIClient, request: APICall[object], settings: MonitorSettings,
                 *, until: Callable[[], bool] | None = None) -> None:
        self._api = api
        self._request = request
        self._core = StreamCore(settings)
        self._until = until
        self._events = self._run()

    async def _run(self) -> AsyncGenerator[MonitorEvent, None]:
        while True:
            error: Exception | None = None
            try:
                async with self._api.stream(self._request) as response:
                    messages = EventSource(response).aiter_sse()
                    async with contextlib.aclosing(messages):
                        async for message in messages:
                            if (event := self._core.event(message)) is not None:
                                yield event
            except _DROPS as exc:
                error = exc
            if self._until is not None and self._until():
                return
            await asyncio.sleep(self._core.next_delay(error))

    def __aiter__(self) -> AsyncIterator[MonitorEvent]:
        return self._events  # `async for` skips a layer of `__anext__` calls per event

    async def __anext__(self) -> MonitorEvent:
        return await anext(self._events)

    async def close(self) -> None:
        """End the stream and its connection; iterating afterwards stops at once."""
        await self._events.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.close()
