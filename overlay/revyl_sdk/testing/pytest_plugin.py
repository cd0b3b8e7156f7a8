"""pytest plugin (registered by installing revyl-sdk): the `revyl_emulator` fixture.

The plugin loads with every pytest run of a project that has revyl-sdk installed, so the
server parts (FastAPI, uvicorn) are imported only when a test asks for the fixture, and
a missing `testing` extra fails that test, not the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .emulator import RevylEmulator


@pytest.fixture
def revyl_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[RevylEmulator]:
    """A fresh, started emulator; REVYL_API_KEY and REVYL_BACKEND_URL point at it meanwhile.

    So `Revyl()` with no arguments talks to it, as code under test would in production.
    """
    try:
        from .emulator import RevylEmulator
    except ImportError as error:
        pytest.fail(f"revyl_emulator needs the testing extra (pip install 'revyl-sdk[testing]'): "
                    f"{error}", pytrace=False)
    with RevylEmulator() as emulator:
        for name, value in emulator.env().items():
            monkeypatch.setenv(name, value)
        yield emulator
