"""Revyl SDK quickstart: app -> build upload -> test from YAML -> live run -> result and report,
then a run that fails and what its report says about why.

    export REVYL_API_KEY=...               # your key (REVYL_BACKEND_URL picks another server)
    python examples/quickstart.py [path/to/app.apk]

With no path it uploads a small generated .apk. `make demo` runs this same script against
a local Revyl emulator, so no account is needed to try it; there the checkout test is
scripted to fail at its second step. On Revyl it fails for real: the demo app has no cart.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from revyl_sdk import ConflictError, Progress, ReportUnavailableError, Revyl, TestResult
from revyl_sdk.progress import show_progress
from revyl_sdk.testing import write_dummy_apk
from revyl_sdk.types import AppResponse

APP_NAME = "Revyl SDK quickstart"
TEST_YAML = f"""\
test:
  metadata:
    name: Quickstart login
    platform: android
  build:
    name: {APP_NAME}
  blocks:
    - type: instructions
      step_description: Open the app
    - type: instructions
      step_description: Tap "Sign in" and log in as the demo user
    - type: validation
      step_description: The home screen greets the demo user
"""
CHECKOUT_YAML = f"""\
test:
  metadata:
    name: Quickstart checkout
    platform: android
  build:
    name: {APP_NAME}
  blocks:
    - type: instructions
      step_description: Open the cart
    - type: instructions
      step_description: Tap "Pay"
    - type: validation
      step_description: The order confirmation is shown
"""


def find_or_create_app(client: Revyl) -> AppResponse:
    """The quickstart's Android app: created the first time, found by name after that."""
    try:
        return client.apps.create(name=APP_NAME, platform="android",
                                  description="Created by the Revyl SDK quickstart")
    except ConflictError:
        for app in client.apps.list(platform="android", search=APP_NAME):
            if app.name == APP_NAME:
                return app
        raise


class LineProgress:
    """`on_progress` that draws in place on a terminal and prints one line per change elsewhere."""

    def __init__(self) -> None:
        self._last = ""

    def __call__(self, progress: Progress) -> None:
        if sys.stderr.isatty():
            show_progress(progress)
            return
        steps = f"{progress.steps_done or 0}/{progress.steps_total}" if progress.steps_total else ""
        line = f"  {progress.status:<10} {steps:>5}  {progress.current_step or ''}".rstrip()
        if line != self._last:
            print(line, flush=True)
            self._last = line


def explain_failure(result: TestResult, scratch: Path) -> None:
    """Where the run failed, from its report, and the media saved to look at."""
    try:
        report = result.report()
    except ReportUnavailableError as error:
        print(f"Report: {error}")
        return
    step = report.failing_step
    if step is not None:
        reason = step.error or report.error_message
        print(f"Failed at step {step.index} of {len(report.steps)}: {step.description} - {reason}")
    for each in report.steps:
        print(f"  {each.index}. {each.status:<8} {each.description}")
    saved = result.download_artifacts(scratch / "artifacts")
    print(f"Saved:  {len(saved)} artifacts ({', '.join(sorted({path.suffix for path in saved}))})")


def main(argv: list[str]) -> int:
    with Revyl() as client, tempfile.TemporaryDirectory() as scratch:
        print(f"Revyl at {client.base_url}")
        app = find_or_create_app(client)
        print(f"App:    {app.name} ({app.id})")

        artifact = Path(argv[1]) if len(argv) > 1 else write_dummy_apk(Path(scratch) / "demo.apk")
        version = time.strftime("quickstart-%Y%m%d-%H%M%S")
        build = client.builds.upload(str(app.id), artifact, version=version, set_as_current=True,
                                     progress_bar=False)
        print(f"Build:  {build.version} ({build.id}), package {build.package_name}")

        created = client.yaml.create_test(TEST_YAML)
        print(f"Test:   {created.test_id} ({created.blocks_count} blocks)")

        run = client.tests.run(created.test_id, build_version_id=str(build.id))
        print(f"Run:    {run.task_id}")
        result = run.wait(on_progress=LineProgress(), timeout=1800)

        verdict = "PASSED" if result.passed else "FAILED"
        duration = f" in {result.duration:.1f}s" if result.duration is not None else ""
        print(f"Result: {verdict} ({result.status}{duration})")
        if result.error_message:
            print(f"Error:  {result.error_message}")
        print(f"Report: {result.report_url()}")

        # Each run of this script creates its tests anew, so run by id: by name, a second run
        # would find two tests called "Quickstart checkout" and refuse to guess.
        checkout = client.yaml.create_test(CHECKOUT_YAML)
        failing = client.tests.run(checkout.test_id, build_version_id=str(build.id), wait=True)
        print(f"\nTest:   Quickstart checkout ({checkout.test_id}): {failing.status}")
        if not failing.passed:
            explain_failure(failing, Path(scratch))
        return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
