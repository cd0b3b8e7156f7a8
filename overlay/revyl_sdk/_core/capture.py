"""`client.capture_responses()`: the status, headers and request id behind any overlay call.

The responses a block of code receives are recorded in a context variable, so only the
calling thread (or asyncio task, and the tasks it starts) records, and a method that sends
several requests (a wait, an upload) shows each of them in order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from .logging import redact_url

__all__ = ["CapturedResponses", "ResponseInfo", "capture_responses", "record", "request_id_of"]

REQUEST_ID_HEADERS = ("x-request-id", "request-id")


def request_id_of(response: httpx.Response) -> str | None:
    """The id the server gave this request (`X-Request-ID`), or None when it sent none."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


@dataclass(frozen=True)
class ResponseInfo:
    """What one answer was: `status_code`, `headers`, `request_id`, and the request's
    `method` and `url` (presigned signatures removed)."""

    method: str
    url: str
    status_code: int
    headers: httpx.Headers
    request_id: str | None


class CapturedResponses:
    """The responses received inside a `capture_responses()` block, oldest first."""

    def __init__(self) -> None:
        self.responses: list[ResponseInfo] = []

    @property
    def last(self) -> ResponseInfo:
        """The most recent response; RuntimeError when none arrived yet."""
        if not self.responses:
            raise RuntimeError("no response was received inside this capture_responses() block")
        return self.responses[-1]

    def __iter__(self) -> Iterator[ResponseInfo]:
        return iter(self.responses)

    def __len__(self) -> int:
        return len(self.responses)


_capturing: ContextVar[CapturedResponses | None] = ContextVar("revyl_sdk_capture", default=None)


@contextlib.contextmanager
def capture_responses() -> Iterator[CapturedResponses]:
    captured = CapturedResponses()
    token = _capturing.set(captured)
    try:
        yield captured
    finally:
        _capturing.reset(token)


def record(response: httpx.Response) -> httpx.Response:
    """Note `response` in the active capture, if any; returns it unchanged."""
    if (captured := _capturing.get()) is not None:
        request = response.request
        captured.responses.append(ResponseInfo(request.method, redact_url(request.url), response.status_code,
                                               response.headers, request_id_of(response)))
    return response
