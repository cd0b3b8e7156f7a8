"""A local Revyl backend for testing code that uses the SDK, with no Revyl account.

    from revyl_sdk.testing import RevylEmulator

    with RevylEmulator() as emulator:
        emulator.script(test_id, outcome="failed", steps=5)
        client = Revyl(emulator.api_key, base_url=emulator.base_url)

With pytest the `revyl_emulator` fixture gives a started one per test. The emulator needs
the extra (`pip install 'revyl-sdk[testing]'`); the dummy-build writers do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._dummy import write_dummy_apk, write_dummy_ios_app

if TYPE_CHECKING:
    from ._areas.devices.png import read_screen
    from ._server.middleware import RecordedRequest
    from ._state.canned import DROP_CONNECTION
    from ._state.devices import DeviceAction, StepOutcome
    from ._state.scripts import OUTCOMES, Outcome, Script, TerminalEvent
    from .emulator import DEFAULT_API_KEY, RevylEmulator

_LAZY = {"DEFAULT_API_KEY": "emulator", "RevylEmulator": "emulator",
         "RecordedRequest": "_server.middleware", "DROP_CONNECTION": "_state.canned", "OUTCOMES": "_state.scripts",
         "Outcome": "_state.scripts", "Script": "_state.scripts", "TerminalEvent": "_state.scripts",
         "DeviceAction": "_state.devices", "StepOutcome": "_state.devices",
         "read_screen": "_areas.devices.png"}


def __getattr__(name: str) -> Any:
    # The server parts import FastAPI and uvicorn: load them only when asked for.
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)


__all__ = [
    "DEFAULT_API_KEY",
    "DROP_CONNECTION",
    "OUTCOMES",
    "DeviceAction",
    "Outcome",
    "RecordedRequest",
    "RevylEmulator",
    "Script",
    "StepOutcome",
    "TerminalEvent",
    "read_screen",
    "write_dummy_apk",
    "write_dummy_ios_app",
]
