"""The runtime: the one place plans are stepped and their effects performed.

`run_sync` performs a plan's effects on the calling thread, `run_async` on the running
event loop; they differ only in blocking versus awaiting. `Send`, `Sleep`, `Blocking` and
`Gather` (see `_core.effects`) are built in; a subsystem passes `handlers` for its own
effects (a handler may also replace a built-in one).

One interruption contract for every plan:

- Ctrl-C (`KeyboardInterrupt`) or cancelling the asyncio task (`CancelledError`) during an
  effect is thrown into the plan, which may clean up (stop the device it started, cancel
  the run it followed) and must then let it go on.
- In a `Gather`, a plan whose sibling failed has `Abandoned` thrown in instead: nothing
  interrupted it, so it stops without an interruption's clean-up. An interruption of the
  gathering plan reaches every plan still running (in a thread: at its next effect, or
  when a blocking handler it waits in is woken through `Stop`).
- Every plan is closed when the runtime is done with it, however it ended.

`Gather` is the only concurrency helper: threads for `run_sync`, tasks for `run_async`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar, cast

from .base_client import AsyncAPIClient, SyncAPIClient
from .effects import Blocking, Gather, Plan, Send, Sleep

__all__ = ["Abandoned", "AsyncHandlers", "Stop", "SyncHandlers", "run_async", "run_sync"]

T = TypeVar("T")


class Abandoned(BaseException):
    """Thrown into a plan whose sibling in a `Gather` failed: stop, no clean-up owed.

    A `BaseException`, so that a plan's `except Exception` (a retry, a fallback) does not
    take it for a failure worth handling.
    """


class Stop:
    """Tells the sync plans of a `Gather`, each on its own thread, that they must stop.

    `reason` is what the runtime throws into each of them at its next effect: `Abandoned`
    or the interruption of the gathering plan. A handler that blocks for long (a queue, a
    stream) registers a way to wake itself with `waking`; `wait` is an interruptible sleep.
    """

    def __init__(self) -> None:
        self.reason: type[BaseException] | None = None
        self._event = threading.Event()
        self._wakers: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def set(self, reason: type[BaseException]) -> None:
        with self._lock:
            if self.reason is not None:
                return
            self.reason = reason
            self._event.set()
            wakers = list(self._wakers)
        for wake in wakers:
            wake()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep `seconds`, or less when stopped meanwhile; True if stopped."""
        return self._event.wait(max(0.0, seconds))

    @contextlib.contextmanager
    def waking(self, wake: Callable[[], None]) -> Iterator[None]:
        """While inside, stopping calls `wake` (at once if already stopped)."""
        with self._lock:
            self._wakers.append(wake)
            stopped = self.reason is not None
        if stopped:
            wake()
        try:
            yield
        finally:
            with self._lock:
                self._wakers.remove(wake)


SyncHandlers = Mapping[type[Any], Callable[[Any, Stop], object]]
AsyncHandlers = Mapping[type[Any], Callable[[Any], Awaitable[object]]]

# What the runtime throws into a plan; anything else (SystemExit ...) just propagates.
_THROWN = (Exception, KeyboardInterrupt, asyncio.CancelledError, Abandoned)


def run_sync(api: SyncAPIClient, plan: Plan[T], handlers: SyncHandlers | None = None) -> T:
    """Carry out `plan` on the calling thread; its result, or the error it ended with."""
    return _SyncRuntime(api, handlers or {}).run(plan, Stop())


async def run_async(api: AsyncAPIClient, plan: Plan[T], handlers: AsyncHandlers | None = None) -> T:
    """Carry out `plan` on the running event loop; cancelling the task interrupts the plan."""
    return await _AsyncRuntime(api, handlers or {}).run(plan, None)


class _SyncRuntime:
    def __init__(self, api: SyncAPIClient, handlers: SyncHandlers) -> None:
        self._api = api
        self._handlers = handlers

    def run(self, plan: Plan[T], stop: Stop) -> T:
        value: Any = None
        error: BaseException | None = None
        relayed = False  # the stop's reason is thrown in once; the plan's clean-up then runs
        try:
            while True:
                try:
                    effect = plan.throw(error) if error is not None else plan.send(value)
                except StopIteration as done:
                    return cast(T, done.value)
                value, error = None, None
                if relayed or stop.reason is None:
                    try:
                        value = self._perform(effect, stop)
                    except _THROWN as failure:
                        error = failure
                if not relayed and stop.reason is not None:
                    # Stopped before or during the effect: the stop is its outcome, as a
                    # cancellation is an awaited effect's. Once only: the plan's clean-up
                    # then runs normally (a stop that came through the effect itself, from
                    # a nested Gather, is not thrown in twice).
                    relayed = True
                    if not isinstance(error, stop.reason):
                        value, error = None, stop.reason()
        finally:
            plan.close()

    def _perform(self, effect: object, stop: Stop) -> object:
        handler = self._handlers.get(type(effect))
        if handler is not None:
            return handler(effect, stop)
        if isinstance(effect, Send):
            return self._api.execute(effect.call)
        if isinstance(effect, Sleep):
            stop.wait(effect.seconds)
            return None
        if isinstance(effect, Blocking):
            return effect.fn()
        if isinstance(effect, Gather):
            return self._gather(effect, stop)
        raise TypeError(f"no handler for the effect {effect!r}")

    def _gather(self, effect: Gather, stop: Stop) -> list[Any]:
        if not effect.plans:
            return []
        batch = _ThreadBatch(self, effect)
        reason: type[BaseException] = Abandoned
        try:
            with stop.waking(lambda: batch.stop(cast(type[BaseException], stop.reason))):
                batch.start()
                return batch.outcomes()
        except KeyboardInterrupt:
            reason = KeyboardInterrupt
            raise
        finally:
            batch.end(reason)


class _ThreadBatch:
    """The plans of one sync `Gather`, run by worker threads that take them in turn.

    Ctrl-C lands on the gathering (main) thread at any bytecode, also while it starts the
    workers, so the batch never depends on its threads' handles: each plan is taken under
    the lock and counted until it ends, and `end` closes the plans no worker took, then
    waits for the count to drop to none.
    """

    def __init__(self, runtime: _SyncRuntime, effect: Gather) -> None:
        self._runtime = runtime
        self._effect = effect
        self._group = Stop()
        self._lock = threading.Lock()
        self._decided = threading.Event()  # every plan ended, or (without settle) one failed
        self._ended = threading.Event()  # no plan running and none left to take
        self._next = 0
        self._running = 0
        self._finished = 0
        self._results: list[Any] = [None] * len(effect.plans)
        self._failures: dict[int, BaseException] = {}

    def start(self) -> None:
        for _ in range(min(self._effect.limit or len(self._effect.plans), len(self._effect.plans))):
            threading.Thread(target=self._work, name="revyl-gather", daemon=True).start()

    def outcomes(self) -> list[Any]:
        _wait_interruptibly(self._decided)
        if self._group.reason is not None:  # the gathering plan was stopped meanwhile
            raise self._group.reason()
        with self._lock:
            failures = dict(self._failures)
        if not self._effect.settle and failures:
            # Only failures present now are genuine; later ones follow from the stop.
            raise failures[min(failures)]
        return [_outcome(failures.get(index), functools.partial(self._results.__getitem__, index))
                for index in range(len(self._results))]

    def stop(self, reason: type[BaseException]) -> None:
        self._group.set(reason)
        self._decided.set()

    def end(self, reason: type[BaseException]) -> None:
        """Stop the plans still running, close those never started, wait for the rest."""
        self._group.set(reason)
        with self._lock:
            untaken = self._effect.plans[self._next:]
            self._next = len(self._effect.plans)
            if self._running == 0:
                self._ended.set()
        for plan in untaken:
            plan.close()
        _wait_interruptibly(self._ended)

    def _take(self) -> int | None:
        with self._lock:
            if self._group.is_set() or self._next >= len(self._effect.plans):
                return None
            self._running += 1
            self._next += 1
            return self._next - 1

    def _work(self) -> None:
        while (index := self._take()) is not None:
            failure: BaseException | None = None
            try:
                self._results[index] = self._runtime.run(self._effect.plans[index], self._group)
            except BaseException as error:  # handed to the gathering thread
                failure = error
            with self._lock:
                self._running -= 1
                self._finished += 1
                if failure is not None:
                    self._failures[index] = failure
                if self._finished == len(self._effect.plans) or (
                        failure is not None and not self._effect.settle):
                    self._decided.set()
                if self._running == 0 and (self._next >= len(self._effect.plans)
                                           or self._group.is_set()):
                    self._ended.set()


class _Flag:
    """Set when a `Gather`'s tasks are cancelled because a sibling failed."""

    def __init__(self) -> None:
        self.set = False


class _AsyncRuntime:
    def __init__(self, api: AsyncAPIClient, handlers: AsyncHandlers) -> None:
        self._api = api
        self._handlers = handlers

    async def run(self, plan: Plan[T], abandoning: _Flag | None) -> T:
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    effect = plan.throw(error) if error is not None else plan.send(value)
                except StopIteration as done:
                    return cast(T, done.value)
                value, error = None, None
                try:
                    value = await self._perform(effect)
                except _THROWN as failure:
                    if isinstance(failure, asyncio.CancelledError) and abandoning and abandoning.set:
                        failure = Abandoned()
                    error = failure
        finally:
            plan.close()

    async def _perform(self, effect: object) -> object:
        handler = self._handlers.get(type(effect))
        if handler is not None:
            return await handler(effect)
        if isinstance(effect, Send):
            return await self._api.execute(effect.call)
        if isinstance(effect, Sleep):
            await asyncio.sleep(max(0.0, effect.seconds))
            return None
        if isinstance(effect, Blocking):
            return await asyncio.to_thread(effect.fn)
        if isinstance(effect, Gather):
            return await self._gather(effect)
        raise TypeError(f"no handler for the effect {effect!r}")

    async def _gather(self, effect: Gather) -> list[Any]:
        if not effect.plans:
            return []
        abandoning = _Flag()
        slots = asyncio.Semaphore(effect.limit or len(effect.plans))

        async def run_one(plan: Plan[Any]) -> Any:
            try:
                async with slots:
                    return await self.run(plan, abandoning)
            finally:
                plan.close()  # also when cancelled before its turn came

        tasks = [asyncio.ensure_future(run_one(plan)) for plan in effect.plans]
        try:
            await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED if effect.settle
                               else asyncio.FIRST_EXCEPTION)
        except asyncio.CancelledError:
            await _cancel_all(tasks)
            raise
        if not effect.settle:
            failed = next((task for task in tasks
                           if task.done() and not task.cancelled() and task.exception()), None)
            if failed is not None:
                abandoning.set = True
                await _cancel_all(tasks)
                raise cast(BaseException, failed.exception())
        return [_outcome(task.exception(), task.result) for task in tasks]


async def _cancel_all(tasks: list[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    # Each plan's clean-up runs to its end; what they end with is already decided.
    await asyncio.gather(*tasks, return_exceptions=True)


def _wait_interruptibly(event: threading.Event) -> None:
    """Wait for `event` where Ctrl-C can reach: a lock wait without a timeout may sleep
    through the signal (it is not woken when the signal lands just before it blocks, nor
    at all on Windows), so the wait wakes now and then to let the interpreter raise it."""
    while not event.wait(0.05):
        pass


def _outcome(failure: BaseException | None, result: Callable[[], T]) -> T | Exception:
    """A settled plan's place: its result, or the `Exception` it ended with."""
    if failure is None:
        return result()
    if isinstance(failure, Exception):
        return failure
    raise failure
