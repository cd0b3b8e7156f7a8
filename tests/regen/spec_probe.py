"""The contract set, run per SDK method against Prism mocking one spec version.

`python spec_probe.py BASE_URL` with `revyl_api` (the client generated from that version)
and `revyl_sdk` on PYTHONPATH. Prints one JSON object: every resource imported, each
method's outcome ("ok", "unsupported: ..." for `UnsupportedOperationError`, "error: ...")
and the flows the SDK picked for uploads and waits. Each method runs on its own, so one
failure says nothing about the next. Prism with `--errors` answers 4xx to any request the
spec does not allow, so "ok" means the request fit the spec and the answer parsed.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable

TEST_ID = "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11"
WORKFLOW_ID = "4f1d2c3b-5a6e-4f70-8a9b-0c1d2e3f4a5b"
APP_ID = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
BUILD_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
TASK_ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
YAML = ("test:\n  metadata:\n    name: Login\n    platform: android\n  blocks:\n"
        "    - type: instructions\n      step_description: Tap Login\n")
BLOCKS = [{"type": "instructions", "step_description": "Tap Login"}]
RESOURCES = ("tests", "workflows", "apps", "builds", "yaml", "reports", "monitor")


def main(base_url: str) -> dict[str, object]:
    import revyl_sdk
    from revyl_sdk import MonitorSettings, Revyl, RevylError, UnsupportedOperationError
    from revyl_sdk._live.wait_plan import WaitOptions
    from revyl_sdk._uploads import flow

    client = Revyl("probe-key", base_url=base_url, max_retries=0, ci_headers=False)
    imported = [name for name in RESOURCES if getattr(client, name) is not None]
    client.monitor.settings = MonitorSettings(max_reconnects=0, reconnect_delay=0.0, idle_timeout=5.0)
    outcomes: dict[str, str] = {}

    def attempt(method: str, action: Callable[[], object], accepted: str = "") -> None:
        try:
            action()
        except UnsupportedOperationError as error:
            outcomes[method] = f"unsupported: {error}"
        except RevylError as error:
            ok = bool(accepted) and accepted in str(error) and not isinstance(error, revyl_sdk.APIStatusError)
            outcomes[method] = "ok" if ok else f"error: {type(error).__name__}: {error}"[:400]
        except Exception as error:  # anything else is the SDK not fitting this client
            outcomes[method] = f"error: {type(error).__name__}: {error}"[:400]
        else:
            outcomes[method] = "ok"

    def first_event() -> object:
        with client.monitor.stream() as events:
            return next(iter(events))

    def with_options(body: type, options: dict[str, object], run: Callable[..., object]) -> object:
        """`run(**options)`; an option `body` lacks must be refused by name first, sending nothing."""
        import attrs

        known = {field.name for field in attrs.fields(body)}
        missing = sorted(set(options) - known)
        if missing:
            try:
                run(**options)
            except RevylError as refused:
                if isinstance(refused, revyl_sdk.APIStatusError) or not all(repr(m) in str(refused) for m in missing):
                    raise
            else:
                raise AssertionError(f"sent {missing} although {body.__name__} lacks them")
        return run(**{name: value for name, value in options.items() if name in known})

    from revyl_api.models import DeviceWorkflowInfo, TaskID

    run_options = {"build_version_id": BUILD_ID, "retries": 2, "variable_overrides": {"user": "qa"},
                   "device_model": "Pixel 8", "os_version": "14"}
    attempt("tests.run", lambda: with_options(TaskID, run_options, lambda **o: client.tests.run(TEST_ID, **o)))
    attempt("tests.get_status", lambda: client.tests.get_status(TASK_ID))
    attempt("tests.cancel", lambda: client.tests.cancel(TASK_ID))
    attempt("workflows.run", lambda: with_options(DeviceWorkflowInfo, {"variable_overrides": {"env": "staging"}},
                                                  lambda **o: client.workflows.run(WORKFLOW_ID, **o)))
    attempt("workflows.get_status", lambda: client.workflows.get_status(TASK_ID))
    attempt("workflows.history", lambda: client.workflows.history(WORKFLOW_ID, limit=5, offset=0))
    attempt("workflows.cancel", lambda: client.workflows.cancel(TASK_ID))
    attempt("apps.list", lambda: list(itertools.islice(client.apps.list(platform="android", search="Shop"), 3)))
    attempt("apps.create", lambda: client.apps.create(name="Shop", platform="android", description="store"))
    attempt("apps.get", lambda: client.apps.get(APP_ID))
    attempt("apps.update", lambda: client.apps.update(APP_ID, name="Shop 2"))
    attempt("apps.delete", lambda: client.apps.delete(APP_ID))
    attempt("builds.list", lambda: list(itertools.islice(client.builds.list(APP_ID, search="1.2"), 2)))
    attempt("builds.get", lambda: client.builds.get(BUILD_ID, include_download_url=True))
    attempt("builds.update", lambda: client.builds.update(BUILD_ID, version="1.2.3"))
    attempt("builds.delete", lambda: client.builds.delete(BUILD_ID))
    attempt("builds.from_url", lambda: client.builds.from_url(
        APP_ID, "https://ci.example.com/app.apk", version="1.2.4", headers={"X-Token": "t"}, set_as_current=True))
    attempt("yaml.validate", lambda: client.yaml.validate(YAML))
    attempt("yaml.create_test", lambda: client.yaml.create_test(YAML, metadata_overrides={"name": "Login (CI)"}))
    attempt("yaml.create_test_from_blocks", lambda: client.yaml.create_test_from_blocks(
        BLOCKS, metadata={"name": "Login", "platform": "android"}))
    attempt("yaml.to_yaml", lambda: client.yaml.to_yaml(BLOCKS))
    # Prism's example answer holds text where blocks belong: the request was still accepted.
    attempt("yaml.to_blocks", lambda: client.yaml.to_blocks(YAML), accepted="returned text instead of blocks")
    attempt("reports.share_link", lambda: client.reports.share_link(TASK_ID, expiration_hours=24))
    attempt("reports.workflow_share_link", lambda: client.reports.workflow_share_link(
        TASK_ID, expiration_hours=24, include_child_tests=True, origin="https://app.revyl.ai"))
    # Prism does not stream: an accepted request ends as a lost stream, a refused one as a 4xx.
    attempt("monitor.stream", first_event, accepted="monitor stream lost")
    client.close()

    sessions = flow._SESSION_SUPPORTED
    upload = ["multipart"] if flow._MULTIPART_SUPPORTED else []
    upload += ["upload-session"] if sessions else []
    legacy = (flow.create_build_upload_url, flow.extract_build_package_id, flow.complete_build_upload,
              flow.delete_build)
    upload += ["legacy"] if all(flow.supports(op) for op in legacy) else []
    wait = ["polling"] if WaitOptions().mode == "polling" else ["monitor stream", "polling"]
    return {"imported": imported, "outcomes": outcomes, "flows": {"builds.upload": upload, "wait": wait}}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
