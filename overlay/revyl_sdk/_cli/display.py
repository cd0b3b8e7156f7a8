"""What the command shows while runs go: one live line per run on a terminal, plain lines in CI.

On a terminal the block of lines is redrawn in place (at most ten times a second). Any
other output (a CI log, a pipe) gets one line each time a run's status or step count
changes, so the log reads as a timeline instead of a wall of repaints.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Sequence
from typing import TextIO

from .._live.status import Progress
from ..progress import render

__all__ = ["Display"]

_REDRAW_EVERY = 0.1


class Display:
    """`on_progress` for many runs at once; safe to call from the waiting threads."""

    def __init__(self, labels: Sequence[tuple[str, str]], stream: TextIO) -> None:
        """`labels`: (task id, what to call the run) for every run, in display order."""
        self._labels = dict(labels)
        self._order = [task_id for task_id, _ in labels]
        self._stream = stream
        self._live = stream.isatty()
        self._width = max((len(label) for _, label in labels), default=0)
        self._lines = {task_id: "queued" for task_id in self._order}
        self._last_plain: dict[str, tuple[str, int | None]] = {}
        self._drawn = 0
        self._last_draw = 0.0
        self._lock = threading.Lock()

    def __call__(self, progress: Progress) -> None:
        label = self._labels.get(progress.task_id)
        if label is None:
            return
        with self._lock:
            if self._live:
                self._lines[progress.task_id] = render(progress).split("  ", 1)[-1]
                if progress.finished or time.monotonic() - self._last_draw >= _REDRAW_EVERY:
                    self._draw()
                return
            key = (progress.status, progress.steps_done)
            if self._last_plain.get(progress.task_id) != key:
                self._last_plain[progress.task_id] = key
                self._stream.write(f"{label:<{self._width}}  {self._plain(progress)}\n")
                self._stream.flush()

    def close(self) -> None:
        """Leave the final state on screen (a terminal) before the summary follows."""
        with self._lock:
            if self._live and self._drawn:
                self._draw()

    @staticmethod
    def _plain(progress: Progress) -> str:
        parts = [progress.status or "..."]
        if progress.steps_total:
            parts.append(f"{progress.steps_done or 0}/{progress.steps_total}")
        if progress.current_step and not progress.finished:
            parts.append(progress.current_step)
        return "  ".join(parts)

    def _draw(self) -> None:
        columns = shutil.get_terminal_size().columns - 1
        # Back to the first line of the block, then rewrite every line of it.
        out = [f"\x1b[{self._drawn}F"] if self._drawn else []
        for task_id in self._order:
            line = f"{self._labels[task_id]:<{self._width}}  {self._lines[task_id]}"
            out.append(f"\x1b[2K{line[:columns]}\n")
        self._stream.write("".join(out))
        self._stream.flush()
        self._drawn = len(self._order)
        self._last_draw = time.monotonic()
