"""Revyl's official CLI (PyPI `revyl`, pinned in the dev extra) run against an emulator.

Each run gets a fresh HOME and an environment holding only what a customer's CI job would
set: REVYL_BACKEND_URL and REVYL_API_KEY of the emulator, CI=true, and
REVYL_NO_UPDATE_NOTIFIER=1 (without it the CLI asks github.com for its latest release).
HTTP(S)_PROXY points at `OutboundTrap`, so any request for a host other than the loopback
emulator is caught and recorded instead of leaving the machine.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from revyl_sdk.testing import RevylEmulator, write_dummy_apk

REVYL = Path(sys.executable).with_name("revyl")  # the console script the `revyl` wheel installs
MiB = 1024 * 1024


class OutboundTrap:
    """A proxy that records the first line of every request it gets and refuses it."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.requests: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return  # closed
            with connection:
                self.requests.append(connection.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace"))
                connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")

    def close(self) -> None:
        self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        self._socket.close()
        self._thread.join(timeout=5)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@dataclass
class RevylCli:
    emulator: RevylEmulator
    home: Path
    trap: OutboundTrap
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {"PATH": os.environ.get("PATH", ""), "HOME": str(self.home), "CI": "true",
                "REVYL_NO_UPDATE_NOTIFIER": "1", **self.emulator.env(),
                "HTTPS_PROXY": self.trap.url, "HTTP_PROXY": self.trap.url,
                "NO_PROXY": "127.0.0.1,localhost", **self.extra_env}

    def __call__(self, *args: str, expect: int = 0) -> Result:
        """Run `revyl *args`; its exit status must be `expect`."""
        done = subprocess.run([str(REVYL), *args], env=self.env(), cwd=self.home,
                              capture_output=True, text=True, timeout=120, check=False)
        result = Result(done.returncode, done.stdout, done.stderr)
        assert result.returncode == expect, (args, result)
        return result

    def json(self, *args: str, expect: int = 0) -> Any:
        return self(*args, "--json", expect=expect).json()


def write_apk(path: Path, *, padding: int = 0) -> Path:
    """The dummy APK, with a stored (incompressible) filler entry of `padding` bytes."""
    write_dummy_apk(path)
    if padding:
        with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
            archive.writestr("assets/filler.bin", os.urandom(padding))
    return path
