"""Where the device code sits: lazy loading, import layering, and the manifest regen checks."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import revyl_sdk
from revyl_sdk import AsyncDeviceSession, DeviceSession, RevylError
from revyl_sdk._manifest import METHODS
from revyl_sdk.resources.devices import AsyncDevices, Devices

OVERLAY = Path(revyl_sdk.__file__).parent


def test_device_code_loads_with_the_first_device_call() -> None:
    code = (
        "import sys, revyl_sdk\n"
        "client = revyl_sdk.Revyl('key', base_url='http://127.0.0.1:9', max_retries=0)\n"
        "before = sorted(m for m in sys.modules if 'devices' in m or m.startswith(('PIL', 'fastapi')))\n"
        "client.devices\n"
        "after = sorted(m for m in sys.modules if m.startswith(('PIL', 'fastapi')))\n"
        "touched = 'revyl_sdk._devices.session_sync' in sys.modules\n"
        "try:\n"
        "    client.devices.active(timeout=0.01)\n"
        "except revyl_sdk.APIConnectionError:\n"
        "    pass\n"
        "print(before, after, touched, 'revyl_sdk._devices.calls' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] [] False True"


def test_device_modules_stay_short() -> None:
    # Import layering of `_devices` is checked with every subsystem's in tests/test_layout.py.
    for path in (OVERLAY / "_devices").glob("*.py"):
        assert len(path.read_text().splitlines()) <= 400, f"{path.name} is too long"


def test_public_errors_are_revyl_errors() -> None:
    for name in ("DeviceSessionEnded", "DeviceActionError", "DeviceStartError", "StepFailedError"):
        assert issubclass(getattr(revyl_sdk, name), RevylError) and name in revyl_sdk.__all__


def _public(cls: type) -> set[str]:
    return {name for name, _ in inspect.getmembers(cls, callable) if not name.startswith("_")}


def test_the_manifest_declares_every_device_method_and_nothing_else() -> None:
    declared = {key for key in METHODS if key.startswith(("devices.", "device."))}
    session = {f"device.{name}" for name in _public(DeviceSession)}
    resource = {f"devices.{name}" for name in _public(Devices)}
    assert declared == session | resource
    assert _public(DeviceSession) == _public(AsyncDeviceSession) and _public(Devices) == _public(AsyncDevices)
