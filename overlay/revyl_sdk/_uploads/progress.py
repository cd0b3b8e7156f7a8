"""Byte progress of an upload: the `on_progress` callback and a terminal progress bar."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

__all__ = ["ByteProgress", "ProgressCallback", "TerminalProgressBar"]

ProgressCallback = Callable[[int, int], None]
"""`on_progress(bytes_sent, total)`; bytes_sent never decreases and ends at total."""


class ByteProgress:
    """Bytes sent across parallel, retried PUTs, reported to listeners whenever it grows.

    Each PUT counts with its best attempt so far, so a retried part neither counts twice
    nor makes the total go backwards. Listeners are called one at a time (under a lock),
    possibly from upload worker threads; an exception from a listener aborts the upload.
    """

    def __init__(self, total: int, listeners: Sequence[ProgressCallback]) -> None:
        self.total = total
        self._listeners = tuple(listeners)
        self._best: dict[int, int] = {}
        self._sent = 0
        self._lock = threading.Lock()

    @property
    def sent(self) -> int:
        return self._sent

    def update(self, key: int, sent_by_attempt: int) -> None:
        """PUT `key` has now sent `sent_by_attempt` bytes in its current attempt."""
        self.update_many({key: sent_by_attempt})

    def update_many(self, sent_by_key: Mapping[int, int]) -> None:
        """Several updates, reported once (e.g. the parts a resumed upload already holds)."""
        with self._lock:
            before = self._sent
            for key, sent in sent_by_key.items():
                gain = sent - self._best.get(key, 0)
                if gain > 0:
                    self._best[key] = sent
                    self._sent += gain
            if self._sent > before:
                for listener in self._listeners:
                    listener(self._sent, self.total)


class TerminalProgressBar:
    """`app.apk  42% [#########.............]  180.0/430.0 MiB  35.2 MiB/s` on one line.

    Redrawn at most 10 times a second; drawn only when the stream is a terminal, so CI
    logs never fill with carriage returns.
    """

    _WIDTH = 24
    _INTERVAL = 0.1

    def __init__(self, label: str, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._label = label
        self._stream = stream if stream is not None else sys.stderr
        self._clock = clock
        self._started = clock()
        self._last_draw = -1.0
        self._drawn = False

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        stream = stream if stream is not None else sys.stderr
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())

    def __call__(self, sent: int, total: int) -> None:
        now = self._clock()
        if sent < total and now - self._last_draw < self._INTERVAL:
            return
        self._last_draw = now
        self._stream.write("\r" + self.render(sent, total, now - self._started))
        self._stream.flush()
        self._drawn = True

    def render(self, sent: int, total: int, elapsed: float) -> str:
        fraction = sent / total if total else 1.0
        filled = int(fraction * self._WIDTH)
        rate = sent / elapsed if elapsed > 0 else 0.0
        return (f"{self._label}  {fraction:4.0%} [{'#' * filled}{'.' * (self._WIDTH - filled)}]"
                f"  {_mib(sent)}/{_mib(total)} MiB  {_mib(rate)} MiB/s")

    def close(self) -> None:
        """End the bar's line so later output starts on a fresh one."""
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()


def _mib(value: float) -> str:
    return f"{value / (1024 * 1024):.1f}"
