"""pytest plugin (registered by the `revyl-sdk[testing]` install): the `revyl_emulator` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._emulator import RevylEmulator


@pytest.fixture
def revyl_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[RevylEmulator]:
    """A fresh, started emulator; REVYL_API_KEY and REVYL_BACKEND_URL point at it meanwhile.

    So `Revyl()` with no arguments talks to it, as code under test would in production.
    """
    with RevylEmulator() as emulator:
        for name, value in emulator.env().items():
            monkeypatch.setenv(name, value)
        yield emulator
