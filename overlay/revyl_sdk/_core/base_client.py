"""Transport, retries and error mapping: the one place every request goes through.

`SyncAPIClient` and `AsyncAPIClient` differ only in how they wait (blocking or awaiting);
request building, the retry decision and error mapping live in `BaseAPIClient`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from .exceptions import APIConnectionError, APITimeoutError, make_status_error
from .logging import logger, redact_headers, redact_url
from .options import ClientOptions, TimeoutTypes, as_timeout
from .retry import RetryPolicy, Safety

T = TypeVar("T")
U = TypeVar("U")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

STREAM_TIMEOUT = httpx.Timeout(30.0, connect=10.0, read=None)


@dataclass(frozen=True)
class APICall(Generic[T]):
    """One prepared request (generated `_get_kwargs` output) and how to read its answer."""

    request: Mapping[str, Any]
    parse: Callable[[httpx.Response], T]
    safety: Safety = Safety.SAFE
    timeout: TimeoutTypes | None = None
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    def map(self, convert: Callable[[T], U]) -> APICall[U]:
        """The same request, its parsed answer passed through `convert`."""
        parse = self.parse
        return APICall(
            self.request, lambda response: convert(parse(response)), self.safety, self.timeout, self.extra_headers
        )


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
        headers = {
            **self._options.headers,
            **kwargs.pop("headers", {}),
            **call.extra_headers,
            "Authorization": f"Bearer {self._options.api_key}",
        }
        timeout = STREAM_TIMEOUT if stream else as_timeout(call.timeout or self._options.timeout)
        method = kwargs.pop("method").upper()
        url = self._options.base_url + kwargs.pop("url")
        return self._http.build_request(method, url, headers=headers, timeout=timeout, **kwargs)

    def retry_delay_after(
        self,
        call: APICall[Any],
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """Seconds to wait before sending again, or None when this outcome is final."""
        delay = self._retry_policy.decide(attempt, safety=call.safety, response=response, error=error)
        if delay is None:
            return None
        outcome = response.status_code if response is not None else type(error).__name__
        logger.info(
            "retrying after %s in %.2fs (retry %d of %d)", outcome, delay, attempt + 1, self._options.max_retries
        )
        return delay

    @staticmethod
    def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.info("%s %s -> %d (%.0f ms)", request.method, redact_url(request.url), response.status_code, elapsed_ms)
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
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                delay = self.retry_delay_after(call, attempt, error=error)
                if delay is None:
                    raise self.connection_error(error, request, attempt + 1) from error
            else:
                self.log_response(request, response, started)
                delay = self.retry_delay_after(call, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
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
        response = await self.send(call, self.build_request(call))
        return self.parse(call, response)

    async def send(self, call: APICall[Any], request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        import asyncio  # here, not at the top: sync scripts never pay for importing asyncio

        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                delay = self.retry_delay_after(call, attempt, error=error)
                if delay is None:
                    raise self.connection_error(error, request, attempt + 1) from error
            else:
                self.log_response(request, response, started)
                delay = self.retry_delay_after(call, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    @contextlib.asynccontextmanager
    async def stream(self, call: APICall[Any]) -> AsyncIterator[httpx.Response]:
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


def _timeout_limit(error: httpx.TimeoutException, request: httpx.Request) -> float | None:
    """The limit that ran out: the connect, read, write or pool part of the request's timeout."""
    limits = request.extensions.get("timeout") or {}
    kind = {httpx.ConnectTimeout: "connect", httpx.ReadTimeout: "read",
            httpx.WriteTimeout: "write", httpx.PoolTimeout: "pool"}.get(type(error), "read")
    limit = limits.get(kind)
    return float(limit) if isinstance(limit, int | float) else None
