"""Emulator fixtures; every answer seen by `http` or `client` is checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from _cli_support import OutboundTrap, RevylCli
from _emu_support import SpecChecker, checked_client, served_routes
from revyl_sdk.testing import RevylEmulator
from revyl_sdk.testing.pytest_plugin import revyl_emulator  # noqa: F401  (the fixture users get)

if TYPE_CHECKING:
    from revyl_sdk import Revyl


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    return SpecChecker(served_routes())


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01, heartbeat_seconds=0.2) as started:
        yield started


@pytest.fixture
def http(emulator: RevylEmulator, spec_checker: SpecChecker) -> Iterator[httpx.Client]:
    """Raw HTTP to the emulator with its key, answers checked against the spec."""
    with checked_client(emulator, spec_checker, base_url=emulator.base_url,
                        headers={"Authorization": f"Bearer {emulator.api_key}"}) as client:
        yield client


@pytest.fixture
def client(emulator: RevylEmulator, spec_checker: SpecChecker) -> Iterator[Revyl]:
    """The SDK against the emulator, through a spec-checking transport."""
    from revyl_sdk import Revyl

    transport = checked_client(emulator, spec_checker)
    with Revyl(emulator.api_key, base_url=emulator.base_url, http_client=transport,
               max_retries=0, ci_headers=False) as sdk, transport:
        yield sdk


@pytest.fixture
def cli(emulator: RevylEmulator, tmp_path: Path) -> Iterator[RevylCli]:
    """Revyl's official CLI pointed at the emulator, with a fresh home; fails the test if the
    CLI reached for any other host."""
    trap = OutboundTrap()
    home = tmp_path / "home"
    home.mkdir()
    yield RevylCli(emulator, home, trap)
    trap.close()
    assert trap.requests == [], "the CLI reached for a host other than the emulator"
