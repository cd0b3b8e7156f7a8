"""Sans-IO plans (request sequences with their rules) and the two drivers that carry them out.

A plan is a generator: it yields `Send(call)` (send this request, give me the parsed
answer or throw me its error) and `Sleep(seconds)`, and returns its result. Every rule
(what to poll, when to give up, what to clean up) lives in the plans, written once;
`run_sync` and `run_async` only send and sleep, blocking or awaiting.

An interruption during a step (Ctrl-C, or the asyncio task being cancelled) is thrown
into the plan too, so a plan can clean up (stop the device it was starting, cancel the
AI step it was following) before the interruption goes on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .base_client import APICall, AsyncAPIClient, SyncAPIClient

__all__ = ["Plan", "Send", "Sleep", "run_async", "run_sync"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send(Generic[T]):
    """Send `call` (with its own retry rules); the plan receives its parsed answer."""

    call: APICall[T]


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


Effect = Send[Any] | Sleep
Plan = Generator[Effect, Any, T]

# What the drivers pass back into a plan: ordinary failures, and interruptions.
_INTERRUPTIONS = (KeyboardInterrupt, asyncio.CancelledError)


def run_sync(api: SyncAPIClient, plan: Plan[T]) -> T:
    """Carry out `plan` on the calling thread."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = plan.throw(error) if error is not None else plan.send(value)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                if isinstance(effect, Sleep):
                    time.sleep(max(0.0, effect.seconds))
                else:
                    value = api.execute(effect.call)
            except (Exception, *_INTERRUPTIONS) as failure:
                error = failure
    finally:
        plan.close()


async def run_async(api: AsyncAPIClient, plan: Plan[T]) -> T:
    """Carry out `plan` on the running event loop; cancelling the task interrupts the plan."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = plan.throw(error) if error is not None else plan.send(value)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                if isinstance(effect, Sleep):
                    await asyncio.sleep(max(0.0, effect.seconds))
                else:
                    value = await api.execute(effect.call)
            except (Exception, *_INTERRUPTIONS) as failure:
                error = failure
    finally:
        plan.close()


def monotonic() -> float:
    """The plans' clock (one place to read it)."""
    return time.monotonic()
