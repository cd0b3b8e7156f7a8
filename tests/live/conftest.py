"""Fixtures for the live-monitoring tests: a real local server and clients tuned to be fast."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from live_scene import API_KEY, FAST, LiveScene, live_scene
from revyl_sdk import AsyncRevyl, Revyl


@pytest.fixture
def live() -> Iterator[LiveScene]:
    with live_scene() as server:
        yield server


@pytest.fixture
def client(live: LiveScene) -> Iterator[Revyl]:
    with Revyl(API_KEY, base_url=live.url, max_retries=0, ci_headers=False) as revyl:
        revyl.monitor.settings = FAST
        yield revyl


@pytest.fixture
async def aclient(live: LiveScene) -> AsyncIterator[AsyncRevyl]:
    async with AsyncRevyl(API_KEY, base_url=live.url, max_retries=0, ci_headers=False) as revyl:
        revyl.monitor.settings = FAST
        yield revyl
