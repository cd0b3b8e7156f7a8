"""Cross-cutting HTTP behaviour: the request log, injected faults, the body bound."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._state.faults import HttpFault
from .._state.objects import PREFIX
from .._state.store import Store
from .limits import MAX_BODY_BYTES


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator answered, for assertions in users' tests (`status` 0: the
    connection was dropped by an injected fault, no answer was sent)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int
    body: bytes = b""  # as received (empty for object-store uploads and injected faults)
    request_id: str = ""  # the X-Request-ID answered: the client's own, else one made up
    received_at: float = 0.0  # time.monotonic() when the request arrived
    client: str = ""  # "host:port" of the client's end of the connection


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
        received_at = time.monotonic()
        peer = scope.get("client")
        client = f"{peer[0]}:{peer[1]}" if peer else ""
        query_string = scope.get("query_string", b"").decode()
        logged = False
        received = b""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        # Revyl's services answer with a request id (echoing the client's X-Request-ID).
        request_id = headers.get("x-request-id") or f"req_{uuid.uuid4().hex[:20]}"

        def recorded(status: int) -> RecordedRequest:
            return RecordedRequest(method, path, query_string, headers, status, received, request_id,
                                   received_at, client)

        def log(status: int) -> None:
            nonlocal logged
            if not logged:  # at the start of the answer, so open streams are listed too
                logged = True
                self._log.append(recorded(status))

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"x-request-id", request_id.encode("latin-1"))]}
                log(message["status"])
            await send(message)

        self._store.in_flight.enter()
        try:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            fault = self._store.faults.take(method, path, query)
            if fault is not None and fault.delay and not fault.after_handling:
                await asyncio.sleep(fault.delay)
            if fault is not None and not fault.after_handling and (fault.drop or fault.status is not None):
                await self._answer_fault(scope, recording_send, fault, log)
                return
            if not path.startswith(PREFIX):  # build bytes go to the object store, unbounded
                body = await _bounded_body(scope, receive)
                if body is None:
                    await _send_json(recording_send, 413, {"detail": "Request body too large: "
                                                           f"the limit is {MAX_BODY_BYTES} bytes"})
                    return
                received = body
                receive = _replay(body, receive)
            # A canned answer stands in for the handler; faults after handling apply to it alike.
            canned = self._store.canned.answer_for(recorded(0), query)
            handler = self._app if canned is None else _answering(*canned)
            if fault is not None and fault.after_handling:
                await self._after_handling(handler, scope, receive, recording_send, fault, log)
                return
            await handler(scope, receive, recording_send)
        finally:
            log(500)
            self._store.in_flight.leave()

    async def _after_handling(self, handler: ASGIApp, scope: Scope, receive: Receive, send: Send,
                              fault: HttpFault, log: Callable[[int], None]) -> None:
        """The request takes effect; then its answer is lost, replaced, or only delayed."""
        if fault.drop or fault.status is not None:
            await handler(scope, receive, _discarded)
            await self._answer_fault(scope, send, fault, log)
            return
        held: list[Message] = []  # handled now, answered only after the delay
        await handler(scope, receive, _holding(held))
        await asyncio.sleep(fault.delay)
        for message in held:
            await send(message)

    async def _answer_fault(self, scope: Scope, send: Send, fault: HttpFault,
                            log: Callable[[int], None]) -> None:
        if fault.drop:
            log(0)
            await drop_connection(scope)
            return
        await _send_fault(send, scope["path"], fault.status or 500, fault.body, fault.headers)


def _holding(held: list[Message]) -> Send:
    async def hold(message: Message) -> None:
        held.append(message)

    return hold


def _answering(status: int, body: Any) -> ASGIApp:
    """An app that answers every request with this JSON (a canned answer)."""
    async def answer(scope: Scope, receive: Receive, send: Send) -> None:
        await _send_json(send, status, body)

    return answer


async def _discarded(_: Message) -> None:
    """A `send` that loses the handler's answer (an injected fault answers instead)."""


_DROP = "revyl_emulator.drop_connection"


class ConnectionDropper:
    """Outermost: lets an injected fault close the client's connection with no answer.

    uvicorn's `send` is a method of the connection's request cycle, which holds the socket's
    transport; nothing in ASGI itself can close a connection without answering.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cycle = getattr(send, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if scope["type"] == "http" and isinstance(transport, asyncio.Transport):
            async def drop() -> None:
                transport.close()
                # Once uvicorn has seen the connection go, it sends no 500 for the missing answer.
                for _ in range(10):
                    if getattr(cycle, "disconnected", True):
                        break
                    await asyncio.sleep(0)

            scope[_DROP] = drop
        await self._app(scope, receive, send)


async def drop_connection(scope: Scope) -> None:
    drop = scope.get(_DROP)
    if drop is None:
        raise RuntimeError("This server cannot drop a connection (the emulator runs on uvicorn)")
    await drop()


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
