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
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from concurrent.futures import ALL_COMPLETED, FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
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
        plans = effect.plans
        if not plans:
            return []
        group = Stop()
        workers = min(effect.limit or len(plans), len(plans))
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="revyl")
        futures: list[Future[Any]] = []
        try:
            with stop.waking(lambda: group.set(cast(type[BaseException], stop.reason))):
                futures = [pool.submit(self.run, plan, group) for plan in plans]
                wait(futures, return_when=ALL_COMPLETED if effect.settle else FIRST_EXCEPTION)
                if group.reason is not None:  # the gathering plan was stopped meanwhile
                    raise group.reason()
                if not effect.settle:
                    # Only failures present now are genuine; later ones follow from the stop.
                    for future in futures:
                        if future.done() and (failure := future.exception()) is not None:
                            raise failure
                return [_outcome(future.exception(), future.result) for future in futures]
        except KeyboardInterrupt:
            group.set(KeyboardInterrupt)
            raise
        finally:
            group.set(Abandoned)
            pool.shutdown(wait=True, cancel_futures=True)
            for plan, future in zip(plans, futures, strict=False):
                if future.cancelled():
                    plan.close()


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


def _outcome(failure: BaseException | None, result: Callable[[], T]) -> T | Exception:
    """A settled plan's place: its result, or the `Exception` it ended with."""
    if failure is None:
        return result()
    if isinstance(failure, Exception):
        return failure
    raise failure
