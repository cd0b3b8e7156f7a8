"""A ready-made `on_progress` for scripts: live lines on a terminal, silent anywhere else.

    from revyl_sdk.progress import show_progress
    result = client.tests.run(test_id).wait(on_progress=show_progress)

A running run is one line redrawn in place; a finished one leaves its final line. When
the output is not a terminal (CI logs, pipes, files) nothing is written, so a script
needs no `isatty` check of its own.
"""

from __future__ import annotations

import shutil
import sys
import threading
from typing import TextIO

from ._live.status import Progress

__all__ = ["Progress", "TerminalProgress", "show_progress"]

_BAR_WIDTH = 20


class TerminalProgress:
    """Callable for `on_progress`; draws on `stream` (default: stderr at call time) if a TTY.

    Safe to share between threads, as `monitor.wait_all` does.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def __call__(self, progress: Progress) -> None:
        stream = self._stream or sys.stderr
        if not stream.isatty():
            return
        width = shutil.get_terminal_size().columns - 1
        line = render(progress)[:width]
        with self._lock:
            # Return to column 0 and clear the line, so the redraw leaves no tail behind.
            stream.write(f"\r\x1b[2K{line}" + ("\n" if progress.finished else ""))
            stream.flush()


def render(progress: Progress) -> str:
    """One line: short task id, status, bar and percent, steps, current step."""
    parts = [progress.task_id[:8], f"{progress.status or '...':<10}"]
    if progress.progress is not None:
        percent = max(0.0, min(100.0, progress.progress))
        filled = round(percent / 100 * _BAR_WIDTH)
        parts.append(f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {percent:3.0f}%")
    if progress.steps_total:
        parts.append(f"{progress.steps_done or 0}/{progress.steps_total}")
    if progress.current_step:
        parts.append(progress.current_step)
    return "  ".join(parts)


show_progress = TerminalProgress()
"""The shared instance: `on_progress=show_progress`."""
