"""Finding tests and workflows by name, run reports and artifacts, against the emulator.

Every answer the SDK reads here is checked against the pinned spec (the `client` fixture).
"""

from __future__ import annotations

import json
import logging
import traceback
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from revyl_sdk import (
    AmbiguousNameError,
    ArtifactDownloadError,
    AsyncRevyl,
    NameNotFoundError,
    ReportUnavailableError,
    Revyl,
    RunReport,
    TestRun,
    WorkflowReport,
)
from revyl_sdk import types as t
from revyl_sdk.testing import RevylEmulator

CHECKOUT_YAML = """\
test:
  metadata:
    name: Checkout
    platform: android
    tags: [smoke, payments]
  blocks:
    - type: instructions
      step_description: Open the cart
    - type: instructions
      step_description: Tap Pay
    - type: validation
      step_description: The receipt is shown
"""
EXECUTE = "/api/v1/execution/api/execute_test_id_async"


def executes(emulator: RevylEmulator) -> int:
    return sum(request.path.startswith("/api/v1/execution/api/execute_") for request in emulator.requests)


@pytest.fixture
def seeded(emulator: RevylEmulator) -> dict[str, str]:
    login = emulator.add_test("Login flow", steps=["Open the app", "Sign in"], tags=["smoke"])
    checkout = emulator.add_test("Checkout", yaml=CHECKOUT_YAML)
    ios = emulator.add_test("Login flow iOS", platform="ios", steps=["Open the app"])
    emulator.script(checkout, outcome="failed", fail_at_step=2, error_message="Pay button missing")
    return {"login": login, "checkout": checkout, "ios": ios,
            "smoke": emulator.add_workflow("Smoke", [login, checkout])}


def test_run_by_name_exact_then_ignoring_case(client: Revyl, emulator: RevylEmulator,
                                              seeded: dict[str, str]) -> None:
    run = client.tests.run("Login flow")
    assert isinstance(run, TestRun)
    assert emulator.test_run(run.task_id)["test_id"] == seeded["login"]
    result = client.tests.run("checkout", wait=True)
    assert emulator.test_run(result.task_id)["test_id"] == seeded["checkout"] and not result.passed
    by_id = client.tests.run(f"  {seeded['ios']}  ")  # an id is used as it is, after trimming
    assert emulator.test_run(by_id.task_id)["test_id"] == seeded["ios"]
    workflow = client.workflows.run("SMOKE", wait=True)
    assert emulator.workflow_run(workflow.task_id)["workflow_id"] == seeded["smoke"]


def test_ambiguous_or_unknown_name_starts_nothing(client: Revyl, emulator: RevylEmulator,
                                                  seeded: dict[str, str]) -> None:
    twin = emulator.add_test("login FLOW", steps=["x"])
    with pytest.raises(AmbiguousNameError) as raised:
        client.tests.run("LOGIN FLOW")
    assert {found_id for _, found_id in raised.value.candidates} == {seeded["login"], twin}
    assert seeded["login"] in str(raised.value) and twin in str(raised.value)
    with pytest.raises(NameNotFoundError, match="did you mean 'Checkout'"):
        client.tests.run("Chekout")
    emulator.add_workflow("smoke", [seeded["login"]])
    with pytest.raises(AmbiguousNameError, match=r"2 workflows are named 'SMOKE' \(ignoring case\)"):
        client.workflows.run("SMOKE")
    assert executes(emulator) == 0


def test_list_filters_get_and_pages(client: Revyl, emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    assert {test.name for test in client.tests.list(tag="smoke")} == {"Login flow", "Checkout"}
    assert [test.name for test in client.tests.list(platform="ios")] == ["Login flow iOS"]
    assert {test.name for test in client.tests.list(search="login", platform="android")} == {"Login flow"}
    test = client.tests.get(seeded["checkout"])
    assert isinstance(test, t.Test) and test.name == "Checkout" and str(test.id) == seeded["checkout"]
    for number in range(205):  # more than one page of each listing (200)
        emulator.add_test(f"bulk {number:03d}", steps=["x"])
    assert len(list(client.tests.list())) == 208
    assert client.tests.find("bulk 204").name == "bulk 204"
    pages = [r.query for r in emulator.requests if r.path == "/api/v1/tests/get_simple_tests"]
    assert pages == ["limit=200&offset=0", "limit=200&offset=200"]


def test_apps_found_by_name_and_platform(client: Revyl, emulator: RevylEmulator) -> None:
    android = emulator.add_app("Shop", platform="Android")
    ios = emulator.add_app("Shop", platform="iOS")
    emulator.add_app("Shopfront", platform="Android")
    with pytest.raises(AmbiguousNameError, match="Shop") as ambiguous:
        client.apps.find("Shop")
    assert android in str(ambiguous.value) and ios in str(ambiguous.value)
    found = client.apps.find("shop", platform="ios")  # ignoring case, when no name is exact
    assert isinstance(found, t.AppResponse) and str(found.id) == ios
    assert str(client.apps.find("Shopfront").id) != android
    with pytest.raises(NameNotFoundError, match="Shopfront"):
        client.apps.find("Shopfrnt")
    listings = [dict(parse_qsl(r.query)) for r in emulator.requests if r.path == "/api/v1/apps/"]
    assert listings[1] == {"platform": "iOS", "page": "1", "page_size": "100"}  # narrowed by the server


async def test_async_apps_find(emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop", platform="iOS")
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        assert str((await client.apps.find("SHOP")).id) == app_id
        with pytest.raises(NameNotFoundError):
            await client.apps.find("Shop", platform="android")


def test_history_and_workflow_lookups(client: Revyl, seeded: dict[str, str]) -> None:
    first = client.tests.run(seeded["checkout"], wait=True)
    second = client.tests.run(seeded["checkout"], wait=True)
    history = list(client.tests.history(seeded["checkout"]))
    assert [str(item.id) for item in history] == [second.task_id, first.task_id]
    assert all(isinstance(item, t.TestEnhancedHistoryItem) and item.status == "failed" for item in history)
    assert list(client.tests.history(seeded["checkout"], status="completed")) == []
    workflows = list(client.workflows.list())
    assert [w.name for w in workflows] == ["Smoke"] and workflows[0].test_count == 2
    found = client.workflows.find("smoke")
    assert isinstance(found, t.WorkflowWithLastStatus) and found.id == seeded["smoke"]
    detail = client.workflows.get(seeded["smoke"])
    assert isinstance(detail, t.WorkflowsBaseSchema) and detail.tests == [seeded["login"], seeded["checkout"]]


def test_report_of_a_scripted_failure_points_at_the_failing_step(client: Revyl, seeded: dict[str, str]) -> None:
    result = client.tests.run("Checkout", wait=True)
    report = result.report()
    assert report is result.report()  # fetched once
    assert isinstance(report, RunReport) and report.passed is False and report.test_name == "Checkout"
    assert [(step.index, step.status) for step in report.steps] == [(1, "passed"), (2, "failed"), (3, "pending")]
    failing = report.failing_step
    assert failing is not None and failing.index == 2 and failing.description == "Tap Pay"
    assert failing.error == "Pay button missing" and failing.duration is not None
    assert len(failing.screenshot_urls) == 2 and report.steps[2].screenshot_urls == ()
    assert [(v.description, v.passed) for v in report.validations] == [("The receipt is shown", None)]
    summary = report.summary
    assert (summary.total_steps, summary.passed_steps, summary.failed_steps) == (3, 1, 1)
    assert summary.tldr == "Checkout failed at step 2 (Tap Pay)." and summary.insights == ("Pay button missing",)
    assert report.video_url and report.device_logs_url and report.network_log_url
    assert report.report_url == f"https://app.revyl.ai/tests/report?taskId={result.task_id}"
    assert "X-Amz-Signature" not in repr(report) and "X-Amz-Signature" not in repr(failing)


def test_passed_run_report_and_validations(client: Revyl, emulator: RevylEmulator, seeded: dict[str, str]) -> None:
    emulator.script(seeded["checkout"])
    report = client.tests.run(seeded["checkout"], wait=True).report()
    assert report.passed is True and report.failing_step is None
    assert all(step.status == "passed" for step in report.steps)
    assert [(v.description, v.passed) for v in report.validations] == [("The receipt is shown", True)]


def test_download_artifacts_streams_each_file(client: Revyl, seeded: dict[str, str], tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = client.tests.run("Checkout", wait=True)
    seen: dict[str, tuple[int, int | None]] = {}
    paths = result.download_artifacts(tmp_path / "run",
                                      on_progress=lambda path, got, total: seen.__setitem__(path.name, (got, total)))
    names = sorted(str(path.relative_to(tmp_path / "run")) for path in paths)
    assert names == ["device-logs.txt", "network-requests.json", "screenshots/step-01-action-0-after.png",
                     "screenshots/step-01-action-0-before.png", "screenshots/step-02-action-0-after.png",
                     "screenshots/step-02-action-0-before.png", "video.mp4"]
    assert all(seen[path.name] == (path.stat().st_size, path.stat().st_size) for path in paths)
    files = {path.name: path.read_bytes() for path in paths}
    assert files["video.mp4"][4:8] == b"ftyp"
    assert all(content.startswith(b"\x89PNG\r\n\x1a\n") for name, content in files.items() if name.endswith(".png"))
    assert b"E/RevylAgent( 4242): Pay button missing" in files["device-logs.txt"]
    assert json.loads(files["network-requests.json"])["task_id"] == result.task_id
    assert not list((tmp_path / "run").rglob("*.part"))
    assert "X-Amz-Signature=" not in caplog.text.replace("X-Amz-Signature=REDACTED", "")


def test_download_skips_what_the_run_does_not_have(client: Revyl, emulator: RevylEmulator,
                                                   seeded: dict[str, str], tmp_path: Path) -> None:
    emulator.script(seeded["login"], artifacts=("device_logs",))
    result = client.tests.run(seeded["login"], wait=True)
    report = result.report()
    assert report.video_url is None and report.network_log_url is None and report.steps[0].screenshot_urls == ()
    assert [path.name for path in result.download_artifacts(tmp_path)] == ["device-logs.txt"]
    emulator.script(seeded["login"], artifacts=())
    assert client.tests.run(seeded["login"], wait=True).download_artifacts(tmp_path / "none") == []


def test_a_failed_download_names_the_artifact_never_its_url(client: Revyl, emulator: RevylEmulator,
                                                            seeded: dict[str, str], tmp_path: Path) -> None:
    result = client.tests.run("Checkout", wait=True)
    result.report()
    emulator.fail("/s3/*/video.mp4", status=503, times=None)
    with pytest.raises(ArtifactDownloadError) as raised:
        result.download_artifacts(tmp_path)
    message = str(raised.value)
    assert message == f"could not download the video of run {result.task_id} (video.mp4): HTTP 503"
    shown = "".join(traceback.format_exception(raised.value))
    assert "X-Amz-Signature" not in shown and "/s3/" not in shown
    assert not (tmp_path / "video.mp4").exists() and not (tmp_path / "video.mp4.part").exists()


def test_no_report_for_a_run_that_never_started(client: Revyl, emulator: RevylEmulator,
                                                seeded: dict[str, str]) -> None:
    emulator.script(seeded["login"], queued_seconds=5)
    run = client.tests.run(seeded["login"])
    run.cancel()
    result = run.wait(timeout=10)
    with pytest.raises(ReportUnavailableError, match="no reports-v3 report"):
        result.report()


def test_workflow_report_has_one_report_per_test(client: Revyl, seeded: dict[str, str], tmp_path: Path) -> None:
    result = client.workflows.run("Smoke", wait=True)
    report = result.report()
    assert isinstance(report, WorkflowReport) and report.workflow_name == "Smoke"
    assert [(child.test_name, child.passed) for child in report.tests] == [("Login flow", True), ("Checkout", False)]
    assert [child.test_name for child in report.failed] == ["Checkout"]
    assert report.report_url == f"https://app.revyl.ai/workflows/report?taskId={result.task_id}"
    paths = result.download_artifacts(tmp_path)
    assert {path.relative_to(tmp_path).parts[0] for path in paths} == {"Login flow", "Checkout"}
    assert (tmp_path / "Checkout" / "video.mp4").is_file()


async def test_async_client_finds_runs_and_reports(emulator: RevylEmulator, seeded: dict[str, str],
                                                   tmp_path: Path) -> None:
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        assert (await client.tests.find("checkout")).id == seeded["checkout"]
        assert [test.name async for test in client.tests.list(platform="ios")] == ["Login flow iOS"]
        assert (await client.workflows.find("Smoke")).id == seeded["smoke"]
        result = await client.tests.run("Checkout", wait=True)
        report = await result.report()
        assert report.failing_step is not None and report.failing_step.index == 2
        paths = await result.download_artifacts(tmp_path)
        assert len(paths) == 7 and all(path.stat().st_size > 0 for path in paths)
        history = [item async for item in client.tests.history(seeded["checkout"])]
        assert [str(item.id) for item in history] == [result.task_id]
        workflow = await client.workflows.run("smoke", wait=True)
        assert [child.test_name for child in (await workflow.report()).tests] == ["Login flow", "Checkout"]
        emulator.add_test("checkout", steps=["x"])
        with pytest.raises(AmbiguousNameError):
            await client.tests.run("CHECKOUT")
