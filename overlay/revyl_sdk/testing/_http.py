"""Cross-cutting HTTP behaviour: bearer auth, the request log, injected faults, 404s."""

from __future__ import annotations

import asyncio
import hmac
import json
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._store import NotFound, Store


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator answered, for assertions in users' tests."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


async def require_api_key(request: Request) -> None:
    """`Authorization: Bearer <key>` with the emulator's key, else 401 as the backend answers."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(token.strip(), store_of(request).settings.api_key):
        raise HTTPException(401, "Invalid or expired API key",
                            headers={"WWW-Authenticate": "Bearer"})


async def not_found(_: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=404)


HANDLERS = {NotFound: not_found}


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
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            fault = self._store.faults.take(method, path)
            if fault is not None and fault.delay:
                await asyncio.sleep(fault.delay)
            if fault is not None and fault.status is not None:
                body = fault.body if fault.body is not None else {"detail": _REASONS.get(
                    fault.status, "Injected fault")}
                await _send_json(recording_send, fault.status, body, fault.headers)
            else:
                await self._app(scope, receive, recording_send)
        finally:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                       for k, v in scope.get("headers", [])}
            self._log.append(RecordedRequest(method, path, scope.get("query_string", b"").decode(),
                                             headers, status))


_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


async def _send_json(send: Send, status: int, body: Any, headers: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    raw_headers = [(b"content-type", b"application/json"),
                   (b"content-length", str(len(payload)).encode()),
                   *((k.lower().encode(), v.encode()) for k, v in headers.items())]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})
