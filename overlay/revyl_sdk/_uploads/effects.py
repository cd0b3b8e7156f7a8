"""The I/O an upload asks for, as plain values: the seam between upload logic and drivers.

Upload logic is written once, as generators that `yield` these effects and receive each
one's result (or have its exception thrown in). `drivers` performs them, blocking
or with asyncio; nothing else differs between `Builds.upload` and `AsyncBuilds.upload`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

import httpx

from .._core.base_client import APICall

__all__ = [
    "Blocking",
    "CallApi",
    "Effect",
    "Flow",
    "PutRange",
    "RawResponse",
    "RunConcurrently",
    "SendRaw",
    "Sleep",
    "api",
    "blocking",
    "put_range",
    "run_concurrently",
    "send_raw",
    "sleep",
]

T = TypeVar("T")


@dataclass(frozen=True)
class CallApi(Generic[T]):
    """A Revyl API request through the client (auth, retries, error mapping) -> its parsed answer."""

    call: APICall[T]


@dataclass(frozen=True)
class SendRaw:
    """A request to a presigned object-store URL (no Revyl auth) -> `RawResponse`."""

    method: str
    url: str = field(repr=False)
    timeout: httpx.Timeout
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PutRange:
    """PUT bytes [offset, offset+length) of the upload to a presigned URL -> `RawResponse`.

    The driver streams the range from disk and reports progress under `progress_key`.
    """

    url: str = field(repr=False)
    offset: int
    length: int
    timeout: httpx.Timeout
    progress_key: int
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Blocking(Generic[T]):
    """Slow local work (hashing a file, reading a zip) -> `fn()`, off the event loop when async."""

    fn: Callable[[], T]


@dataclass(frozen=True)
class RunConcurrently:
    """Run these sub-flows with at most `limit` at a time -> their results, in order.

    The first one to raise cancels the rest and its exception is thrown back.
    """

    flows: tuple[Generator[Effect, Any, Any], ...]
    limit: int


@dataclass(frozen=True)
class RawResponse:
    """What the upload logic needs from an object-store answer (body capped at 16 KiB)."""

    status_code: int
    etag: str | None
    body: str


Effect = CallApi[Any] | SendRaw | PutRange | Sleep | Blocking[Any] | RunConcurrently
Flow = Generator[Effect, Any, T]


# Typed helpers: `result = yield from api(call)` keeps the flows' types precise.

def api(call: APICall[T]) -> Flow[T]:
    return cast(T, (yield CallApi(call)))


def send_raw(effect: SendRaw) -> Flow[RawResponse]:
    return cast(RawResponse, (yield effect))


def put_range(effect: PutRange) -> Flow[RawResponse]:
    return cast(RawResponse, (yield effect))


def sleep(seconds: float) -> Flow[None]:
    yield Sleep(seconds)


def blocking(fn: Callable[[], T]) -> Flow[T]:
    return cast(T, (yield Blocking(fn)))


def run_concurrently(flows: list[Flow[T]], limit: int) -> Flow[list[T]]:
    return cast(list[T], (yield RunConcurrently(tuple(flows), limit)))
