"""One monitor stream per client, shared by every waiter and dispatched by task id.

`HubCore` holds the decisions (who hears about what) free of I/O. `SyncHub` drives it
from a daemon thread and `AsyncHub` from a task. A driver opens the stream on the first
subscription and drops it once no subscription is left. Waiters never touch the
connection; each reads its own queue.

The hub remembers the latest state of every run the current connection has reported,
the org-wide snapshot included. So a waiter that arrives late learns at once where its
run stands, even when the run has already ended. A run absent from a fresh snapshot may
have ended while nobody was listening, and its waiter is told so (`Signal.VANISHED`)
to confirm over REST. This is the GitHub Action's reconnect rule (BEHAVIOR.md §1.4); the
CLI never reconnects, so it returns a stale status instead. A run started elsewhere (a
handle made from a task id) counts as started before any snapshot: if the snapshot leaves
it out, one status read settles whether it already ended.
"""

from __future__ import annotations

import asyncio
import enum
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.exceptions import NotFoundError
from .events import InitialState, MonitorEvent, TestEvent, WorkflowEvent
from .status import RunKind, RunState
from .stream import AsyncEventStream, EventStream, MonitorSettings, stream_call

# Enough to remember every run of a busy org for the life of a connection, bounded anyway.
_REMEMBERED_RUNS = 10_000
# Status reads and reports the waiters of one client send at once. A burst of endings then
# reuses pooled connections (httpx keeps 20 alive) instead of opening one per run.
_CONCURRENT_REQUESTS = 16


class Signal(enum.Enum):
    VANISHED = "vanished"
    """The run is missing from a fresh snapshot: it may have ended unseen; ask REST."""
    WAKE = "wake"
    """Nothing happened; the waiter should look at its own stop flag."""


@dataclass(frozen=True, slots=True)
class _Lost:
    error: Exception


class StreamLost(Exception):
    """The shared stream failed for good; `error` says why. Raised to each waiter."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


Message = RunState | Signal


class _Subscription:
    """One waiter's interest in one run."""

    def __init__(self, kind: RunKind, task_id: str, started_at: float | None) -> None:
        self.kind = kind
        self.task_id = task_id
        self.started_at = started_at
        """When this process started the run (monotonic clock); None for a run started
        elsewhere (a handle made from a task id), which any snapshot should already list."""

    @staticmethod
    def _unwrap(message: Message | _Lost) -> Message:
        if isinstance(message, _Lost):
            raise StreamLost(message.error)
        return message


SubT = TypeVar("SubT", bound=_Subscription)


class HubCore(Generic[SubT]):
    """Who hears what: subscriptions by run, and what the connection said about each run."""

    def __init__(self) -> None:
        self._subscriptions: dict[tuple[RunKind, str], list[SubT]] = {}
        self._recent: OrderedDict[tuple[RunKind, str], RunState] = OrderedDict()
        self._snapshot_at: float | None = None

    @property
    def idle(self) -> bool:
        return not self._subscriptions

    def connecting(self) -> None:
        """A new connection starts: what the last one said may be stale, forget it."""
        self._recent.clear()
        self._snapshot_at = None

    def add(self, subscription: SubT) -> list[Message]:
        """Register `subscription`; returns what it should hear at once."""
        key = (subscription.kind, subscription.task_id)
        self._subscriptions.setdefault(key, []).append(subscription)
        if (known := self._recent.get(key)) is not None:
            return [known]
        if self._snapshot_at is not None and (
            subscription.started_at is None or subscription.started_at <= self._snapshot_at
        ):
            # Started before the snapshot (or elsewhere, before we listened) yet absent from
            # it and silent since: ended unseen? A run we started later waits for its events.
            return [Signal.VANISHED]
        return []

    def remove(self, subscription: SubT) -> None:
        key = (subscription.kind, subscription.task_id)
        waiting = self._subscriptions.get(key, [])
        if subscription in waiting:
            waiting.remove(subscription)
        if not waiting:
            self._subscriptions.pop(key, None)

    def drop_all(self) -> list[SubT]:
        """Forget every subscription (the stream is gone) and return them, to be told."""
        dropped = [sub for subs in self._subscriptions.values() for sub in subs]
        self._subscriptions.clear()
        return dropped

    def feed(self, event: MonitorEvent, now: float) -> list[tuple[SubT, Message]]:
        """What `event` means for each subscription; remembers run states on the way."""
        if isinstance(event, InitialState):
            return self._snapshot(event.run_states, now)
        if isinstance(event, TestEvent | WorkflowEvent):
            return [delivery for state in event.run_states for delivery in self._record(state)]
        return []

    def _record(self, state: RunState) -> list[tuple[SubT, Message]]:
        deliveries: list[tuple[SubT, Message]] = []
        for task_id in state.keys:
            key = (state.kind, task_id)
            self._recent[key] = state
            self._recent.move_to_end(key)
            # A waiter that knows the run by an alias still hears about it under its own id.
            seen = state if task_id == state.task_id else state.for_target(task_id)
            deliveries.extend((sub, seen) for sub in self._subscriptions.get(key, ()))
        while len(self._recent) > _REMEMBERED_RUNS:
            self._recent.popitem(last=False)
        return deliveries

    def _snapshot(self, states: Iterable[RunState], now: float) -> list[tuple[SubT, Message]]:
        self._snapshot_at = now
        # An active run the snapshot leaves out is no longer known to be active.
        for key in [key for key, state in self._recent.items() if not state.terminal]:
            del self._recent[key]
        deliveries = [delivery for state in states for delivery in self._record(state)]
        for key, subscriptions in self._subscriptions.items():
            if key not in self._recent:
                deliveries.extend((sub, Signal.VANISHED) for sub in subscriptions)
        return deliveries


class SyncSubscription(_Subscription):
    def __init__(self, kind: RunKind, task_id: str, started_at: float | None) -> None:
        super().__init__(kind, task_id, started_at)
        self._queue: queue.Queue[Message | _Lost] = queue.Queue()

    def put(self, message: Message | _Lost) -> None:
        self._queue.put(message)

    def get(self, timeout: float | None) -> Message | None:
        """The next message, or None after `timeout` seconds of nothing."""
        try:
            return self._unwrap(self._queue.get(timeout=timeout))
        except queue.Empty:
            return None


class AsyncSubscription(_Subscription):
    def __init__(self, kind: RunKind, task_id: str, started_at: float | None) -> None:
        super().__init__(kind, task_id, started_at)
        self._queue: asyncio.Queue[Message | _Lost] = asyncio.Queue()

    def put(self, message: Message | _Lost) -> None:
        self._queue.put_nowait(message)

    async def get(self, timeout: float | None) -> Message | None:
        """The next message, or None after `timeout` seconds of nothing."""
        try:
            async with asyncio.timeout(timeout):
                return self._unwrap(await self._queue.get())
        except TimeoutError:
            return None


class SyncHub:
    """The shared stream of a `Revyl` client, read by one daemon thread while anyone waits.

    A blocked read cannot be interrupted from another thread, so the reader notices it
    is no longer needed at its next wake-up (an event, a heartbeat or `idle_timeout`).
    A waiter arriving before then simply reuses it.
    """

    def __init__(self, api: SyncAPIClient) -> None:
        self.settings = MonitorSettings()
        self._api = api
        self._core: HubCore[SyncSubscription] = HubCore()
        self._lock = threading.Lock()
        self._reader: threading.Thread | None = None
        self._unavailable: Exception | None = None
        self._closed = False
        self._request_slots = threading.BoundedSemaphore(_CONCURRENT_REQUESTS)

    @property
    def request_slots(self) -> threading.BoundedSemaphore:
        """The limit on concurrent status reads, shared by the client's waits."""
        return self._request_slots

    def subscribe(self, kind: RunKind, task_id: str, started_at: float | None) -> SyncSubscription:
        """Start hearing about `task_id`; raises `StreamLost` if the stream is known missing."""
        subscription = SyncSubscription(kind, task_id, started_at)
        with self._lock:
            if self._unavailable is not None:
                raise StreamLost(self._unavailable)
            if self._reader is None:
                self._core.connecting()
                self._reader = threading.Thread(target=self._read, name="revyl-monitor",
                                                daemon=True)
                self._reader.start()
            for message in self._core.add(subscription):
                subscription.put(message)
        return subscription

    def unsubscribe(self, subscription: SyncSubscription) -> None:
        with self._lock:
            self._core.remove(subscription)

    def close(self) -> None:
        with self._lock:
            self._closed = True

    def _done(self) -> bool:
        """Whether the reader should stop; if so it is forgotten (caller holds the lock)."""
        if self._core.idle or self._closed:
            self._reader = None
            return True
        return False

    def _should_stop(self) -> bool:
        with self._lock:
            return self._done()

    def _read(self) -> None:
        stream = EventStream(
            self._api, stream_call(include_queued=True, idle_timeout=self.settings.idle_timeout),
            self.settings, until=self._should_stop,
        )
        try:
            for event in stream:
                with self._lock:
                    if self._done():
                        return
                    for subscription, message in self._core.feed(event, time.monotonic()):
                        subscription.put(message)
        except Exception as error:
            with self._lock:
                self._reader = None
                if isinstance(error, NotFoundError):
                    self._unavailable = error
                for subscription in self._core.drop_all():
                    subscription.put(_Lost(error))
        finally:
            stream.close()


class AsyncHub:
    """The shared stream of an `AsyncRevyl` client, read by one task while anyone waits."""

    def __init__(self, api: AsyncAPIClient) -> None:
        self.settings = MonitorSettings()
        self._api = api
        self._core: HubCore[AsyncSubscription] = HubCore()
        self._reader: asyncio.Task[None] | None = None
        self._unavailable: Exception | None = None
        self._slots: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None

    @property
    def request_slots(self) -> asyncio.Semaphore:
        """The limit on concurrent status reads, shared by the client's waits."""
        # One per event loop: an asyncio semaphore belongs to the loop it was first used on.
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots[0] is not loop:
            self._slots = (loop, asyncio.Semaphore(_CONCURRENT_REQUESTS))
        return self._slots[1]

    def subscribe(self, kind: RunKind, task_id: str, started_at: float | None) -> AsyncSubscription:
        """Start hearing about `task_id`; raises `StreamLost` if the stream is known missing."""
        if self._unavailable is not None:
            raise StreamLost(self._unavailable)
        subscription = AsyncSubscription(kind, task_id, started_at)
        loop = asyncio.get_running_loop()
        if self._reader is not None and self._reader.get_loop() is not loop:
            # Waiters left on a former event loop (a test's, say) can no longer be woken.
            self._core.drop_all()
            self._reader = None
        if self._reader is None or self._reader.done():
            self._core.connecting()
            self._reader = loop.create_task(self._read(), name="revyl-monitor")
        for message in self._core.add(subscription):
            subscription.put(message)
        return subscription

    def unsubscribe(self, subscription: AsyncSubscription) -> None:
        self._core.remove(subscription)
        if self._core.idle:
            self.close()

    def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None

    async def _read(self) -> None:
        stream = AsyncEventStream(
            self._api, stream_call(include_queued=True, idle_timeout=self.settings.idle_timeout),
            self.settings, until=lambda: self._core.idle,
        )
        try:
            async for event in stream:
                for subscription, message in self._core.feed(event, time.monotonic()):
                    subscription.put(message)
        except Exception as error:
            if self._reader is asyncio.current_task():
                self._reader = None
            if isinstance(error, NotFoundError):
                self._unavailable = error
            for subscription in self._core.drop_all():
                subscription.put(_Lost(error))
        finally:
            await stream.close()
