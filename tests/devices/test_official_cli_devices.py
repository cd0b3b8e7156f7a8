"""Revyl's official CLI (PyPI `revyl`, pinned in the dev extra) drives devices on the emulator.

The CLI runs with a temporary HOME and REVYL_BACKEND_URL/REVYL_API_KEY pointing at the
emulator; every other HTTP(S) destination goes to a dead local proxy, so it cannot reach
the internet. What it sends is what the emulator records, so these also check the
emulator against a second, independent client of the protocol.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from revyl_sdk import DeviceSettings, Revyl
from revyl_sdk.testing import RevylEmulator, read_screen

CLI = Path(sys.executable).parent / "revyl"


class Cli:
    def __init__(self, emulator: RevylEmulator, home: Path) -> None:
        self.home = home
        self.env = {
            "PATH": os.environ.get("PATH", ""), "HOME": str(home), **emulator.env(),
            "REVYL_APP_URL": emulator.base_url, "REVYL_NO_UPDATE_NOTIFIER": "1", "REVYL_TELEMETRY_DISABLED": "1",
            "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
            "NO_PROXY": "127.0.0.1,localhost",
        }

    def __call__(self, *args: str) -> str:
        done = subprocess.run([str(CLI), *args], env=self.env, cwd=self.home, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, f"revyl {' '.join(args)} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done.stdout + done.stderr


@pytest.fixture
def cli(emulator: RevylEmulator, tmp_path: Path) -> Iterator[Cli]:
    assert CLI.exists(), "the dev extra pins Revyl's CLI (revyl==0.1.195); reinstall it"
    yield Cli(emulator, tmp_path)


def test_start_tap_type_screenshot_instruct_stop(emulator: RevylEmulator, cli: Cli, tmp_path: Path) -> None:
    started = json.loads(cli("device", "start", "--platform", "android", "--app-url",
                             "https://example.com/app-release.apk", "--json"))
    session_id = started["session_id"]
    assert (started["screen_width"], started["screen_height"]) == (1080, 1920)
    detail = emulator.device_session(session_id)
    assert detail["source"] == "cli" and detail["status"] == "running"

    assert "Tapped" in cli("device", "tap", "--target", "Email")
    cli("device", "type", "--target", "Email", "--text", "cli@example.com")
    shot = tmp_path / "screen.png"
    cli("device", "screenshot", "--out", str(shot))
    screen = read_screen(shot.read_bytes())
    assert screen["fields"]["Email"] == "cli@example.com" and screen["focused"] == "Email"
    assert "completed" in cli("device", "instruction", "sign in with the typed email")
    assert "validation=true" in cli("device", "validation", "the form is filled in")
    cli("device", "stop")
    assert emulator.device_session(session_id)["status"] == "completed"

    sent = [(a.action, a.body) for a in emulator.device_actions(session_id) if a.method == "POST"]
    # The CLI names the grounded target in the input body too; the worker takes it as a label.
    assert ("input", {"x": 540, "y": 605, "text": "cli@example.com", "clear_first": True,
                      "target": "Email"}) in sent
    assert [b["step_type"] for action, b in sent if action == "execute_step" and b] == ["instruction", "validation"]


def test_the_cli_and_the_sdk_share_sessions(emulator: RevylEmulator, cli: Cli) -> None:
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        client.devices.settings = DeviceSettings(poll_interval=0.01, step_poll_interval=0.01)
        with client.devices.start("ios") as device:
            # The CLI adopts the org's active sessions of its user, this one included.
            assert str(device.session_id)[:8] in cli("device", "list")
            cli("device", "tap", "-s", str(device.session_id), "--x", "196", "--y", "400")
            assert read_screen(device.screenshot())["last_tap"] == [196, 400]

        started = json.loads(cli("device", "start", "--platform", "android", "--json"))
        attached = client.devices.attach(started["session_id"], stop_on_exit=True)
        with attached:
            attached.tap(target="Browser")
            assert read_screen(attached.screenshot())["screen"] == "browser"
        assert emulator.device_session(started["session_id"])["status"] == "completed"
