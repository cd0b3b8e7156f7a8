"""Perform upload effects: blocking (a thread per parallel part) or with asyncio tasks.

Each driver feeds effect results back into the shared upload flow; request building,
chunking and answer reading are shared here, so the two differ only in how they wait.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import Any, TypeVar, assert_never, cast

import httpx

from .._core.base_client import AsyncAPIClient, BaseAPIClient, SyncAPIClient
from .._core.logging import redact_httpx_logs
from .effects import (
    Blocking,
    CallApi,
    Effect,
    Flow,
    PutRange,
    RawResponse,
    RunConcurrently,
    SendRaw,
    Sleep,
)
from .plan import ERROR_BODY_LIMIT
from .progress import ByteProgress
from .source import UploadSource

__all__ = ["AsyncUploadDriver", "SyncUploadDriver"]

T = TypeVar("T")


class _Cancelled(Exception):
    """A sibling part failed: this one stops at its next chunk instead of finishing."""


def _chunks(effect: PutRange, chunk_size: int) -> Iterator[tuple[int, int]]:
    """(offset, length) of each read that streams the effect's byte range."""
    end = effect.offset + effect.length
    for offset in range(effect.offset, end, chunk_size):
        yield offset, min(chunk_size, end - offset)


def _put_request(http: httpx.Client | httpx.AsyncClient, effect: PutRange,
                 body: Iterator[bytes] | AsyncIterator[bytes]) -> httpx.Request:
    # An explicit length: S3 rejects chunked transfer encoding on presigned PUTs.
    headers = {**effect.headers, "Content-Length": str(effect.length)}
    return http.build_request("PUT", effect.url, content=body, headers=headers,
                              timeout=effect.timeout)


def _raw_request(http: httpx.Client | httpx.AsyncClient, effect: SendRaw) -> httpx.Request:
    return http.build_request(effect.method, effect.url, content=effect.content,
                              headers=dict(effect.headers), timeout=effect.timeout)


def _raw_response(response: httpx.Response, body: bytes) -> RawResponse:
    return RawResponse(response.status_code, response.headers.get("etag"),
                       body[:ERROR_BODY_LIMIT].decode("utf-8", "replace"))


class _Driver:
    def __init__(self, source: UploadSource, progress: ByteProgress, chunk_size: int) -> None:
        self._source = source
        self._progress = progress
        self._chunk_size = chunk_size
        redact_httpx_logs()


class SyncUploadDriver(_Driver):
    def __init__(self, api: SyncAPIClient, source: UploadSource, progress: ByteProgress,
                 chunk_size: int) -> None:
        super().__init__(source, progress, chunk_size)
        self._api = api
        self._http = api.http_client

    def run(self, flow: Flow[T]) -> T:
        return self._drive(flow, threading.Event())

    def _drive(self, flow: Flow[T], cancel: threading.Event) -> T:
        result: object = None
        error: Exception | None = None
        while True:
            try:
                effect = flow.send(result) if error is None else flow.throw(error)
            except StopIteration as stop:
                return cast(T, stop.value)
            try:
                result, error = self._perform(effect, cancel), None
            except Exception as failure:
                result, error = None, failure

    def _perform(self, effect: Effect, cancel: threading.Event) -> object:
        if isinstance(effect, CallApi):
            return self._api.execute(effect.call)
        if isinstance(effect, PutRange):
            return self._send(_put_request(self._http, effect, self._body(effect, cancel)))
        if isinstance(effect, SendRaw):
            return self._send(_raw_request(self._http, effect))
        if isinstance(effect, Sleep):
            if cancel.wait(effect.seconds):
                raise _Cancelled
            return None
        if isinstance(effect, Blocking):
            return effect.fn()
        if isinstance(effect, RunConcurrently):
            return self._run_concurrently(effect)
        assert_never(effect)

    def _body(self, effect: PutRange, cancel: threading.Event) -> Iterator[bytes]:
        sent = 0
        for offset, length in _chunks(effect, self._chunk_size):
            if cancel.is_set():
                raise _Cancelled
            yield self._source.read_at(offset, length)
            # Resumed by the transport asking for more: the chunk is on the wire.
            sent += length
            self._progress.update(effect.progress_key, sent)

    def _send(self, request: httpx.Request) -> RawResponse:
        started = time.monotonic()
        response = self._http.send(request, stream=True)
        try:
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) >= ERROR_BODY_LIMIT:
                    break
        finally:
            response.close()
        BaseAPIClient.log_response(request, response, started)
        return _raw_response(response, bytes(body))

    def _run_concurrently(self, effect: RunConcurrently) -> list[Any]:
        if not effect.flows:
            return []
        cancel = threading.Event()
        pool = ThreadPoolExecutor(max_workers=min(effect.limit, len(effect.flows)),
                                  thread_name_prefix="revyl-upload")
        try:
            futures = [pool.submit(self._drive, flow, cancel) for flow in effect.flows]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            # Only failures present now are genuine; later ones are caused by the cancel below.
            for future in futures:
                if future in done and (failure := future.exception()) is not None:
                    raise failure
            return [future.result() for future in futures]
        finally:
            cancel.set()
            pool.shutdown(wait=True, cancel_futures=True)


class AsyncUploadDriver(_Driver):
    def __init__(self, api: AsyncAPIClient, source: UploadSource, progress: ByteProgress,
                 chunk_size: int) -> None:
        super().__init__(source, progress, chunk_size)
        self._api = api
        self._http = api.http_client

    async def run(self, flow: Flow[T]) -> T:
        result: object = None
        error: Exception | None = None
        while True:
            try:
                effect = flow.send(result) if error is None else flow.throw(error)
            except StopIteration as stop:
                return cast(T, stop.value)
            try:
                result, error = await self._perform(effect), None
            except Exception as failure:
                result, error = None, failure

    async def _perform(self, effect: Effect) -> object:
        if isinstance(effect, CallApi):
            return await self._api.execute(effect.call)
        if isinstance(effect, PutRange):
            return await self._send(_put_request(self._http, effect, self._body(effect)))
        if isinstance(effect, SendRaw):
            return await self._send(_raw_request(self._http, effect))
        if isinstance(effect, Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        if isinstance(effect, Blocking):
            return await asyncio.to_thread(effect.fn)
        if isinstance(effect, RunConcurrently):
            return await self._run_concurrently(effect)
        assert_never(effect)

    async def _body(self, effect: PutRange) -> AsyncIterator[bytes]:
        sent = 0
        for offset, length in _chunks(effect, self._chunk_size):
            # Disk reads off the event loop: a cold 1 MiB read can take milliseconds.
            yield await asyncio.to_thread(self._source.read_at, offset, length)
            sent += length
            self._progress.update(effect.progress_key, sent)

    async def _send(self, request: httpx.Request) -> RawResponse:
        started = time.monotonic()
        response = await self._http.send(request, stream=True)
        try:
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) >= ERROR_BODY_LIMIT:
                    break
        finally:
            await response.aclose()
        BaseAPIClient.log_response(request, response, started)
        return _raw_response(response, bytes(body))

    async def _run_concurrently(self, effect: RunConcurrently) -> list[Any]:
        slots = asyncio.Semaphore(effect.limit)

        async def run_one(flow: Flow[Any]) -> Any:
            async with slots:
                return await self.run(flow)

        tasks = [asyncio.ensure_future(run_one(flow)) for flow in effect.flows]
        try:
            return list(await asyncio.gather(*tasks))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
