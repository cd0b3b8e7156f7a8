"""When a failed request may be sent again, and how long to wait first.

Two kinds of request: `SAFE` ones (reads, updates, deletes: repeating them changes nothing)
and `UNSAFE` ones (execute, create: the server must never act twice). An UNSAFE request is
retried only when the server cannot have acted on it: the connection was never made, or
the server refused it with 429 before doing anything.
"""

from __future__ import annotations

import email.utils
import enum
import random
import time

import httpx

__all__ = ["INITIAL_DELAY", "MAX_DELAY", "MAX_RETRY_AFTER", "Safety", "retry_delay", "should_retry"]

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})


class Safety(enum.Enum):
    SAFE = "safe"
    UNSAFE = "unsafe"


def should_retry(safety: Safety, *, response: httpx.Response | None = None, error: Exception | None = None) -> bool:
    """Whether a request that got `response` (or failed with `error`) may be sent again."""
    if response is not None:
        if safety is Safety.UNSAFE:
            return response.status_code == 429
        return response.status_code in _RETRYABLE_STATUSES
    if safety is Safety.UNSAFE:
        # Only failures before the request left this machine prove the server did nothing.
        return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    return isinstance(error, httpx.TransportError)


def retry_delay(attempt: int, response: httpx.Response | None = None) -> float:
    """Seconds to wait before retry number `attempt` (0-based).

    A server's `Retry-After` (seconds or HTTP date) wins when it is sane; otherwise capped
    exponential backoff with jitter, so many clients do not retry in lockstep.
    """
    if response is not None and (after := _retry_after(response)) is not None:
        return after
    backoff = min(MAX_DELAY, INITIAL_DELAY * 2.0**attempt)
    return backoff * (0.75 + random.random() * 0.25)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    seconds = _parse_retry_after(value) if value else None
    if seconds is None or seconds > MAX_RETRY_AFTER:
        return None
    return max(0.0, seconds)


def _parse_retry_after(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return None
