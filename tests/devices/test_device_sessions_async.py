"""What only `AsyncRevyl`'s device sessions have: `async with` / `await` on the start, and the
task being cancelled where the sync client has Ctrl-C.

Every other behaviour is checked on both twins by the same tests, in test_device_sessions.py."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from device_support import RED, calls, pixel
from revyl_sdk import (
    AsyncDeviceSession,
    AsyncRevyl,
    DeviceProgress,
)
from revyl_sdk.testing import RevylEmulator, read_screen


async def test_start_act_see_validate_stop(emulator: RevylEmulator, aclient: AsyncRevyl, app_id: str) -> None:
    async with aclient.devices.start("android", app_id=app_id) as device:
        assert isinstance(device, AsyncDeviceSession) and device.screen_size == (1080, 1920)
        email = await device.tap(target="Email")
        await device.type_text("async@example.com", target="Email")
        shot = await device.screenshot()
        assert read_screen(shot)["fields"]["Email"] == "async@example.com"
        assert email.x is not None and email.y is not None and pixel(shot, email.x, email.y) == RED
        await device.tap(target="Sign in")
        assert (await device.validate("the user is signed in")).passed
        assert "async@example.com" in ((await device.extract("the greeting")).value or "")
        session_id = str(device.session_id)
    assert device.ended and emulator.device_session(session_id)["status"] == "completed"
    report = await aclient.devices.report(session_id)
    assert report.summary.total_steps == 2 and report.summary.passed_steps == 2


async def test_awaiting_start_gives_a_session_to_stop_yourself(emulator: RevylEmulator, aclient: AsyncRevyl) -> None:
    device = await aclient.devices.start("ios")
    assert [s.id for s in await aclient.devices.active()] == [device.session_id]
    await device.stop()
    await device.stop()  # the second does nothing
    assert await aclient.devices.active() == []
    assert calls(emulator, device.workflow_run_id, "POST") == 1


async def test_cancelling_the_task_in_the_block_stops_the_device(emulator: RevylEmulator,
                                                                  aclient: AsyncRevyl) -> None:
    started: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def use_device() -> None:
        async with aclient.devices.start("android") as device:
            started.set_result(str(device.session_id))
            await asyncio.Event().wait()  # until cancelled

    task = asyncio.ensure_future(use_device())
    session_id = await started
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert emulator.device_session(session_id)["status"] == "completed"


async def test_cancelling_the_task_during_a_step_cancels_the_step(emulator: RevylEmulator,
                                                                  aclient: AsyncRevyl) -> None:
    emulator.script_step(seconds=60)
    async with aclient.devices.start("android") as device:
        task = asyncio.ensure_future(device.instruct("tap through every screen"))
        deadline = time.monotonic() + 5
        while not any(a.action.startswith("step_status/") for a in emulator.device_actions(str(device.session_id))):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        actions = emulator.device_actions(str(device.session_id))
        [cancel] = [a for a in actions if a.action.startswith("step_cancel/")]
        step_id = cancel.action.split("/", 1)[1]
        # Watched until the worker said it stopped.
        assert any(a.action == f"step_status/{step_id}" and a.at > cancel.at for a in actions)
        await device.tap(1, 1)  # the session goes on
    assert emulator.device_session(str(device.session_id))["status"] == "completed"


async def test_cancelling_a_start_stops_the_device(emulator: RevylEmulator, aclient: AsyncRevyl) -> None:
    emulator.configure_devices(never_ready=True)
    # Cancelled once the device exists (its worker awaited), as the sync twin's Ctrl-C is.
    waiting = asyncio.Event()

    def on_progress(progress: DeviceProgress) -> None:
        if progress.phase == "waiting_for_worker":
            waiting.set()

    task = asyncio.ensure_future(_start(aclient, on_progress))
    await waiting.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [session] = [s async for s in aclient.devices.history()]
    assert session.status == "completed"


async def _start(aclient: AsyncRevyl, on_progress: Callable[[DeviceProgress], None]) -> AsyncDeviceSession:
    return await aclient.devices.start("android", on_progress=on_progress)
