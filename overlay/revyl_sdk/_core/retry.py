"""The one retry policy: when a failed request may be sent again, and how long to wait first.

Every request path asks this module (calls, `client.api`, `client.request`, the monitor
stream's reconnects, upload parts, status polling, device reads); `REQUEST_PATHS` lists
them and the README's "Failure semantics" table is rendered from it (a test compares).

The rules, in the order they apply:

1. The budget: `max_retries` retries after the first attempt, then the outcome is final.
2. The server's `x-should-retry: true|false` header, when present, decides: the server knows
   whether it acted. (`false` ends even a SAFE read; `true` allows even an UNSAFE start.)
3. By request safety:
   - `SAFE` (reads, PUT/DELETE, anything repeating changes nothing): retried on every
     transport error (refused, reset, any timeout) and on a transient status: 408, 429 and
     every 5xx but 501. A plain 500 is retried too, as Stainless-generated SDKs and Revyl's
     own CLI do: a read is harmless to repeat and a 500 is often a passing fault. 409 is
     not: Revyl answers it for real conflicts (a test's version moved on, a name taken).
   - `UNSAFE` (run starts, creates, device actions): sent again only when the server cannot
     have acted: the connection was never made (connect error, connect or pool timeout) or
     it answered 429 (rate limited before doing anything). A 5xx, a reset or a read timeout
     after the request left is final: the run may have started.
4. The wait: `retry-after-ms`, else `retry-after` (seconds or an HTTP date), when between 0
   and `MAX_RETRY_AFTER`; otherwise exponential backoff with jitter (`backoff_delay`), the
   one formula every path uses, so many clients do not retry in lockstep.
"""

from __future__ import annotations

import email.utils
import enum
import random
import time
from dataclasses import dataclass

import httpx

__all__ = [
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "REQUEST_PATHS",
    "RequestPath",
    "RetryPolicy",
    "Safety",
    "backoff_delay",
    "is_transient_status",
    "safety_of_method",
    "server_retry_after",
    "server_says_retry",
]

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_NEVER_TRANSIENT_5XX = frozenset({501})  # Not Implemented: the same answer every time
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures before the request left this machine: the server cannot have seen it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Safety(enum.Enum):
    SAFE = "safe"
    UNSAFE = "unsafe"


def safety_of_method(method: str) -> Safety:
    """By HTTP semantics: GET, HEAD, OPTIONS, PUT and DELETE are idempotent; POST and PATCH
    are not, unless a caller knows better (an overlay method declares its own safety)."""
    return Safety.SAFE if method.upper() in _SAFE_METHODS else Safety.UNSAFE


def is_transient_status(status_code: int) -> bool:
    """Worth trying again later: 408, 429 and every 5xx but 501; any other 4xx is final."""
    return status_code in (408, 429) or (status_code >= 500 and status_code not in _NEVER_TRANSIENT_5XX)


def backoff_delay(attempt: int, *, initial: float | None = None, cap: float | None = None) -> float:
    """Seconds before retry `attempt` (0-based): `initial·2^attempt`, capped, minus up to 25 %
    jitter. The one backoff formula of the SDK (paths differ only in `initial` and `cap`;
    by default `INITIAL_DELAY` and `MAX_DELAY`, read when called)."""
    initial = INITIAL_DELAY if initial is None else initial
    cap = MAX_DELAY if cap is None else cap
    return min(cap, initial * 2.0**attempt) * (0.75 + random.random() * 0.25)


def server_says_retry(response: httpx.Response | None) -> bool | None:
    """The server's `x-should-retry` verdict (True/False), or None when it gave none."""
    if response is None:
        return None
    value = response.headers.get("x-should-retry", "").strip().lower()
    return True if value == "true" else False if value == "false" else None


def server_retry_after(response: httpx.Response | None) -> float | None:
    """The server's requested wait in seconds (`retry-after-ms`, else `retry-after` as seconds
    or an HTTP date), or None when absent, unreadable, negative or above `MAX_RETRY_AFTER`."""
    if response is None:
        return None
    seconds: float | None = None
    if value := response.headers.get("retry-after-ms"):
        seconds = _number(value)
        seconds = seconds / 1000 if seconds is not None else None
    if seconds is None and (value := response.headers.get("retry-after")):
        seconds = _number(value)
        if seconds is None:
            seconds = _http_date_from_now(value)
    if seconds is None or not 0 <= seconds <= MAX_RETRY_AFTER:
        return None
    return seconds


@dataclass(frozen=True)
class RetryPolicy:
    """The budget and backoff of one request path; `decide` applies the rules above."""

    max_retries: int = 2
    initial_delay: float | None = None  # None: INITIAL_DELAY
    max_delay: float | None = None  # None: MAX_DELAY

    def decide(
        self,
        attempt: int,
        *,
        safety: Safety,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> float | None:
        """Seconds to wait before sending again after attempt `attempt` (0-based) got
        `response` (or failed with `error`, an httpx transport error); None: the outcome is final."""
        if attempt >= self.max_retries or not self.may_retry(safety, response=response, error=error):
            return None
        return self.delay(attempt, response)

    @staticmethod
    def may_retry(safety: Safety, *, response: httpx.Response | None = None,
                  error: BaseException | None = None) -> bool:
        """Rules 2 and 3: whether this outcome may be sent again at all (budget aside)."""
        if response is not None:
            if response.status_code < 400:  # an answer, whatever its headers say
                return False
            verdict = server_says_retry(response)
            if verdict is not None:
                return verdict
            if safety is Safety.UNSAFE:
                return response.status_code == 429
            return is_transient_status(response.status_code)
        if safety is Safety.UNSAFE:
            return isinstance(error, _NOT_SENT)
        return isinstance(error, httpx.TransportError)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Rule 4: the server's Retry-After when sane, else the jittered backoff."""
        after = server_retry_after(response)
        return after if after is not None else backoff_delay(attempt, initial=self.initial_delay, cap=self.max_delay)


@dataclass(frozen=True)
class RequestPath:
    """One way the SDK sends requests, and which retry rule it follows (the README table)."""

    name: str
    safety: Safety | None  # None: by HTTP method (`safety_of_method`)
    budget: str
    note: str
    reads_server_headers: bool = True  # x-should-retry and Retry-After (Revyl's API, not S3)


REQUEST_PATHS: tuple[RequestPath, ...] = (
    RequestPath("overlay reads (`get`, `list`, statuses, reports)", Safety.SAFE, "`max_retries` (2)",
                "also PUT/DELETE updates and idempotent POSTs such as YAML validation"),
    RequestPath("run starts, creates (`tests.run`, `workflows.run`, `apps.create` ...)", Safety.UNSAFE,
                "`max_retries` (2)", "never re-sent once the request may have reached the server"),
    RequestPath("`client.api` (generated operations)", None, "`max_retries` (2)",
                "GET/HEAD/OPTIONS/PUT/DELETE safe, POST/PATCH unsafe"),
    RequestPath("`client.request` / `client.get` ...", None, "`max_retries` (2)",
                "GET/HEAD/OPTIONS/PUT/DELETE safe, POST/PATCH unsafe"),
    RequestPath("monitor stream reconnect", Safety.SAFE, "`MonitorSettings.max_reconnects` (10) in a row",
                "backoff from `reconnect_delay` (1 s) to `reconnect_max_delay` (30 s)"),
    RequestPath("upload parts, single PUT, assemble (object store)", Safety.SAFE, "`UploadTuning.attempts` (4)",
                "a 403 re-signs the part URL instead; backoff 0.5 s to 10 s", reads_server_headers=False),
    RequestPath("status polling (`wait`)", Safety.SAFE, "each read `max_retries`, then `poll_error_budget` reads",
                "a transient failure is one more read later; a 4xx ends the wait"),
    RequestPath("device reads (screenshot, hierarchy, step status)", Safety.SAFE, "`max_retries` (2)", ""),
    RequestPath("device actions (tap, type, swipe ...), `devices.start`", Safety.UNSAFE, "`max_retries` (2)",
                "never re-sent once the request may have reached the server"),
)


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _http_date_from_now(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return None
