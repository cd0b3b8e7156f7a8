"""Device sessions end to end against the emulator; every answer spec-checked.

Each test taking `any_client` runs on `Revyl` and on `AsyncRevyl` (through `Blocking`), so
the twins are held to the same behaviour. Ctrl-C is sync only: its async counterpart, the
task being cancelled, is in test_device_sessions_async.py."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from blocking import Blocking, unwrapped
from device_support import RED, calls, dark_pixels, pixel, size
from revyl_sdk import (
    AsyncDeviceSession,
    ConflictError,
    DeviceActionError,
    DeviceProgress,
    DeviceSession,
    DeviceSessionEnded,
    DeviceStartError,
    InternalServerError,
    PaymentRequiredError,
    Revyl,
    RevylError,
    StepFailedError,
)
from revyl_sdk._core.runtime import Stop
from revyl_sdk.testing import RevylEmulator, read_screen


def test_start_act_see_validate_stop(emulator: RevylEmulator, any_client: Revyl, app_id: str, tmp_path: Path) -> None:
    phases: list[DeviceProgress] = []
    with any_client.devices.start("Android", app_id=app_id, idle_timeout=120, on_progress=phases.append) as device:
        twin = AsyncDeviceSession if isinstance(any_client, Blocking) else DeviceSession
        assert type(unwrapped(device)) is twin and device.screen_size == (1080, 1920)
        assert [p.phase for p in phases] == ["resolving_app", "starting", "waiting_for_worker",
                                             "waiting_for_device", "ready"]
        before = device.screenshot()
        email = device.tap(target="Email")
        assert (email.success, email.action) == (True, "tap")
        device.type_text("qa@example.com", x=email.x, y=email.y)
        shot = device.screenshot(tmp_path / "typed.png")
        assert (tmp_path / "typed.png").read_bytes() == shot
        screen = read_screen(shot)
        assert screen["fields"]["Email"] == "qa@example.com" and "qa@example.com" in screen["texts"]
        # Visibly so: the tap is ringed in red, and the field now holds drawn text.
        assert email.x is not None and email.y is not None
        assert pixel(shot, email.x, email.y) == RED
        field = (100, 560, 400, 650)
        assert dark_pixels(shot, field) > 200 > dark_pixels(before, field)

        device.tap(target="Sign in")
        assert read_screen(device.screenshot())["texts"][1] == "Welcome, qa@example.com!"
        check = device.validate("The welcome screen greets qa@example.com")
        assert check.passed and check.status == "completed" and check.raise_for_status() is check
        found = device.extract("the greeting", variable="greeting")
        assert found.variable == "greeting" and "Welcome, qa@example.com!" in (found.value or "")
        assert "<hierarchy" in device.hierarchy()
        session_id = device.session_id
    assert session_id is not None and device.ended
    assert emulator.device_session(session_id)["status"] == "completed"
    sent = [(a.action, a.body) for a in emulator.device_actions(session_id) if a.method == "POST"]
    assert ("input", {"x": 540, "y": 605, "text": "qa@example.com", "clear_first": True}) in sent
    step_bodies = [body for action, body in sent if action == "execute_step"]
    assert step_bodies and all(b["workflow_run_id"] == device.workflow_run_id and b["session_id"] == session_id
                               for b in step_bodies if b)
    with pytest.raises(DeviceSessionEnded, match="stopped by this client"):
        device.tap(1, 1)


def test_leaving_the_block_by_an_exception_stops_the_device(emulator: RevylEmulator, any_client: Revyl) -> None:
    with pytest.raises(ZeroDivisionError), any_client.devices.start("ios") as device:
        device.tap(10, 10)
        _ = 1 / 0
    assert emulator.device_session(str(device.session_id))["status"] == "completed"
    assert calls(emulator, device.workflow_run_id, "POST") == 1  # the stop, once


def test_ctrl_c_in_the_block_stops_the_device(emulator: RevylEmulator, any_client: Revyl) -> None:
    with pytest.raises(KeyboardInterrupt), any_client.devices.start("android") as device:
        raise KeyboardInterrupt
    assert emulator.device_session(str(device.session_id))["status"] == "completed"


def test_ctrl_c_while_starting_stops_the_new_device(emulator: RevylEmulator, client: Revyl) -> None:
    def interrupt(progress: DeviceProgress) -> None:
        if progress.phase == "waiting_for_device":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.devices.start("android", on_progress=interrupt)
    [session] = list(client.devices.history())
    assert session.status == "completed"
    assert client.devices.active() == []


def test_a_device_that_never_gets_ready_times_out_and_is_stopped(emulator: RevylEmulator, any_client: Revyl) -> None:
    emulator.configure_devices(never_ready=True)
    with pytest.raises(DeviceStartError, match=r"no device worker connected after 0\.3s") as raised:
        any_client.devices.start("android", timeout=0.3)
    assert raised.value.timed_out and raised.value.workflow_run_id
    assert calls(emulator, raised.value.workflow_run_id, "POST") == 1  # the stop


def test_402_says_device_time_is_used_up(emulator: RevylEmulator, any_client: Revyl) -> None:
    emulator.fail("/api/v1/execution/start_device", status=402,
                  body={"detail": "Free device minutes exhausted. Add a payment method."})
    with pytest.raises(PaymentRequiredError, match="device time is used up") as raised:
        any_client.devices.start("android")
    assert raised.value.status_code == 402
    assert list(any_client.devices.history()) == []


def test_idle_timeout_ends_the_session(emulator: RevylEmulator, any_client: Revyl) -> None:
    device = any_client.devices.start("android", idle_timeout=1)
    device.tap(100, 100)
    time.sleep(1.1)
    with pytest.raises(DeviceSessionEnded, match="idle timeout") as raised:
        device.tap(100, 100)
    assert (raised.value.status, raised.value.reason) == ("stopped", "idle timeout")
    with pytest.raises(DeviceSessionEnded):
        device.screenshot()  # known ended: nothing more is sent
    assert calls(emulator, "screenshot") == 0
    device.stop()  # a no-op once ended
    assert emulator.device_session(str(device.session_id))["status"] == "timeout"


def test_a_lost_device_ends_the_session(emulator: RevylEmulator, any_client: Revyl) -> None:
    with any_client.devices.start("android") as device:
        emulator.lose_device(str(device.session_id))
        with pytest.raises(DeviceSessionEnded, match="device lost") as raised:
            device.screenshot()
        assert raised.value.status == "failed"


def test_5xx_on_tap_is_not_resent_but_a_screenshot_is_retried(
        emulator: RevylEmulator, any_client: Revyl, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("revyl_sdk._core.retry.INITIAL_DELAY", 0.01)
    with any_client.devices.start("android") as device:
        wf = device.workflow_run_id
        emulator.fail(f"/api/v1/execution/device-proxy/{wf}/tap", status=503, times=1)
        with pytest.raises(InternalServerError):
            device.tap(5, 5)
        assert calls(emulator, "tap") == 1
        emulator.fail(f"/api/v1/execution/device-proxy/{wf}/screenshot", status=503, times=2)
        assert device.screenshot().startswith(b"\x89PNG")
        assert calls(emulator, "screenshot") == 3
        device.tap(5, 5)  # the session is fine: the 503 was the worker's, not the end


def test_worker_failures_name_the_action(any_client: Revyl) -> None:
    with any_client.devices.start("ios") as device:
        with pytest.raises(DeviceActionError, match="'back' failed: back is not available on iOS") as raised:
            device.back()
        assert raised.value.action == "back" and raised.value.status_code == 200
        with pytest.raises(DeviceActionError, match=r"'launch' failed: app com\.nope is not installed"):
            device.launch_app("com.nope")
        with pytest.raises(DeviceActionError, match="could not locate 'Checkout button'"):
            device.tap(target="Checkout button")


def test_a_second_ai_step_while_one_runs_is_409(emulator: RevylEmulator, any_client: Revyl) -> None:
    with any_client.devices.start("android") as device:
        wf = device.workflow_run_id
        emulator.fail(f"/api/v1/execution/device-proxy/{wf}/execute_step", status=409,
                      body={"detail": "A step is already running on this session"})
        with pytest.raises(ConflictError, match="already running"):
            device.instruct("open the settings")
        assert calls(emulator, "execute_step") == 1


def test_a_failed_step_is_a_result_that_can_raise(emulator: RevylEmulator, any_client: Revyl) -> None:
    emulator.script_step("*cart*", outcome="failed", reason="The cart is empty")
    with any_client.devices.start("android") as device:
        result = device.validate("the cart shows 2 items")
        assert not result.passed and result.reason == "The cart is empty"
        with pytest.raises(StepFailedError, match="validation step failed: The cart is empty"):
            result.raise_for_status()


def test_ctrl_c_during_a_step_cancels_it(emulator: RevylEmulator, client: Revyl,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    emulator.script_step("*forever*", seconds=60)
    with client.devices.start("android") as device:
        real_sleep = Stop.wait  # the runtime's sleep
        interrupted = []

        def ctrl_c_once(stop: Stop, seconds: float) -> bool:
            if not interrupted:
                interrupted.append(seconds)
                raise KeyboardInterrupt
            return real_sleep(stop, seconds)

        monkeypatch.setattr(Stop, "wait", ctrl_c_once)
        with pytest.raises(KeyboardInterrupt):
            device.instruct("wait here forever")
        cancels = [a for a in emulator.device_actions(str(device.session_id)) if a.action.startswith("step_cancel/")]
        assert len(cancels) == 1
        step_id = cancels[0].action.split("/", 1)[1]
        statuses = [a for a in emulator.device_actions(str(device.session_id))
                    if a.action == f"step_status/{step_id}"]
        assert statuses, "the cancelled step was watched until it stopped"


def test_bad_input_is_one_clear_error_and_sends_nothing(emulator: RevylEmulator, any_client: Revyl) -> None:
    with pytest.raises(RevylError, match="platform must be 'ios' or 'android'"):
        any_client.devices.start("windows")
    with pytest.raises(RevylError, match="at most one of app_id, build_id, app_url"):
        any_client.devices.start("android", app_url="https://x/app.apk",
                                 build_id="5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11")
    with pytest.raises(RevylError, match="device_model and os_version go together"):
        any_client.devices.start("android", device_model="Pixel 7")
    assert emulator.requests == []
    with any_client.devices.start("android") as device:
        sent = len(emulator.requests)
        for bad, message in [(lambda: device.tap(5), "needs both x and y"),
                             (lambda: device.tap(5, 5, target="OK"), "not both"),
                             (lambda: device.tap(2000, 5), r"x=2000 is outside the device's screen \(1080x1920\)"),
                             (lambda: device.swipe("sideways"), "must be one of up, down, left, right"),
                             (lambda: device.press_key("TAB"), "knows ENTER and BACKSPACE"),
                             (lambda: device.set_location(91, 0), "latitude must be a number within ±90"),
                             (lambda: device.install(), "exactly one of build_id or url"),
                             (lambda: device.instruct("  "), "needs a description")]:
            with pytest.raises(RevylError, match=message):
                bad()
        assert len(emulator.requests) == sent


def test_every_other_action_reaches_the_device(emulator: RevylEmulator, any_client: Revyl, app_id: str) -> None:
    with any_client.devices.start("android") as device:
        device.install(url="https://example.com/app.apk")
        assert read_screen(device.screenshot())["screen"] == "login"
        device.double_tap(target="Email")
        device.type_text("me@example.com", target="Email")
        device.press_key("return")
        assert read_screen(device.screenshot())["screen"] == "welcome"
        device.long_press(10, 10, duration_ms=800)
        device.swipe("up")
        device.drag(10, 10, 500, 500)
        device.pinch(scale=0.5)
        device.back()
        device.home()
        device.shake()
        device.launch_app()
        device.kill_app()
        device.open_url("https://revyl.ai/docs")
        device.set_location(48.8566, 2.3522)
        device.set_airplane_mode(True)
        screen = read_screen(device.screenshot())
        assert screen["url"] == "https://revyl.ai/docs" and screen["airplane_mode"] is True
        assert screen["location"] == [48.8566, 2.3522]
        assert device.health().device_connected
        posted = [a.action for a in emulator.device_actions(str(device.session_id)) if a.method == "POST"]
        assert {"install", "double_tap", "key", "longpress", "swipe", "drag", "pinch", "back", "go_home",
                "shake", "launch", "kill_app", "open_url", "set_location", "set_airplane_mode"} <= set(posted)


def test_ios_coordinates_are_points_and_screenshots_are_3x(emulator: RevylEmulator, any_client: Revyl) -> None:
    with any_client.devices.start("ios", app_url="https://example.com/Demo.zip") as device:
        assert device.screen_size == (393, 852)
        tapped = device.tap(target="Sign in")
        shot = device.screenshot()
        assert size(shot) == (1179, 2556)
        assert tapped.x is not None and tapped.y is not None
        assert pixel(shot, tapped.x * 3, tapped.y * 3) == RED
        assert device.hierarchy().startswith('{"type": "Application"')


def test_attach_active_history_report(emulator: RevylEmulator, any_client: Revyl, tmp_path: Path) -> None:
    device = any_client.devices.start("android", device_model="Pixel 7", os_version="Android 14")
    [active] = any_client.devices.active()
    assert active.id == device.session_id and active.workflow_run_id == device.workflow_run_id
    other = any_client.devices.attach(str(device.session_id))
    with other:
        other.tap(3, 3)
    assert not device.ended and any_client.devices.get(str(device.session_id)).status == "running"
    device.validate("anything")
    report = device.report()
    assert (report.session_id, report.summary.total_steps, report.summary.passed_steps) == (device.session_id, 1, 1)
    saved = device.download_artifacts(tmp_path / "artifacts")
    assert sorted(str(path.relative_to(tmp_path / "artifacts")) for path in saved) == [
        "device-logs.txt", "hardware-metrics.json.gz", "network-requests.json.gz",
        "screenshots/step-01-action-0-after.png", "screenshots/step-01-action-0-before.png"]
    gzipped = [path for path in saved if path.name.endswith(".gz")]
    assert len(gzipped) == 2 and all(path.read_bytes().startswith(b"\x1f\x8b") for path in gzipped)
    any_client.devices.stop(device.workflow_run_id)
    with pytest.raises(DeviceSessionEnded, match="already ended"):
        any_client.devices.attach(str(device.session_id))
    [past] = list(any_client.devices.history(platform="android", search="pixel"))
    assert past.id == device.session_id and past.status == "completed"
    assert any_client.devices.report(str(device.session_id)).status == "completed"
