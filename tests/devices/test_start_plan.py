"""The device start's rules (`_devices/start.py`), fed outcomes by hand: no server, no threads.

Each test plays Revyl's part through the scripted runner and checks what the plan asks for
next: the build it resolves, the one start it sends, how it polls the worker and the
device, what ends the wait, and that every way of stopping after the device exists stops it.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from _scripted import Clock, Script
from revyl_sdk import APIConnectionError, RevylError
from revyl_sdk._core.exceptions import make_status_error
from revyl_sdk._core.reconcile import Found, StartLedger
from revyl_sdk._devices import start as start_module
from revyl_sdk._devices.errors import DeviceStartError
from revyl_sdk._devices.settings import DeviceSettings
from revyl_sdk._devices.start import StartRequest, start

REQUEST = httpx.Request("GET", "https://api.test/api/v1/execution/streaming/worker-connection/W1")
BUILD_ID = "5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11"
APP_ID = "0b8f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
SETTINGS = DeviceSettings(poll_interval=2.0)


def status_error(code: int) -> Exception:
    return make_status_error(httpx.Response(code, json={"detail": "boom"}, request=REQUEST))


def started(workflow_run_id: str | None = "W1", session_id: str | None = "S1", **extra: Any) -> SimpleNamespace:
    fields = {"trace_id": None, "error": None, "message": None} | extra
    return SimpleNamespace(workflow_run_id=workflow_run_id, session_id=session_id, **fields)


def connection(status: str = "running", worker: str | None = None, message: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(status=status, worker_ws_url=worker, message=message, whep_url=None,
                           device_width=None, device_height=None)


def health(connected: bool) -> SimpleNamespace:
    return SimpleNamespace(device_connected=connected, screen_width=1080, screen_height=2400)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    clock.install(monkeypatch, start_module)
    return clock


def begin(clock: Clock, **arguments: Any) -> Script:
    request = StartRequest(platform=arguments.pop("platform", "android"), **arguments)
    return Script(start(request, SETTINGS, StartLedger()), clock)


def through_start(script: Script, answer: SimpleNamespace | None = None) -> None:
    script.expect_send("/execution/start_device")
    script.answer(answer or started())


def to_ready(script: Script) -> None:
    script.expect_send("/worker-connection/W1")
    script.answer(connection(worker="wss://worker"))
    script.expect_send("/device-proxy/W1/health")
    script.answer(health(True))


def test_the_start_is_sent_once_with_a_session_id_chosen_here(clock: Clock) -> None:
    script = begin(clock)
    body = script.expect_send("/execution/start_device").call.request["json"]
    assert body["platform"] == "android" and body["session_id"]
    script.answer(started())
    to_ready(script)
    assert script.done and script.result.session_id == "S1" and script.result.workflow_run_id == "W1"
    assert script.result.screen == (1080, 2400)  # the health answer's size wins


def test_an_app_id_is_resolved_to_its_latest_builds_download_url(clock: Clock) -> None:
    script = begin(clock, app_id=APP_ID)
    script.expect_send(f"/apps/{APP_ID}/builds")
    script.answer(SimpleNamespace(items=[SimpleNamespace(id=BUILD_ID)]))
    script.expect_send(f"/apps/builds/{BUILD_ID}")
    script.answer(SimpleNamespace(app_id=APP_ID, id=BUILD_ID, download_url="https://files/app.apk",
                                  package_name="com.shop"))
    body = script.expect_send("/execution/start_device").call.request["json"]
    assert (body["app_id"], body["build_id"], body["app_url"], body["app_package"]) == (
        APP_ID, BUILD_ID, "https://files/app.apk", "com.shop")


def test_an_app_without_builds_or_a_build_without_a_download_url_is_an_error(clock: Clock) -> None:
    script = begin(clock, app_id=APP_ID)
    script.expect_send("/builds")
    with pytest.raises(RevylError, match="has no builds to install"):
        script.answer(SimpleNamespace(items=[]))
    script = begin(clock, build_id=BUILD_ID)
    script.expect_send(f"/apps/builds/{BUILD_ID}")
    with pytest.raises(RevylError, match="has no download URL"):
        script.answer(SimpleNamespace(app_id=APP_ID, id=BUILD_ID, download_url=None, package_name=None))


def test_a_start_without_a_workflow_run_id_is_an_error_and_nothing_is_stopped(clock: Clock) -> None:
    script = begin(clock)
    script.expect_send("/execution/start_device")
    with pytest.raises(DeviceStartError, match="could not be started: no capacity"):
        script.answer(started(workflow_run_id=None, error="no capacity"))


def test_the_worker_and_the_device_are_polled_at_the_poll_interval(clock: Clock) -> None:
    script = begin(clock)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.answer(connection())  # no worker URL yet
    assert script.expect_sleep() == SETTINGS.poll_interval
    script.answer()
    script.expect_send("/worker-connection/W1")
    script.fail(status_error(503))  # a failed poll is polled through
    script.answer()  # its sleep
    script.expect_send("/worker-connection/W1")
    script.fail(APIConnectionError("Connection error", request=REQUEST))
    script.answer()
    script.expect_send("/worker-connection/W1")
    script.answer(connection(worker="wss://worker"))
    script.expect_send("/device-proxy/W1/health")
    script.answer(health(False))
    assert script.expect_sleep() == SETTINGS.poll_interval
    script.answer()
    script.expect_send("/device-proxy/W1/health")
    script.answer(health(True))
    assert script.done and script.slept == [2.0] * 4


@pytest.mark.parametrize("ended", ["cancelled", "stopped", "failed"])
def test_an_ended_worker_ends_the_wait_at_once_and_the_device_is_stopped(clock: Clock, ended: str) -> None:
    script = begin(clock)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.answer(connection(status=ended, message="no device"))
    script.expect_send("/device/status/cancel/W1")  # stopped before the error goes on
    with pytest.raises(DeviceStartError, match=f"The device {ended} before it was ready: no device"):
        script.answer(SimpleNamespace())


@pytest.mark.parametrize("code", [401, 402, 403])
def test_a_poll_refused_for_good_raises_and_stops_the_device(clock: Clock, code: int) -> None:
    script = begin(clock)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.fail(status_error(code))
    script.expect_send("/device/status/cancel/W1")
    with pytest.raises(RevylError) as raised:
        script.answer(SimpleNamespace())
    assert getattr(raised.value, "status_code", None) == code


def test_the_timeout_stops_the_device_and_says_what_it_waited_for(clock: Clock) -> None:
    script = begin(clock, timeout=5.0)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.answer(connection(worker="wss://worker"))
    script.expect_send("/health")
    script.answer(health(False))
    script.answer()  # sleeps 2 of 5
    script.answer(health(False))
    assert script.expect_sleep() == 2.0
    script.answer()  # 4 of 5
    script.answer(health(False))
    assert script.expect_sleep() == pytest.approx(1.0)  # never past the deadline
    script.answer()
    script.answer(health(False))
    script.expect_send("/device/status/cancel/W1")
    with pytest.raises(DeviceStartError, match="the device never reported connected after 5s") as raised:
        script.answer(SimpleNamespace())
    assert raised.value.timed_out and raised.value.workflow_run_id == "W1"


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, asyncio.CancelledError])
def test_an_interruption_while_waiting_stops_the_device_then_goes_on(clock: Clock,
                                                                     interruption: type[BaseException]) -> None:
    script = begin(clock)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.answer(connection())
    script.expect_sleep()
    script.fail(interruption())
    script.expect_send("/device/status/cancel/W1")
    with pytest.raises(interruption):
        script.answer(SimpleNamespace())


def test_a_failed_stop_after_a_failed_start_leaves_the_starts_error(clock: Clock) -> None:
    script = begin(clock)
    through_start(script)
    script.expect_send("/worker-connection/W1")
    script.answer(connection(status="failed", message="crashed"))
    script.expect_send("/device/status/cancel/W1")
    with pytest.raises(DeviceStartError, match="crashed"):
        script.fail(status_error(500))


def test_a_missing_session_id_is_found_in_the_active_list(clock: Clock) -> None:
    script = begin(clock)
    through_start(script, started(session_id=None))
    to_ready(script)
    script.expect_send("/device-sessions/active")
    script.answer(SimpleNamespace(sessions=[SimpleNamespace(workflow_run_id="W0", id="S0"),
                                            SimpleNamespace(workflow_run_id="W1", id="S9")]))
    assert script.done and script.result.session_id == "S9"


def test_a_lost_start_answer_adopts_the_session_with_the_id_it_sent_and_sends_no_second_start(
        clock: Clock) -> None:
    script = begin(clock)
    session_id = script.expect_send("/execution/start_device").call.request["json"]["session_id"]
    script.fail(APIConnectionError("Connection error", request=REQUEST))
    script.expect_send("/device-sessions/active")  # looks before anything is re-sent
    made = started(session_id=session_id)
    script.answer([Found("another", datetime.now(UTC), started("W0", "another")),
                   Found(session_id, datetime.now(UTC), made)])
    to_ready(script)  # the adopted device is waited for; no second start in between
    assert script.done and script.result.session_id == session_id


def active(*sessions: tuple[str, str | None]) -> SimpleNamespace:
    return SimpleNamespace(sessions=[SimpleNamespace(id=id_, workflow_run_id=wf) for id_, wf in sessions])


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, asyncio.CancelledError])
def test_an_interruption_of_the_unanswered_start_stops_the_session_it_made(
        clock: Clock, interruption: type[BaseException]) -> None:
    script = begin(clock)
    session_id = script.expect_send("/execution/start_device").call.request["json"]["session_id"]
    script.fail(interruption())
    lookup = script.expect_send("/device-sessions/active")
    assert lookup.call.retries == 0 and lookup.call.timeout == start_module.INTERRUPTED_LOOKUP_TIMEOUT
    script.answer(active(("another", "W0"), (session_id, "W7")))
    script.expect_send("/device/status/cancel/W7", method="POST")  # its own session, not another's
    with pytest.raises(interruption):
        script.answer(SimpleNamespace())


def test_an_interrupted_start_whose_session_is_not_listed_stops_nothing_and_says_so(clock: Clock) -> None:
    script = begin(clock)
    session_id = script.expect_send("/execution/start_device").call.request["json"]["session_id"]
    script.fail(KeyboardInterrupt())
    script.expect_send("/device-sessions/active")
    with pytest.raises(KeyboardInterrupt) as raised:
        script.answer(active(("another", "W0")))  # no stop is sent: another's session is left alone
    assert any(f"device session {session_id} is not among the active sessions" in line
               for line in raised.value.__notes__)


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, asyncio.CancelledError])
def test_a_failed_lookup_after_an_interrupted_start_lets_the_interruption_go_on_naming_the_session(
        clock: Clock, interruption: type[BaseException], caplog: pytest.LogCaptureFixture) -> None:
    script = begin(clock)
    session_id = script.expect_send("/execution/start_device").call.request["json"]["session_id"]
    script.fail(interruption())
    script.expect_send("/device-sessions/active")
    with pytest.raises(interruption) as raised:
        script.fail(APIConnectionError("Connection error", request=REQUEST))
    note = f"device session {session_id} may still be running"
    assert any(note in line for line in getattr(raised.value, "__notes__", []))
    assert any(note in record.getMessage() and record.levelname == "WARNING" for record in caplog.records)


def test_a_failed_stop_after_an_interrupted_start_names_the_session_left_running(clock: Clock) -> None:
    script = begin(clock)
    session_id = script.expect_send("/execution/start_device").call.request["json"]["session_id"]
    script.fail(KeyboardInterrupt())
    script.expect_send("/device-sessions/active")
    script.answer(active((session_id, "W7")))
    script.expect_send("/device/status/cancel/W7")
    with pytest.raises(KeyboardInterrupt) as raised:
        script.fail(status_error(500))
    assert any(f"device session {session_id} may still be running" in line and "devices.stop('W7')" in line
               for line in raised.value.__notes__)


def test_an_interrupted_start_leaves_no_ticket_open_in_the_ledger(clock: Clock) -> None:
    ledger = StartLedger()
    script = Script(start(StartRequest(platform="android"), SETTINGS, ledger), clock)
    script.expect_send("/execution/start_device")
    script.fail(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        script.answer(active())
    assert ledger._open == []


def test_an_interrupted_start_without_a_session_id_sends_nothing_more_and_says_so(
        clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_module, "_has_field", lambda model, name: False)  # a spec before session_id
    script = begin(clock)
    assert "session_id" not in script.expect_send("/execution/start_device").call.request["json"]
    with pytest.raises(KeyboardInterrupt) as raised:
        script.fail(KeyboardInterrupt())  # no lookup: nothing tells this start's session from others
    assert any("cannot be told apart" in line for line in raised.value.__notes__)
