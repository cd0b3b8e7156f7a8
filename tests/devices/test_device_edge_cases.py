"""Edge cases the emulator does not produce, with respx: retry rules, fallbacks, odd answers.

Each test runs on `Revyl` and on `AsyncRevyl` (behind `Blocking`): the rules are the twins'."""

from __future__ import annotations

import base64
import io
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest
import respx
from blocking import blocking_twin
from PIL import Image
from revyl_sdk import (
    AsyncRevyl,
    DeviceActionError,
    DeviceSession,
    DeviceSettings,
    DeviceStartError,
    Revyl,
    RevylError,
)

BASE = "https://api.test"
WF = "0f5a8f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b"
SID = "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f"
PROXY = f"{BASE}/api/v1/execution/device-proxy/{WF}"
CONNECTION = f"{BASE}/api/v1/execution/streaming/worker-connection/{WF}"
READY = {"status": "ready", "workflow_run_id": WF, "worker_ws_url": "wss://w/ws", "device_width": 393,
         "device_height": 852}
HEALTH = {"status": "ok", "device_connected": True, "screen_width": 393, "screen_height": 852}


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Revyl]:
    monkeypatch.setattr("revyl_sdk._core.retry.INITIAL_DELAY", 0.001)
    settings = DeviceSettings(poll_interval=0.001, step_poll_interval=0.001)
    if request.param == "sync":
        with Revyl("key", base_url=BASE, ci_headers=False) as revyl:
            revyl.devices.settings = settings
            yield revyl
        return
    sdk = AsyncRevyl("key", base_url=BASE, ci_headers=False)
    sdk.devices.settings = settings
    with blocking_twin(sdk) as blocking:
        yield blocking


def started(mock: respx.MockRouter, client: Revyl, *, session_id: str | None = SID) -> DeviceSession:
    mock.post("/api/v1/execution/start_device").respond(
        json={"status": "queued", "platform": "ios", "workflow_run_id": WF, "session_id": session_id})
    mock.get(CONNECTION).respond(json=READY)
    mock.get(f"{PROXY}/health").respond(json=HEALTH)
    return client.devices.start("ios")


def test_a_start_lost_to_a_5xx_is_resent_only_once_the_active_list_shows_none(
        mock: respx.MockRouter, client: Revyl) -> None:
    route = mock.post("/api/v1/execution/start_device").mock(side_effect=[
        httpx.Response(503, json={"detail": "busy"}),
        httpx.Response(200, json={"status": "queued", "platform": "android", "workflow_run_id": WF,
                                  "session_id": SID}),
    ])
    active = mock.get("/api/v1/execution/device-sessions/active").respond(
        json={"org_id": "org", "sessions": [], "concurrency_limit": 3})
    mock.get(CONNECTION).respond(json=READY)
    mock.get(f"{PROXY}/health").respond(json=HEALTH)
    device = client.devices.start("android")
    assert device.workflow_run_id == WF and route.call_count == 2 and active.call_count >= 1
    # The same client-chosen session id both times: a late first start cannot make a second device.
    sent = [json.loads(attempt.request.content)["session_id"] for attempt in route.calls]
    assert sent[0] == sent[1] and uuid.UUID(sent[0])


def test_a_worker_that_fails_while_starting_stops_the_device(mock: respx.MockRouter, client: Revyl) -> None:
    mock.post("/api/v1/execution/start_device").respond(json={"status": "queued", "platform": "android",
                                                               "workflow_run_id": WF})
    mock.get(CONNECTION).mock(side_effect=[
        httpx.Response(500, json={"detail": "hiccup"}),  # polled through, as the CLI does
        httpx.Response(200, json={"status": "not_ready", "workflow_run_id": WF}),
        httpx.Response(200, json={"status": "failed", "workflow_run_id": WF, "message": "No device available"}),
    ])
    stop = mock.post(f"/api/v1/execution/device/status/cancel/{WF}").respond(json={"success": True})
    with pytest.raises(DeviceStartError, match="failed before it was ready: No device available") as raised:
        client.devices.start("android")
    assert not raised.value.timed_out and stop.call_count == 1


def test_no_workflow_run_id_is_a_start_error(mock: respx.MockRouter, client: Revyl) -> None:
    mock.post("/api/v1/execution/start_device").respond(
        json={"status": "failed", "platform": "android", "error": "No devices in this region"})
    with pytest.raises(DeviceStartError, match="No devices in this region"):
        client.devices.start("android")


def _without_session_id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the client's `StartDeviceResponse` lack `session_id`, as those of specs before 2026-07-08 do."""
    from revyl_api.models import StartDeviceResponse

    parse = StartDeviceResponse.from_dict.__func__

    def from_dict(cls: type[StartDeviceResponse], src: dict[str, object]) -> StartDeviceResponse:
        response = parse(cls, src)
        del response.session_id
        return response

    monkeypatch.setattr(StartDeviceResponse, "from_dict", classmethod(from_dict))


@pytest.mark.parametrize("older_client", [False, True], ids=["answer-omits-it", "client-lacks-the-field"])
def test_the_session_id_comes_from_the_active_list_when_start_omits_it(
    mock: respx.MockRouter, client: Revyl, monkeypatch: pytest.MonkeyPatch, older_client: bool
) -> None:
    if older_client:
        _without_session_id(monkeypatch)
    mock.get("/api/v1/execution/device-sessions/active").respond(json={"org_id": "o", "sessions": [
        {"id": "other", "org_id": "o", "source": "cli", "platform": "ios", "status": "running",
         "workflow_run_id": "another-run"},
        {"id": SID, "org_id": "o", "source": "api", "platform": "ios", "status": "running",
         "workflow_run_id": WF}]})
    device = started(mock, client, session_id=SID if older_client else None)
    assert device.session_id == SID and device.screen_size == (393, 852)


def test_an_action_that_failed_with_5xx_is_not_resent(mock: respx.MockRouter, client: Revyl) -> None:
    device = started(mock, client)
    tap = mock.post(f"{PROXY}/tap").respond(500, json={"success": False, "action": "tap", "error": "driver crashed"})
    with pytest.raises(DeviceActionError, match="'tap' failed: driver crashed") as raised:
        device.tap(10, 10)
    assert raised.value.status_code == 500 and tap.call_count == 1
    reset = mock.post(f"{PROXY}/swipe").mock(side_effect=httpx.RemoteProtocolError("reset"))
    with pytest.raises(RevylError, match="Connection error"):
        device.swipe("down")
    assert reset.call_count == 1  # the request left: it may have reached the device
    refused = mock.post(f"{PROXY}/shake").mock(side_effect=[httpx.ConnectError("refused"),
                                                             httpx.Response(200, json={"success": True})])
    assert device.shake().success and refused.call_count == 2  # never sent: safe to send again


def test_reads_are_retried(mock: respx.MockRouter, client: Revyl) -> None:
    device = started(mock, client)
    shots = mock.get(f"{PROXY}/screenshot").mock(side_effect=[
        httpx.Response(502), httpx.Response(503), httpx.Response(200, content=png(3, 3))])
    assert device.screenshot().startswith(b"\x89PNG") and shots.call_count == 3


def test_envelope_spellings_and_echoes(mock: respx.MockRouter, client: Revyl) -> None:
    device = started(mock, client)
    mock.post(f"{PROXY}/install").respond(json={"Success": True, "action": "install", "bundle_id": "com.x"})
    assert device.install(url="https://x/app.ipa").bundle_id == "com.x"
    mock.post(f"{PROXY}/open_url").respond(json={"success": True, "action": "launch"})
    with pytest.raises(DeviceActionError, match="answered for 'launch' instead"):
        device.open_url("https://revyl.ai")
    mock.post(f"{PROXY}/shake").respond(json={"success": "yes"})
    with pytest.raises(DeviceActionError, match="unreadable answer"):
        device.shake()
    mock.get(f"{PROXY}/screenshot").respond(content=b"<html>login</html>", headers={"content-type": "text/html"})
    with pytest.raises(DeviceActionError, match="not a PNG image"):
        device.screenshot()


def test_grounding_falls_back_to_revyl_ground_on_a_screenshot(mock: respx.MockRouter, client: Revyl) -> None:
    device = started(mock, client)
    mock.post(f"{PROXY}/resolve_target").respond(501, json={"detail": "Not implemented"})
    mock.get(f"{PROXY}/screenshot").respond(content=png(1179, 2556))
    ground = mock.post("/api/v1/execution/ground").respond(json={"x": 900, "y": 1500, "found": True})
    tap = mock.post(f"{PROXY}/tap").respond(json={"success": True, "action": "tap"})
    device.tap(target="Buy")
    sent = ground.calls.last.request
    body = httpx.Response(200, content=sent.content).json()
    assert (body["width"], body["height"], body["target"], body["platform"]) == (1179, 2556, "Buy", "ios")
    assert base64.b64decode(body["image_base64"]).startswith(b"\x89PNG")
    # Screenshot pixels scaled into the 393x852 screen space, as DEVICES.md §3.4's example.
    assert httpx.Response(200, content=tap.calls.last.request.content).json() == {"x": 300, "y": 500,
                                                                                  "target": "Buy"}


def test_an_older_worker_answers_the_step_at_once(mock: respx.MockRouter, client: Revyl) -> None:
    device = started(mock, client)
    mock.post(f"{PROXY}/execute_step").respond(json={
        "success": True, "step_type": "validation", "step_id": "s1",
        "step_output": {"validation_result": False, "status_reason": "Cart is empty"}})
    result = device.validate("cart has items")
    assert not result.passed and result.reason == "Cart is empty"


def test_a_step_past_its_timeout_is_cancelled(mock: respx.MockRouter, client: Revyl) -> None:
    client.devices.settings = DeviceSettings(poll_interval=0.001, step_timeout=0.05, step_poll_interval=0.01,
                                             cancel_budget=0.05)
    device = started(mock, client)
    mock.post(f"{PROXY}/execute_step").respond(202, json={"step_id": "s2", "status": "accepted"})
    mock.get(f"{PROXY}/step_status/s2").respond(json={"step_id": "s2", "status": "running"})
    cancel = mock.post(f"{PROXY}/step_cancel/s2").respond(202, json={"step_id": "s2", "status": "cancelling"})
    with pytest.raises(DeviceActionError, match=r"did not finish within 0\.05s and was cancelled"):
        device.instruct("never ends")
    assert cancel.call_count == 1


def test_history_is_read_lazily_page_by_page(mock: respx.MockRouter, client: Revyl) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        rows = [{"id": f"s{n}", "org_id": "o", "status": "completed"} for n in range(offset, min(offset + 100, 150))]
        return httpx.Response(200, json={"sessions": rows, "org_id": "o", "total": 150, "limit": 100,
                                         "offset": offset})

    route = mock.get("/api/v1/execution/device-sessions/history").mock(side_effect=page)
    sessions = client.devices.history(status="completed")
    first = next(iter(sessions))
    assert first.id == "s0" and route.call_count == 1
    assert len(list(sessions)) == 150 and route.calls.last.request.url.params["offset"] == "100"
