"""How many requests the server is handling right now, so a test can wait for none."""

from __future__ import annotations

import threading


class InFlight:
    """Counts requests from arrival until their handler has returned (open streams included).

    The server's event loop enters and leaves; a test's thread waits. A client that gave up
    on a request (a killed upload, a timeout) does not end it: the server may still be
    storing what it received, and a test that inspects state must wait for that.
    """

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def enter(self) -> None:
        with self._changed:
            self._count += 1

    def leave(self) -> None:
        with self._changed:
            self._count -= 1
            if self._count == 0:
                self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """True once no request is in flight; False if some still are after `timeout` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: self._count == 0, timeout)
