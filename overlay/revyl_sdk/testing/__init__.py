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
    from ._device_sessions import DeviceAction, StepOutcome
    from ._emulator import DEFAULT_API_KEY, RevylEmulator
    from ._http import RecordedRequest
    from ._png import read_screen
    from ._scenario import OUTCOMES, Outcome, Script, TerminalEvent

_LAZY = {"DEFAULT_API_KEY": "_emulator", "RevylEmulator": "_emulator",
         "RecordedRequest": "_http", "OUTCOMES": "_scenario", "Outcome": "_scenario",
         "Script": "_scenario", "TerminalEvent": "_scenario", "DeviceAction": "_device_sessions",
         "StepOutcome": "_device_sessions", "read_screen": "_png"}


def __getattr__(name: str) -> Any:
    # The server parts import FastAPI and uvicorn: load them only when asked for.
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)


__all__ = [
    "DEFAULT_API_KEY",
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
