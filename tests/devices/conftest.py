"""Device-session fixtures: a fast emulator and SDK clients whose every answer is checked
against the pinned spec, or for proxied actions against the SDK's declared models.

`any_client` is each twin in turn: `Revyl`, then `AsyncRevyl` behind `Blocking`, so that one
test body checks that both behave the same."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "emulator"))

from _emu_support import SpecChecker, checked_client, served_routes
from blocking import blocking_twin
from revyl_sdk import AsyncRevyl, DeviceSettings, Revyl
from revyl_sdk.testing import RevylEmulator

FAST = DeviceSettings(poll_interval=0.01, step_poll_interval=0.01, step_poll_max=0.05, cancel_budget=1.0)


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    return SpecChecker(served_routes())


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    with RevylEmulator() as started:
        started.configure_devices(ready_seconds=0.05, connect_seconds=0.02, step_seconds=0.05)
        yield started


@pytest.fixture
def app_id(emulator: RevylEmulator) -> str:
    """An app with one build, as `start(app_id=...)` needs."""
    app = emulator.add_app("Revyl Demo")
    emulator.add_build(app, "1.0.0")
    return app


@pytest.fixture
def client(emulator: RevylEmulator, spec_checker: SpecChecker) -> Iterator[Revyl]:
    transport = checked_client(emulator, spec_checker)
    with Revyl(emulator.api_key, base_url=emulator.base_url, http_client=transport, ci_headers=False) as sdk, \
            transport:
        sdk.devices.settings = FAST
        yield sdk


@pytest.fixture
async def aclient(emulator: RevylEmulator) -> AsyncIterator[AsyncRevyl]:
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as sdk:
        sdk.devices.settings = FAST
        yield sdk



@pytest.fixture(params=["sync", "async"])
def any_client(request: pytest.FixtureRequest, emulator: RevylEmulator, spec_checker: SpecChecker) -> Iterator[Revyl]:
    """`Revyl`, or `AsyncRevyl` with `Revyl`'s blocking interface; answers spec-checked alike."""
    if request.param == "sync":
        yield request.getfixturevalue("client")
        return

    async def validate(response: httpx.Response) -> None:
        if "text/event-stream" not in response.headers.get("content-type", ""):
            await response.aread()
        spec_checker.check(response)

    transport = httpx.AsyncClient(event_hooks={"response": [validate]}, timeout=30)
    sdk = AsyncRevyl(emulator.api_key, base_url=emulator.base_url, http_client=transport, ci_headers=False)
    sdk.devices.settings = FAST
    with blocking_twin(sdk, http_client=transport) as blocking:
        yield blocking
