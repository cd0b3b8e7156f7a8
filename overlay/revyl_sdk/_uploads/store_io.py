"""The object-store requests of an upload (`PutRange`, `SendRaw`), performed blocking or awaited.

These are the upload's handlers for `_core.runtime`, which steps the flow, runs its parts
concurrently and delivers interruptions; request building, chunking and answer reading
are shared here, so the two twins differ only in how they wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from .._core.base_client import BaseAPIClient
from .._core.logging import redact_httpx_logs
from .._core.runtime import AsyncHandlers, Stop, SyncHandlers
from .effects import PutRange, RawResponse, SendRaw
from .plan import ERROR_BODY_LIMIT
from .progress import ByteProgress
from .source import UploadSource

__all__ = ["AsyncStoreIO", "SyncStoreIO"]


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


class _StoreIO:
    def __init__(self, source: UploadSource, progress: ByteProgress, chunk_size: int) -> None:
        self._source = source
        self._progress = progress
        self._chunk_size = chunk_size
        redact_httpx_logs()


class SyncStoreIO(_StoreIO):
    def __init__(self, http: httpx.Client, source: UploadSource, progress: ByteProgress,
                 chunk_size: int) -> None:
        super().__init__(source, progress, chunk_size)
        self._http = http
        self.handlers: SyncHandlers = {PutRange: self._put_range, SendRaw: self._send_raw}

    def _put_range(self, effect: PutRange, stop: Stop) -> RawResponse:
        return self._send(_put_request(self._http, effect, self._body(effect, stop)))

    def _send_raw(self, effect: SendRaw, stop: Stop) -> RawResponse:
        return self._send(_raw_request(self._http, effect))

    def _body(self, effect: PutRange, stop: Stop) -> Iterator[bytes]:
        sent = 0
        for offset, length in _chunks(effect, self._chunk_size):
            if stop.reason is not None:  # a sibling part failed, or Ctrl-C: stop mid-part
                raise stop.reason()
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


class AsyncStoreIO(_StoreIO):
    def __init__(self, http: httpx.AsyncClient, source: UploadSource, progress: ByteProgress,
                 chunk_size: int) -> None:
        super().__init__(source, progress, chunk_size)
        self._http = http
        self.handlers: AsyncHandlers = {PutRange: self._put_range, SendRaw: self._send_raw}

    async def _put_range(self, effect: PutRange) -> RawResponse:
        return await self._send(_put_request(self._http, effect, self._body(effect)))

    async def _send_raw(self, effect: SendRaw) -> RawResponse:
        return await self._send(_raw_request(self._http, effect))

    async def _body(self, effect: PutRange) -> AsyncIterator[bytes]:
        sent = 0
        for offset, length in _chunks(effect, self._chunk_size):
            # Bytes in the page cache are read on the loop: a thread hop per chunk costs a
            # fifth of the throughput. A cold read can take milliseconds: off the loop.
            if self._source.in_memory(offset, length):
                data = self._source.read_at(offset, length)
                # Writes to a socket with room do not suspend: without this, one part would
                # hold the loop until all its bytes are out, and the parts would not interleave.
                await asyncio.sleep(0)
            else:
                data = await asyncio.to_thread(self._source.read_at, offset, length)
            yield data
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
