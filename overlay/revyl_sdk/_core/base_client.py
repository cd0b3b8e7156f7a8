"""Transport, retries and error mapping: the one place every request goes through.

`SyncAPIClient` and `AsyncAPIClient` differ only in how they wait (blocking or awaiting);
request building, the retry decision, redirects and error mapping live in `BaseAPIClient`.
Overlay calls (`execute`), `client.request` and `client.api` (through `transport.py`) all
send with `send`, so they share one pool, the headers, the timeouts and the retry policy.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx

from .capture import record
from .exceptions import APIConnectionError, APIStatusError, APITimeoutError, RevylError, make_status_error
from .logging import logger, redact_headers, redact_url
from .options import ClientOptions, TimeoutTypes, as_timeout
from .retry import RetryPolicy, Safety

T = TypeVar("T")
U = TypeVar("U")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

STREAM_TIMEOUT = httpx.Timeout(30.0, connect=10.0, read=None)
_FOLLOWS_REDIRECTS = ("GET", "HEAD")


@dataclass(frozen=True)
class APICall(Generic[T]):
    """One prepared request (generated `_get_kwargs` output) and how to read its answer.

    `extra_query` and `extra_body` are added to the query and the JSON body as given: the way
    to send what the pinned spec does not know yet.
    """

    request: Mapping[str, Any]
    parse: Callable[[httpx.Response], T]
    safety: Safety = Safety.SAFE
    timeout: TimeoutTypes | None = None  # None: the client's
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    retries: int | None = None  # None: the client's `max_retries`; 0 for a one-shot request

    def map(self, convert: Callable[[T], U]) -> APICall[U]:
        """The same request, its parsed answer passed through `convert`."""
        parse = self.parse
        return replace(self, parse=lambda response: convert(parse(response)))  # type: ignore[arg-type,return-value]


class BaseAPIClient(Generic[HttpClientT]):
    _http: HttpClientT

    def __init__(self, options: ClientOptions, http_client: HttpClientT) -> None:
        self._options = options
        self._http = http_client
        self._retry_policy = RetryPolicy(max_retries=options.max_retries)

    @property
    def options(self) -> ClientOptions:
        return self._options

    @property
    def http_client(self) -> HttpClientT:
        return self._http

    def build_request(self, call: APICall[Any], *, stream: bool = False) -> httpx.Request:
        kwargs = dict(call.request)
        headers = {**self._options.headers, **kwargs.pop("headers", {}), **call.extra_headers,
                   "Authorization": f"Bearer {self._options.current_api_key()}"}
        timeout = STREAM_TIMEOUT if stream else as_timeout(
            self._options.timeout if call.timeout is None else call.timeout)
        if call.extra_query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **call.extra_query}
        if call.extra_body:
            kwargs["json"] = _with_extra_body(kwargs.get("json"), call.extra_body, kwargs)
        method = kwargs.pop("method").upper()
        url = self._options.base_url + kwargs.pop("url")
        if params := kwargs.pop("params", None):
            # Encoded here, once: handing httpx `params=` makes it parse the URL again (a third
            # of a call's own cost). Same encoding as httpx's (QueryParams).
            url += ("&" if "?" in url else "?") + str(httpx.QueryParams(params))
        return self._http.build_request(method, url, headers=headers, timeout=timeout, **kwargs)

    def prepare(self, request: httpx.Request) -> httpx.Request:
        """A request built elsewhere (the generated client's) with the SDK's headers and key."""
        request.headers.update(self._options.headers)
        request.headers["Authorization"] = f"Bearer {self._options.current_api_key()}"
        return request

    def after_attempt(
        self, call: APICall[Any], request: httpx.Request, attempt: int, started: float,
        outcome: httpx.Response | httpx.TransportError,
    ) -> httpx.Response | float:
        """What one attempt came to: the response to hand back, or the seconds to wait before
        the next attempt (its response is then the caller's to close); raises when no retry is left."""
        if isinstance(outcome, httpx.TransportError):
            delay = self.retry_delay_after(call, attempt, error=outcome)
            if delay is None:
                raise self.connection_error(outcome, request, attempt + 1) from outcome
            return delay
        self.log_response(request, outcome, started)
        delay = self.retry_delay_after(call, attempt, response=outcome)
        if delay is None:
            self.refuse_redirect(request, outcome)
            return record(outcome)
        return delay

    def retry_delay_after(
        self,
        call: APICall[Any],
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """Seconds to wait before sending again, or None when this outcome is final."""
        if call.retries is not None and attempt >= call.retries:
            return None
        delay = self._retry_policy.decide(attempt, safety=call.safety, response=response, error=error)
        if delay is None:
            return None
        outcome = response.status_code if response is not None else type(error).__name__
        logger.info(
            "retrying after %s in %.2fs (retry %d of %d)", outcome, delay, attempt + 1, self._options.max_retries
        )
        return delay

    @staticmethod
    def refuse_redirect(request: httpx.Request, response: httpx.Response) -> None:
        """GET and HEAD follow redirects as a browser does (httpx drops the key when the host
        changes); any other method raises here, naming the new location: re-sending a body
        somewhere else is not the SDK's decision."""
        if response.is_redirect and request.method not in _FOLLOWS_REDIRECTS:
            location = redact_url(request.url.join(response.headers.get("location", "")))
            raise APIStatusError(
                f"{response.status_code} {response.reason_phrase}: {request.method} {request.url.path} was "
                f"redirected to {location}, which the SDK does not follow for {request.method}; "
                "pass base_url= the server that answers", response=response, detail=None)

    @staticmethod
    def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
        if not logger.isEnabledFor(logging.INFO):  # redacting costs more than the rest of a call
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.info("%s %s -> %d (%.0f ms)", request.method, redact_url(request.url), response.status_code, elapsed_ms)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("request headers: %s", redact_headers(request.headers))

    @staticmethod
    def connection_error(error: httpx.TransportError, request: httpx.Request, attempts: int) -> APIConnectionError:
        tries = f"{attempts} attempt{'s' if attempts > 1 else ''}"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request=request, attempts=attempts, limit=_timeout_limit(error, request))
        return APIConnectionError(
            f"Connection error: {type(error).__name__} talking to {redact_url(request.url)} ({tries})",
            request=request,
        )

    @staticmethod
    def parse(call: APICall[T], response: httpx.Response) -> T:
        if response.is_error:
            raise make_status_error(response)
        return call.parse(response)


class SyncAPIClient(BaseAPIClient[httpx.Client]):
    def execute(self, call: APICall[T]) -> T:
        """Send `call` (retrying as its safety allows), raise on error status, parse."""
        response = self.send(call, self.build_request(call))
        return self.parse(call, response)

    def send(self, call: APICall[Any], request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                outcome: httpx.Response | httpx.TransportError = self._http.send(
                    request, stream=stream, follow_redirects=request.method in _FOLLOWS_REDIRECTS)
            except httpx.TransportError as error:
                outcome = error
            decided = self.after_attempt(call, request, attempt, started, outcome)
            if isinstance(decided, httpx.Response):
                return decided
            if isinstance(outcome, httpx.Response):
                outcome.close()
            time.sleep(decided)
            attempt += 1

    @contextlib.contextmanager
    def stream(self, call: APICall[Any]) -> Iterator[httpx.Response]:
        """An open streaming response (no read timeout); error statuses raise after reading."""
        response = self.send(call, self.build_request(call, stream=True), stream=True)
        try:
            if response.is_error:
                response.read()
                raise make_status_error(response)
            yield response
        finally:
            response.close()

    def close(self) -> None:
        self._http.close()


class AsyncAPIClient(BaseAPIClient[httpx.AsyncClient]):
    async def execute(self, call: APICall[T]) -> T:
        """Send `call` (retrying as its safety allows), raise on error status, parse."""
        response = await self.send(call, self.build_request(call))
        return self.parse(call, response)

    async def send(self, call: APICall[Any], request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        import asyncio  # here, not at the top: sync scripts never pay for importing asyncio

        attempt = 0
        while True:
            started = time.monotonic()
            try:
                outcome: httpx.Response | httpx.TransportError = await self._http.send(
                    request, stream=stream, follow_redirects=request.method in _FOLLOWS_REDIRECTS)
            except httpx.TransportError as error:
                outcome = error
            decided = self.after_attempt(call, request, attempt, started, outcome)
            if isinstance(decided, httpx.Response):
                return decided
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            await asyncio.sleep(decided)
            attempt += 1

    @contextlib.asynccontextmanager
    async def stream(self, call: APICall[Any]) -> AsyncIterator[httpx.Response]:
        """An open streaming response (no read timeout); error statuses raise after reading."""
        response = await self.send(call, self.build_request(call, stream=True), stream=True)
        try:
            if response.is_error:
                await response.aread()
                raise make_status_error(response)
            yield response
        finally:
            await response.aclose()

    async def close(self) -> None:
        await self._http.aclose()


def _with_extra_body(body: Any, extra: Mapping[str, Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    if body is None and any(kwargs.get(part) is not None for part in ("content", "data", "files")):
        raise RevylError("extra_body= needs a JSON request body; this request sends another kind")
    if body is not None and not isinstance(body, dict):
        raise RevylError(f"extra_body= needs a JSON object body; this request's body is a {type(body).__name__}")
    return {**(body or {}), **extra}


def _timeout_limit(error: httpx.TimeoutException, request: httpx.Request) -> float | None:
    """The limit that ran out: the connect, read, write or pool part of the request's timeout."""
    limits = request.extensions.get("timeout") or {}
    kind = {httpx.ConnectTimeout: "connect", httpx.ReadTimeout: "read",
            httpx.WriteTimeout: "write", httpx.PoolTimeout: "pool"}.get(type(error), "read")
    limit = limits.get(kind)
    return float(limit) if isinstance(limit, int | float) else None
