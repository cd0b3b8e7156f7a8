"""Which requests misbehave: injected HTTP faults and stream cuts (`RevylEmulator.fail`)."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class HttpFault:
    """Requests matching `method` and the glob `path` get `status` (after `delay` seconds)."""

    path: str
    method: str | None
    status: int | None
    delay: float
    remaining: int | None  # None: every matching request
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, method: str, path: str) -> bool:
        return ((self.method is None or self.method.upper() == method.upper())
                and fnmatch.fnmatchcase(path, self.path))


class Faults:
    """Injected misbehaviour, set from the test's thread and consumed by the server's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._http: list[HttpFault] = []
        self._stream_drops: list[int] = []

    def add(self, fault: HttpFault) -> None:
        with self._lock:
            self._http.append(fault)

    def take(self, method: str, path: str) -> HttpFault | None:
        """The first fault matching this request, counted as used once."""
        with self._lock:
            for fault in self._http:
                if fault.matches(method, path):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._http.remove(fault)
                    return fault
        return None

    def drop_stream(self, after_events: int, times: int) -> None:
        with self._lock:
            self._stream_drops.extend([after_events] * times)

    def take_stream_drop(self) -> int | None:
        """Events the next SSE connection may carry before it is cut, or None for no cut."""
        with self._lock:
            return self._stream_drops.pop(0) if self._stream_drops else None

    def clear(self) -> None:
        with self._lock:
            self._http.clear()
            self._stream_drops.clear()
