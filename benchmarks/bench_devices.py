"""Time from `devices.start()` to the first screenshot on the emulator, against raw httpx.

Both sides make the same calls to the same local emulator (start_device, worker
connection until ready, health until connected, screenshot), polling at the same
interval, with no start delay on the emulator: what is measured is the SDK's own cost
(plans, validation, reading answers, the session id) on top of the HTTP round trips.
"""

from __future__ import annotations

import statistics
import time

import httpx

Row = tuple[str, float, float, str]
POLL = 0.005


def _raw_start_to_screenshot(http: httpx.Client) -> tuple[str, bytes]:
    started = http.post("/api/v1/execution/start_device",
                        json={"platform": "android", "is_simulation": True, "idle_timeout_seconds": 900}).json()
    wf = started["workflow_run_id"]
    while not http.get(f"/api/v1/execution/streaming/worker-connection/{wf}").json().get("worker_ws_url"):
        time.sleep(POLL)
    while not http.get(f"/api/v1/execution/device-proxy/{wf}/health").json().get("device_connected"):
        time.sleep(POLL)
    return wf, http.get(f"/api/v1/execution/device-proxy/{wf}/screenshot").content


def start_to_first_screenshot(rounds: int = 15) -> Row:
    from revyl_sdk import DeviceSettings, Revyl
    from revyl_sdk.testing import RevylEmulator

    with RevylEmulator() as emulator:
        emulator.configure_devices(ready_seconds=0, connect_seconds=0)
        headers = {"Authorization": f"Bearer {emulator.api_key}"}
        with httpx.Client(base_url=emulator.base_url, headers=headers) as http, \
                Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
            client.devices.settings = DeviceSettings(poll_interval=POLL)
            raw, sdk = [], []
            for round_number in range(rounds + 2):  # the first two warm both sides up
                began = time.perf_counter()
                wf, png = _raw_start_to_screenshot(http)
                raw_ms = (time.perf_counter() - began) * 1000
                assert png.startswith(b"\x89PNG")
                http.post(f"/api/v1/execution/device/status/cancel/{wf}")
                began = time.perf_counter()
                with client.devices.start("android") as device:
                    assert device.screenshot().startswith(b"\x89PNG")
                    sdk_ms = (time.perf_counter() - began) * 1000
                if round_number >= 2:
                    raw.append(raw_ms)
                    sdk.append(sdk_ms)
    return ("devices.start() -> first screenshot (ms) vs raw httpx", statistics.median(sdk),
            statistics.median(raw), "<= 1.3x")
