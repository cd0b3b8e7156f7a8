"""Revyl SDK device tour: start a cloud device with an app, see it, tap, type, validate, stop.

    export REVYL_API_KEY=...                      # your key (REVYL_BACKEND_URL picks another server)
    python examples/device_tour.py [APP_ID] [--out DIR]

With no APP_ID it uses (or creates, with a small generated build) the tour's demo app.
Screenshots go to DIR (default ./device-tour). `make demo-device` runs this same script
against a local Revyl emulator, whose simulated device shows a sign-in form.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from revyl_sdk import ConflictError, DeviceProgress, Revyl
from revyl_sdk.testing import write_dummy_apk

APP_NAME = "Revyl SDK device tour"


def demo_app(client: Revyl) -> str:
    """The tour's Android app with at least one build: created the first time."""
    try:
        app_id = str(client.apps.create(name=APP_NAME, platform="android").id)
    except ConflictError:
        app_id = next(str(a.id) for a in client.apps.list(platform="android", search=APP_NAME) if a.name == APP_NAME)
    if next(iter(client.builds.list(app_id)), None) is None:
        with tempfile.TemporaryDirectory() as scratch:
            client.builds.upload(app_id, write_dummy_apk(Path(scratch) / "tour.apk"), version="1.0.0")
    return app_id


def show(progress: DeviceProgress) -> None:
    print(f"  [{progress.elapsed:5.1f}s] {progress.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_id", nargs="?", help="the app to install (default: the tour's demo app)")
    parser.add_argument("--out", type=Path, default=Path("device-tour"), help="where screenshots go")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with Revyl() as client:
        app_id = args.app_id or demo_app(client)
        print(f"Starting an Android device with app {app_id}")
        # The `with` block stops the device at its end, even on an error or Ctrl-C.
        with client.devices.start("android", app_id=app_id, idle_timeout=300, on_progress=show) as device:
            print(f"Device ready: session {device.session_id}, screen {device.screen_size}")
            print(f"  watch it live: {device.viewer_url}")
            device.screenshot(args.out / "1-start.png")

            email = device.tap(target="Email")
            print(f"Tapped the Email field at ({email.x}, {email.y})")
            device.type_text("qa@example.com", target="Email")
            device.screenshot(args.out / "2-typed.png")

            device.tap(target="Sign in")
            device.screenshot(args.out / "3-signed-in.png")
            check = device.validate("The app greets qa@example.com")
            print(f"Validation {'passed' if check.passed else 'failed'}: {check.reason or check.description}")
        print(f"Device stopped. Screenshots in {args.out}/: "
              + ", ".join(sorted(p.name for p in args.out.glob("*.png"))))


if __name__ == "__main__":
    main()
