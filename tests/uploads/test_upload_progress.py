"""Byte progress accounting and the terminal progress bar."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from revyl_sdk import Revyl
from revyl_sdk._uploads.progress import ByteProgress, TerminalProgressBar
from upload_support import MiB


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_retried_puts_count_once_and_never_go_backwards() -> None:
    seen: list[tuple[int, int]] = []
    progress = ByteProgress(300, [lambda sent, total: seen.append((sent, total))])
    progress.update(1, 100)
    progress.update(2, 50)
    progress.update(1, 40)  # part 1 retried from scratch: no report until it passes 100
    progress.update(1, 100)
    progress.update(1, 150)
    progress.update_many({2: 150, 3: 0})
    assert seen == [(100, 300), (150, 300), (200, 300), (300, 300)]


def test_bar_renders_and_throttles() -> None:
    now = [0.0]
    stream = Terminal()
    bar = TerminalProgressBar("app.apk", stream, clock=lambda: now[0])
    now[0] = 1.0
    bar(MiB, 4 * MiB)
    bar(2 * MiB, 4 * MiB)  # within 100 ms: skipped
    now[0] = 2.0
    bar(4 * MiB, 4 * MiB)
    bar.close()
    frames = stream.getvalue().split("\r")[1:]
    assert len(frames) == 2
    assert frames[0] == "app.apk   25% [######..................]  1.0/4.0 MiB  1.0 MiB/s"
    assert frames[1].startswith("app.apk  100% [########################]  4.0/4.0 MiB")
    assert stream.getvalue().endswith("\n")


def test_bar_only_on_a_terminal() -> None:
    assert TerminalProgressBar.wanted(Terminal())
    assert not TerminalProgressBar.wanted(io.StringIO())


def test_upload_draws_the_bar_on_a_terminal_stderr(
    emulated: Revyl, app_id: str, make_valid_apk: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    emulated.builds.upload(app_id, make_valid_apk(3 * MiB), version="v", part_size=MiB)
    assert "100% [########################]  3.0/3.0 MiB" in terminal.getvalue()
    terminal.truncate(0)
    emulated.builds.upload(app_id, make_valid_apk(MiB, "b.apk"), version="w", progress_bar=False)
    assert terminal.getvalue().strip("\x00") == ""
