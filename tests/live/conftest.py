"""Fixtures for the live-monitoring tests: a real local server and clients tuned to be fast."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from live_server import FAST, LiveServer
from revyl_sdk import AsyncRevyl, Revyl


@pytest.fixture
def live() -> Iterator[LiveServer]:
    with LiveServer().running() as server:
        yield server


@pytest.fixture
def client(live: LiveServer) -> Iterator[Revyl]:
    with Revyl("test-key", base_url=live.url, max_retries=0, ci_headers=False) as revyl:
        revyl.monitor.settings = FAST
        yield revyl


@pytest.fixture
async def aclient(live: LiveServer) -> AsyncIterator[AsyncRevyl]:
    async with AsyncRevyl("test-key", base_url=live.url, max_retries=0, ci_headers=False) as revyl:
        revyl.monitor.settings = FAST
        yield revyl
