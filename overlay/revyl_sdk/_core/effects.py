"""The effect vocabulary: what a plan asks the runtime to do, as plain values.

A plan is a generator. It yields effects, receives each one's outcome (or has its error
thrown in) and returns its result; `_core.runtime` performs the effects, blocking or
awaiting, and is the only code that steps plans. Every rule (what to send, when to retry,
when to give up, what to clean up) lives in the plans, written once for both twins.

The shared effects are here. A subsystem declares its own (`Listen` for waits,
`PutRange` / `SendRaw` for uploads) beside its plans and hands the runtime a handler for
each; the runtime still does the stepping, the interruptions and the concurrency.

The `send`, `sleep`, `blocking` and `gather` helpers yield one effect and keep the
result's type: `answer = yield from send(call)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from .base_client import APICall

__all__ = ["Blocking", "Gather", "Plan", "Send", "Sleep", "blocking", "gather", "monotonic",
           "send", "settle", "sleep"]

T = TypeVar("T")

# A plan: yields effects (any of the classes here, or a subsystem's own), receives their
# outcomes, returns its result.
Plan = Generator[Any, Any, T]


@dataclass(frozen=True, slots=True)
class Send(Generic[T]):
    """Send `call` through the client (auth, its own retry rules, error mapping); the plan
    receives its parsed answer or has its `RevylError` thrown in."""

    call: APICall[T]


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait `seconds` (negative counts as 0); the plan receives None."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Blocking(Generic[T]):
    """Slow local work (hashing a file, reading a zip): the plan receives `fn()`, run off
    the event loop when async."""

    fn: Callable[[], T]


@dataclass(frozen=True, slots=True)
class Gather:
    """Run these plans concurrently, at most `limit` at a time (None: all at once); the plan
    receives their results in order.

    Without `settle`, the first plan to fail stops the others (`Abandoned` is thrown into
    them) and its error is thrown back. With `settle`, every plan runs to its end and each
    place holds the plan's result or the `Exception` it raised. An interruption stops all.
    """

    plans: tuple[Plan[Any], ...]
    limit: int | None = None
    settle: bool = False


# Typed helpers: `result = yield from send(call)` keeps the plans' types precise.

def send(call: APICall[T]) -> Plan[T]:
    return cast(T, (yield Send(call)))


def sleep(seconds: float) -> Plan[None]:
    yield Sleep(seconds)


def blocking(fn: Callable[[], T]) -> Plan[T]:
    return cast(T, (yield Blocking(fn)))


def gather(plans: Sequence[Plan[T]], limit: int | None = None) -> Plan[list[T]]:
    """The plans' results in order; the first failure stops the rest and is raised."""
    return cast("list[T]", (yield Gather(tuple(plans), limit)))


def settle(plans: Sequence[Plan[T]], limit: int | None = None) -> Plan[list[T | Exception]]:
    """Every plan's result or the `Exception` it ended with, in order."""
    return cast("list[T | Exception]", (yield Gather(tuple(plans), limit, settle=True)))


def monotonic() -> float:
    """The plans' clock (one place to read it)."""
    return time.monotonic()
