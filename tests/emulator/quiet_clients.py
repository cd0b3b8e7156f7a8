"""Clients leaving while their event streams are busy, then the emulator stopping under one.

Run by test_bounded_input.py in its own process, whose whole output must be empty: 50
concurrent `AsyncRevyl` clients each start a long run and stop waiting early, so they
leave their `async with` blocks while the emulator is still streaming them events; then
the emulator stops while a sync client is still waiting on its stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading

from revyl_sdk import AsyncRevyl, Revyl, WaitTimeout
from revyl_sdk.testing import RevylEmulator

CLIENTS = 50


async def leave_early(emulator: RevylEmulator, test_id: str) -> None:
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url) as client:
        run = await client.tests.run(test_id)
        with contextlib.suppress(WaitTimeout):
            await run.wait(timeout=0.5)


async def many_clients(emulator: RevylEmulator, test_ids: list[str]) -> None:
    await asyncio.gather(*(leave_early(emulator, test_id) for test_id in test_ids))
    await asyncio.sleep(0.5)  # the runs go on publishing to the streams just closed


def main() -> None:
    with RevylEmulator(step_seconds=0.01) as emulator:
        steps = [f"Step {n}" for n in range(50)]
        test_ids = [emulator.add_test(f"Test {n}", steps=steps) for n in range(CLIENTS)]
        asyncio.run(many_clients(emulator, test_ids))
    with RevylEmulator(step_seconds=0.05) as emulator, Revyl(
            emulator.api_key, base_url=emulator.base_url, max_retries=0) as client:
        run = client.tests.run(emulator.add_test("Long", steps=[f"Step {n}" for n in range(100)]))
        threading.Timer(0.3, emulator.stop).start()
        with contextlib.suppress(WaitTimeout):
            run.wait(timeout=1.0)


if __name__ == "__main__":
    main()
