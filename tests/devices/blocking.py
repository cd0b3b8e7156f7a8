"""`AsyncRevyl` driven from blocking test code, so that one test body checks both twins.

`Blocking(async_object, loop)` forwards every attribute to the async object and awaits, on
`loop` (running in its own thread), whatever answer is awaitable; `with` enters it by
`__aenter__` / `__aexit__` and iterating it steps `async for`. The async code runs exactly as
an application's would (real tasks, a real event loop); only the test's own thread blocks.

`client.devices.start(...)` is awaited at the call, as the sync start returns the running
session: `async with client.devices.start()` then enters that same session.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, TypeVar

import httpx
from revyl_sdk import AsyncRevyl, Revyl

T = TypeVar("T")


class LoopThread:
    """An event loop running in a daemon thread, for blocking code to submit awaitables to."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="test-async-twin", daemon=True)
        self._thread.start()

    def run(self, awaitable: Awaitable[T]) -> T:
        async def awaited() -> T:
            return await awaitable

        return asyncio.run_coroutine_threadsafe(awaited(), self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class Blocking:
    """An async SDK object (`AsyncRevyl`, `AsyncDevices`, `AsyncDeviceSession`, `AsyncPager` ...)
    with the blocking interface of its sync twin."""

    def __init__(self, target: Any, loop: LoopThread) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_loop", loop)

    def _blocking(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            value = self._loop.run(value)
        # The SDK's async twins are all named Async*; plain data (results, models) passes as is.
        return Blocking(value, self._loop) if type(value).__name__.startswith("Async") else value

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.ismethod(value):
            method: Callable[..., Any] = value
            return lambda *args, **kwargs: self._blocking(method(*args, **kwargs))
        return self._blocking(value)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __enter__(self) -> Any:
        return self._blocking(self._target.__aenter__())

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._loop.run(self._target.__aexit__(exc_type, exc, tb))

    def __iter__(self) -> Iterator[Any]:
        # One `__anext__` per step, so that a pager stays as lazy as its sync twin.
        iterator: AsyncIterator[Any] = self._target.__aiter__()
        while True:
            try:
                yield self._blocking(iterator.__anext__())
            except StopAsyncIteration:
                return


@contextmanager
def blocking_twin(sdk: AsyncRevyl, *, http_client: httpx.AsyncClient | None = None) -> Iterator[Revyl]:
    """`sdk` with `Revyl`'s blocking interface, on a loop of its own; closed at the end, with
    the `http_client` it was given."""
    loop = LoopThread()
    try:
        # Typed as the sync client: `Blocking` gives the async one that very interface.
        yield Blocking(sdk, loop)  # type: ignore[misc]
    finally:
        loop.run(sdk.close())
        if http_client is not None:
            loop.run(http_client.aclose())
        loop.close()


def unwrapped(value: Any) -> Any:
    """The async object behind a `Blocking`, or `value` itself."""
    return object.__getattribute__(value, "_target") if isinstance(value, Blocking) else value
