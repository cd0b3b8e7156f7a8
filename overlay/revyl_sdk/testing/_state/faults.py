"""Which requests misbehave: injected HTTP faults and stream cuts (`RevylEmulator.fail`)."""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field
from typing import Any


def request_matches(wanted_method: str | None, path_glob: str, wanted_query: dict[str, str],
                    method: str, path: str, query: dict[str, str]) -> bool:
    """Whether a request is one a fault or a canned answer names: any method (None) or this
    one, the glob `path_glob`, and these query parameters with these values."""
    return ((wanted_method is None or wanted_method.upper() == method.upper())
            and fnmatch.fnmatchcase(path, path_glob)
            and all(query.get(name) == value for name, value in wanted_query.items()))


@dataclass
class HttpFault:
    """Requests matching `method` and the glob `path` get `status` (after `delay` seconds).

    `after_handling`: the handler runs first (the request takes effect), then its answer is
    replaced. `drop`: no answer at all, the connection is closed instead of sending `status`.
    """

    path: str
    method: str | None
    status: int | None
    delay: float
    remaining: int | None  # None: every matching request
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    after_handling: bool = False
    drop: bool = False
    query: dict[str, str] = field(default_factory=dict)  # these parameters, with these values
    rate: float = 1.0  # the share of matching requests it hits (seeded: the same run each time)

    def matches(self, method: str, path: str, query: dict[str, str]) -> bool:
        return request_matches(self.method, self.path, self.query, method, path, query)


class Faults:
    """Injected misbehaviour, set from the test's thread and consumed by the server's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._http: list[HttpFault] = []
        self._stream_drops: list[int] = []
        self._dice = random.Random(0)

    def add(self, fault: HttpFault) -> None:
        with self._lock:
            self._http.append(fault)

    def take(self, method: str, path: str, query: dict[str, str]) -> HttpFault | None:
        """The first fault matching this request, counted as used once."""
        with self._lock:
            for fault in self._http:
                if fault.matches(method, path, query):
                    if fault.rate < 1.0 and self._dice.random() >= fault.rate:
                        continue
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
