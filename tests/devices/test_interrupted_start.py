"""Ctrl-C (sync) or a cancelled task (async) while the device start awaits its answer: the
emulator holds the answer after making the session, so the interruption lands in flight,
and the device the server started ends up stopped all the same."""

from __future__ import annotations

import asyncio
import signal
import threading
import time

import pytest
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk.testing import RevylEmulator

DEVICE_START = "/api/v1/execution/start_device"
HELD = 5.0  # the start's answer is held this long; the interruption comes as soon as the session exists


def _wait_for_a_session(emulator: RevylEmulator) -> str:
    """The id of the session the held start made, once the emulator lists it."""
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as observer:
        deadline = time.monotonic() + HELD
        while not (sessions := observer.devices.active()):
            assert time.monotonic() < deadline, "the start never made a session"
            time.sleep(0.01)
        return str(sessions[0].id)


def test_ctrl_c_while_the_start_awaits_its_answer_stops_the_device(emulator: RevylEmulator, client: Revyl) -> None:
    emulator.slow_down(DEVICE_START, HELD, after_handling=True)
    made: list[str] = []

    def ctrl_c_once_the_session_exists() -> None:
        made.append(_wait_for_a_session(emulator))
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)  # as a real Ctrl-C

    threading.Thread(target=ctrl_c_once_the_session_exists, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        client.devices.start("android")
    [session_id] = made
    assert emulator.device_session(session_id)["status"] == "completed"
    assert client.devices.active() == []


async def test_cancelling_the_task_while_the_start_awaits_its_answer_stops_the_device(
        emulator: RevylEmulator, aclient: AsyncRevyl) -> None:
    emulator.slow_down(DEVICE_START, HELD, after_handling=True)
    task = asyncio.ensure_future(aclient.devices.start("android"))
    session_id = await asyncio.to_thread(_wait_for_a_session, emulator)
    assert not task.done()  # still awaiting the held answer
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert emulator.device_session(session_id)["status"] == "completed"
    assert await aclient.devices.active() == []
