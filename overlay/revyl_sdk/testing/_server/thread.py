"""uvicorn serving an ASGI app from a background thread, on a socket bound up front.

Binding before the thread starts makes port 0 (a free port) race-free and lets `start`
return only once requests can be answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time

import uvicorn
from starlette.types import ASGIApp

_START_TIMEOUT = 15.0


class _PromptServer(uvicorn.Server):
    """uvicorn's server, woken by `request_stop` at once rather than at its next 0.1 s tick:
    test suites start and stop an emulator per test."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._woken = asyncio.Event()

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._woken.wait(), 0.1)

    def request_stop(self) -> None:
        self.should_exit = True
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                self._loop.call_soon_threadsafe(self._woken.set)


class ServerThread:
    def __init__(self, app: ASGIApp, host: str, port: int) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio turns Nagle off only on sockets that name it, and with
        # Nagle on every keep-alive request stalls ~40 ms on the client's delayed ACK.
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((host, port))
        except OSError as error:
            self._socket.close()
            raise OSError(error.errno, f"cannot listen on {host}:{port}: {error.strerror}") from None
        self.port: int = self._socket.getsockname()[1]
        # Errors only: a client's malformed request gets its 400 without a line in the user's output.
        config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=2)
        self._server = _PromptServer(config)
        self._thread = threading.Thread(target=self._run, name=f"revyl-emulator:{self.port}",
                                        daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._socket])
        except BaseException as error:  # surfaced by start() instead of dying silently
            self._error = error

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"The Revyl emulator failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"The Revyl emulator did not start within {_START_TIMEOUT}s")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.request_stop()
        self._thread.join(timeout=10)
        self._socket.close()

    def wait(self) -> None:
        """Block until the server stops (used by the command line)."""
        while self._thread.is_alive():
            self._thread.join(timeout=0.5)
