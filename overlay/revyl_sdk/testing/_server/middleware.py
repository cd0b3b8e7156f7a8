"""Cross-cutting HTTP behaviour: the request log, injected faults, the body bound."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._state.objects import PREFIX
from .._state.store import Store
from .limits import MAX_BODY_BYTES


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator answered, for assertions in users' tests."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int


class Middleware:
    """Logs every request and applies injected faults (delay, then an error status)."""

    def __init__(self, app: ASGIApp, store: Store, log: list[RecordedRequest]) -> None:
        self._app = app
        self._store = store
        self._log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        logged = False

        def log(status: int) -> None:
            nonlocal logged
            if not logged:  # at the start of the answer, so open streams are listed too
                logged = True
                headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                           for k, v in scope.get("headers", [])}
                self._log.append(RecordedRequest(
                    method, path, scope.get("query_string", b"").decode(), headers, status))

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                log(message["status"])
            await send(message)

        try:
            fault = self._store.faults.take(method, path)
            if fault is not None and fault.delay:
                await asyncio.sleep(fault.delay)
            if fault is not None and fault.status is not None:
                await _send_fault(recording_send, path, fault.status, fault.body, fault.headers)
                return
            if not path.startswith(PREFIX):  # build bytes go to the object store, unbounded
                body = await _bounded_body(scope, receive)
                if body is None:
                    await _send_json(recording_send, 413, {"detail": "Request body too large: "
                                                           f"the limit is {MAX_BODY_BYTES} bytes"})
                    return
                receive = _replay(body, receive)
            await self._app(scope, receive, recording_send)
        finally:
            log(500)


async def _bounded_body(scope: Scope, receive: Receive) -> bytes | None:
    """The whole request body, or None once it is over MAX_BODY_BYTES (declared or sent)."""
    declared = dict(scope.get("headers", [])).get(b"content-length", b"")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break  # the client went away; the app sees an empty body and no one reads the answer
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > MAX_BODY_BYTES:
            return None
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the body read already, then waits for the disconnect."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


# S3's codes for the statuses its clients retry.
_S3_CODES = {500: "InternalError", 503: "SlowDown", 429: "SlowDown", 400: "BadRequest",
             403: "AccessDenied", 404: "NoSuchKey"}


async def _send_fault(send: Send, path: str, status: int, body: Any,
                      headers: dict[str, str]) -> None:
    """An injected error, in the object store's XML or the API's JSON `{"detail": ...}`."""
    reason = _REASONS.get(status, "Injected fault")
    if path.startswith(PREFIX):
        code = _S3_CODES.get(status, "InternalError")
        payload = (body if isinstance(body, bytes) else
                   f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code>"
                   f"<Message>{reason}</Message></Error>".encode())
        content_type = b"application/xml"
    else:
        payload = json.dumps({"detail": reason} if body is None else body).encode()
        content_type = b"application/json"
    raw_headers = [(b"content-type", content_type),
                   (b"content-length", str(len(payload)).encode()),
                   *((k.lower().encode(), v.encode()) for k, v in headers.items())]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


async def _send_json(send: Send, status: int, body: Any) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
