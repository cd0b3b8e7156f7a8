"""Every overlay method against the emulator, every answer checked against the pinned spec.

The first group is the contract set of tests/contract, parametrised over two backends:
Prism mocking the spec (stateless: any id works, answers are examples) and the emulator
(stateful: ids must exist, answers must be consistent). Its bodies create what they use,
so the same code runs on both. The rest needs a backend that remembers and runs things
(waiting, live events, uploads, faults), so it runs on the emulator alone.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import zipfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from _emu_support import SpecChecker, checked_client
from revyl_sdk import (
    AsyncPager,
    AsyncRevyl,
    AuthenticationError,
    ConflictError,
    MonitorSettings,
    NotFoundError,
    Progress,
    Revyl,
    RevylError,
    RunFailedError,
    TestRun,
    UnprocessableEntityError,
    WorkflowRun,
)
from revyl_sdk import events as ev
from revyl_sdk import types as t
from revyl_sdk.testing import RevylEmulator, write_dummy_apk

YAML = ("test:\n  metadata:\n    name: Login\n    platform: android\n  blocks:\n"
        "    - type: instructions\n      step_description: Tap Login\n"
        "    - type: validation\n      step_description: Home is shown\n")
BLOCKS = [{"type": "instructions", "step_description": "Tap Login"}]
# Prism accepts any well-formed id; the emulator gets real ones from `seeded`.
T = TypeVar("T")
PRISM_IDS = {"test": "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11",
             "workflow": "4f1d2c3b-5a6e-4f70-8a9b-0c1d2e3f4a5b",
             "build": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}


@dataclass(frozen=True)
class Backend:
    name: str
    base_url: str
    api_key: str
    ids: dict[str, str]
    transport: httpx.Client | None = None
    # Where the operations the backend serves but the pinned spec hides (validate-yaml, the
    # CLI's workflow-cancel route) are checked: Prism needs the patched spec for those.
    hidden_base_url: str = ""

    @property
    def stateful(self) -> bool:
        return self.name == "emulator"

    def client(self, *, hidden: bool = False) -> Revyl:
        base_url = self.hidden_base_url if hidden and self.hidden_base_url else self.base_url
        return Revyl(self.api_key, base_url=base_url, max_retries=0, ci_headers=False,
                     http_client=self.transport)

    def async_client(self, *, hidden: bool = False) -> AsyncRevyl:
        base_url = self.hidden_base_url if hidden and self.hidden_base_url else self.base_url
        return AsyncRevyl(self.api_key, base_url=base_url, max_retries=0, ci_headers=False)


def seeded(emulator: RevylEmulator) -> dict[str, str]:
    app_id = emulator.add_app("Seed")
    test_id = emulator.add_test("Seeded login", steps=["Open", "Log in"], app_id=app_id)
    emulator.script(test_id, steps=20, step_seconds=0.05)  # long enough to cancel mid-run
    return {"test": test_id, "workflow": emulator.add_workflow("Seeded", [test_id]),
            "build": emulator.add_build(app_id, "0.1.0")}


@pytest.fixture(params=["emulator", pytest.param("prism", marks=pytest.mark.contract)])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    if request.param == "prism":
        yield Backend("prism", request.getfixturevalue("prism_url"), "contract-key", PRISM_IDS,
                      hidden_base_url=request.getfixturevalue("patched_prism_url"))
        return
    emulator: RevylEmulator = request.getfixturevalue("emulator")
    checker: SpecChecker = request.getfixturevalue("spec_checker")
    with checked_client(emulator, checker) as transport:
        yield Backend("emulator", emulator.base_url, emulator.api_key, seeded(emulator), transport)


# -- the contract set, on both backends ------------------------------------------------------

def test_tests_run_status_cancel(backend: Backend) -> None:
    with backend.client() as client:
        run = client.tests.run(backend.ids["test"], build_version_id=backend.ids["build"],
                               retries=2, variable_overrides={"user": "qa"},
                               device_model="Pixel 8", os_version="14")
        assert isinstance(run, TestRun) and run.task_id
        status = client.tests.get_status(run.task_id)
        assert isinstance(status, t.TestStatusResponse)
        cancelled = client.tests.cancel(run.task_id)
        assert isinstance(cancelled, t.CancelTestResponse)
        if backend.stateful:
            assert str(status.test_id) == backend.ids["test"] and cancelled.success


def test_workflows_run_status_history_cancel(backend: Backend) -> None:
    with backend.client() as client:
        run = client.workflows.run(backend.ids["workflow"], variable_overrides={"env": "staging"})
        assert isinstance(run, WorkflowRun) and run.task_id
        assert isinstance(client.workflows.get_status(run.task_id), t.WorkflowStatusResponse)
        history = client.workflows.history(backend.ids["workflow"], limit=5, offset=0)
        assert isinstance(history, t.WorkflowExecutionHistoryResponse)
    with backend.client(hidden=True) as client:
        assert isinstance(client.workflows.cancel(run.task_id), t.WorkflowCancelResponse)
        if backend.stateful:
            assert history.total_count == 1
            assert client.workflows.get_status(run.task_id).status == "cancelled"


def test_apps_crud_and_lazy_listing(backend: Backend) -> None:
    with backend.client() as client:
        created = client.apps.create(name="Shop", platform="android", description="store app")
        assert isinstance(created, t.AppResponse)
        listed = list(itertools.islice(client.apps.list(platform="android", search="Shop"), 3))
        assert listed and all(isinstance(app, t.AppResponse) for app in listed)
        assert isinstance(client.apps.get(str(created.id)), t.AppResponse)
        updated = client.apps.update(str(created.id), name="Shop 2")
        assert isinstance(updated, t.AppResponse)
        assert client.apps.delete(str(created.id)).message
        if backend.stateful:
            assert [app.id for app in listed] == [created.id] and updated.name == "Shop 2"
            with pytest.raises(NotFoundError):
                client.apps.get(str(created.id))


def test_builds(backend: Backend) -> None:
    with backend.client() as client:
        app = client.apps.create(name="Builds", platform="android")
        imported = client.builds.from_url(str(app.id), "https://ci.example.com/app.apk",
                                          version="1.2.4", headers={"X-Token": "t"},
                                          set_as_current=True)
        assert isinstance(imported, t.BuildResponse)
        builds = list(itertools.islice(client.builds.list(str(app.id), search="1.2"), 2))
        assert builds and all(isinstance(build, t.BuildResponse) for build in builds)
        got = client.builds.get(str(imported.id), include_download_url=True)
        assert isinstance(got, t.BuildResponse)
        assert isinstance(client.builds.update(str(imported.id), version="1.2.3"), t.BuildResponse)
        client.builds.delete(str(imported.id))
        if backend.stateful:
            assert [b.id for b in builds] == [imported.id] and got.download_url
            assert client.builds.from_url(str(app.id), "https://ci.example.com/app.apk",
                                          version="1.2.5").was_reused is False


def test_yaml_operations(backend: Backend) -> None:
    with backend.client() as client:
        created = client.yaml.create_test(YAML, metadata_overrides={"name": "Login (CI)"})
        assert isinstance(created, t.YamlCreationResponse)
        from_blocks = client.yaml.create_test_from_blocks(
            BLOCKS, metadata={"name": "Login", "platform": "android"})
        assert isinstance(from_blocks, t.TestCreationResponse)
        text = client.yaml.to_yaml(BLOCKS)
        assert isinstance(text, str)
        if backend.stateful:
            assert created.blocks_count == 2 and "Tap Login" in text
            blocks = client.yaml.to_blocks(YAML)
            assert [getattr(b, "step_type", None) for b in blocks] == ["instruction", "validation"]


def test_share_link(backend: Backend) -> None:
    with backend.client() as client:
        run = client.tests.run(backend.ids["test"])
        link = client.reports.share_link(run.task_id, expiration_hours=24)
        assert isinstance(link, str)
        if backend.stateful:
            assert link == client.reports.share_link(run.task_id)  # one link per run


def test_workflow_share_link(backend: Backend) -> None:
    with backend.client() as client:
        run = client.workflows.run(backend.ids["workflow"])
        link = client.reports.workflow_share_link(run.task_id, expiration_hours=24,
                                                  include_child_tests=True,
                                                  origin="https://app.revyl.ai")
        assert isinstance(link, str)
        assert isinstance(client.reports.workflow_share_link(run.task_id), str)  # never expires
        if backend.stateful:
            assert link.startswith("https://app.revyl.ai/shared/workflow/")
            assert link == client.reports.workflow_share_link(run.task_id)  # one link per run


def test_validate_yaml(backend: Backend) -> None:
    with backend.client(hidden=True) as client:
        result = client.yaml.validate(YAML)
    assert isinstance(result, t.ValidationResponse)
    if backend.stateful:
        assert result.is_valid and result.errors == 0


async def test_async_client_covers_the_same_calls(backend: Backend) -> None:
    async with backend.async_client() as client:
        run = await client.tests.run(backend.ids["test"])
        assert isinstance(await run.get_status(), t.TestStatusResponse)
        assert isinstance(await run.cancel(), t.CancelTestResponse)
        workflow_run = await client.workflows.run(backend.ids["workflow"])
        assert isinstance(await workflow_run.get_status(), t.WorkflowStatusResponse)
        assert isinstance(await client.workflows.history(backend.ids["workflow"]),
                          t.WorkflowExecutionHistoryResponse)
        async with backend.async_client(hidden=True) as hidden:
            assert isinstance(await hidden.workflows.cancel(workflow_run.task_id), t.WorkflowCancelResponse)
            assert isinstance(await hidden.yaml.validate(YAML), t.ValidationResponse)
        app = await client.apps.create(name="Async shop", platform="IOS")
        apps = [item async for item in _take(client.apps.list(), 2)]
        assert apps and isinstance(await client.apps.get(str(app.id)), t.AppResponse)
        assert isinstance(await client.apps.update(str(app.id), description="d"), t.AppResponse)
        build = await client.builds.from_url(str(app.id), "https://x.test/a.zip", version="9")
        assert [b async for b in _take(client.builds.list(str(app.id)), 1)]
        assert isinstance(await client.builds.get(str(build.id)), t.BuildResponse)
        assert isinstance(await client.builds.update(str(build.id), metadata={"k": "v"}),
                          t.BuildResponse)
        await client.builds.delete(str(build.id))
        assert (await client.apps.delete(str(app.id))).message
        assert isinstance(await client.yaml.create_test(YAML), t.YamlCreationResponse)
        assert isinstance(await client.yaml.create_test_from_blocks(
            BLOCKS, metadata={"name": "B", "platform": "ios"}), t.TestCreationResponse)
        assert isinstance(await client.yaml.to_yaml(BLOCKS), str)
        assert isinstance(await client.reports.share_link(run.task_id), str)
        assert isinstance(await client.reports.workflow_share_link(
            workflow_run.task_id, include_child_tests=True), str)


async def _take(pager: AsyncPager[T], count: int) -> AsyncIterator[T]:
    """The first `count` items (fewer if the listing ends), fetching no page beyond them."""
    taken = 0
    async for item in pager:
        yield item
        taken += 1
        if taken == count:
            return


# -- stateful behaviour, on the emulator -----------------------------------------------------

@pytest.fixture
def sdk(emulator: RevylEmulator, spec_checker: SpecChecker) -> Iterator[Revyl]:
    with checked_client(emulator, spec_checker) as transport, Revyl(
            emulator.api_key, base_url=emulator.base_url, max_retries=0, ci_headers=False,
            http_client=transport) as client:
        yield client


@pytest.mark.parametrize("mode", ["auto", "sse", "polling"])
def test_wait_follows_a_run_to_its_result(emulator: RevylEmulator, sdk: Revyl, mode: str) -> None:
    sdk.monitor.settings = _fast(sdk)
    test_id = emulator.add_test("Login", steps=["Open", "Type", "Submit"])
    # Queued long enough for the stream to connect first on a busy machine (0.5 s was not, with
    # two test runs and more on two cores): its step events are only seen by a stream that is
    # open when they are published. Polling needs no head start.
    emulator.script(test_id, queued_seconds=0.1 if mode == "polling" else 2.0)
    seen: list[Progress] = []
    result = sdk.tests.run(test_id).wait(on_progress=seen.append, mode=mode,  # type: ignore[arg-type]
                                         timeout=20)
    assert (result.passed, result.status, result.steps_done, result.steps_total) == (
        True, "completed", 3, 3)
    assert seen[-1].finished and result.report_url().startswith("https://app.revyl.ai/")
    if mode != "polling":  # polling may see only some of the steps
        assert {"Open", "Type", "Submit"} <= {p.current_step for p in seen}


@pytest.mark.parametrize(("outcome", "status"), [
    ("failed", "failed"), ("completed_failed", "completed"), ("timeout", "timeout"),
    ("cancelled", "cancelled")])
def test_wait_reports_every_kind_of_failure(emulator: RevylEmulator, sdk: Revyl, outcome: str,
                                            status: str) -> None:
    test_id = emulator.add_test("Checkout")
    emulator.script(test_id, outcome=outcome, error_message="Pay button missing")  # type: ignore[arg-type]
    result = sdk.tests.run(test_id).wait(timeout=20)
    assert (result.passed, result.status) == (False, status)
    with pytest.raises(RunFailedError):
        result.raise_for_status()


def test_wait_survives_a_dropped_stream_and_failing_polls(emulator: RevylEmulator,
                                                          sdk: Revyl) -> None:
    sdk.monitor.settings = _fast(sdk)
    test_id = emulator.add_test("Flaky network", steps=["a", "b", "c", "d"])
    emulator.script(test_id, step_seconds=0.05)
    emulator.drop_stream(after_events=1, times=2)
    emulator.fail("/api/v1/tests/get_test_execution_task", status=503, times=2)
    result = sdk.tests.run(test_id).wait(timeout=20)
    assert result.passed
    streams = [r for r in emulator.requests if r.path == "/api/v1/monitor/stream/unified"]
    assert len(streams) >= 2  # it reconnected


def test_wait_by_task_id_for_runs_another_client_started(emulator: RevylEmulator,
                                                          sdk: Revyl) -> None:
    test_id = emulator.add_test("Started by the CLI", steps=["a", "b"])
    workflow_id = emulator.add_workflow("Started by the CLI", [test_id])
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as elsewhere:
        test_task = elsewhere.tests.run(test_id).task_id
        workflow_task = elsewhere.workflows.run(workflow_id).task_id
        finished = elsewhere.tests.run(test_id).wait(timeout=20).task_id
    result = sdk.tests.wait(test_task, timeout=20)
    assert (result.task_id, result.passed, result.steps_total) == (test_task, True, 2)
    assert sdk.tests.wait(finished, timeout=20).passed  # ended before this wait began
    workflow = sdk.workflows.wait(workflow_task, timeout=20)
    assert (workflow.passed, workflow.passed_tests) == (True, 1)
    assert workflow.report_url().startswith("https://app.revyl.ai/shared/workflow/")
    handle = sdk.tests.run_handle(test_task)
    assert handle.response is None and handle.get_status().status == "completed"


def test_cancel_while_waiting(emulator: RevylEmulator, sdk: Revyl) -> None:
    test_id = emulator.add_test("Long")
    emulator.script(test_id, steps=100, step_seconds=0.05)
    run = sdk.tests.run(test_id)
    assert run.cancel().success
    assert run.wait(timeout=20).status == "cancelled"
    assert run.cancel().success is False


def test_workflow_wait_lists_each_test(emulator: RevylEmulator, sdk: Revyl) -> None:
    good, bad = emulator.add_test("Good"), emulator.add_test("Bad")
    emulator.script(bad, outcome="failed")
    workflow_id = emulator.add_workflow("Suite", [good, bad])
    result = sdk.workflows.run(workflow_id).wait(timeout=20)
    assert (result.passed, result.passed_tests, result.failed_tests) == (False, 1, 1)
    assert {(c.test_name, c.passed) for c in result.children} == {("Good", True), ("Bad", False)}
    assert "/shared/workflow/" in result.report_url()


def test_monitor_stream_yields_typed_events(emulator: RevylEmulator, sdk: Revyl) -> None:
    test_id = emulator.add_test("Watched", steps=["One", "Two"])
    with sdk.monitor.stream() as stream:
        events = iter(stream)
        assert isinstance(next(events), ev.ConnectionReady)
        assert isinstance(next(events), ev.InitialState)
        run = sdk.tests.run(test_id)
        mine = []
        for event in events:
            if isinstance(event, ev.TestEvent) and event.task_id == run.task_id:
                mine.append(event)
                if isinstance(event, ev.TestFinishedWithData):
                    break
    assert isinstance(mine[0], ev.TestStarted) and isinstance(mine[-1], ev.TestCompletedWithData)
    assert [e.test.current_step for e in mine if isinstance(e, ev.TestUpdated)][-2:] == ["One", "Two"]


def test_upload_small_and_multipart(tmp_path: Path, spec_checker: SpecChecker) -> None:
    part = 256 * 1024
    with RevylEmulator(part_size=part) as emulator, checked_client(emulator, spec_checker) as http, \
            Revyl(emulator.api_key, base_url=emulator.base_url, http_client=http,
                  ci_headers=False) as client:
        app = client.apps.create(name="Uploads", platform="android")
        small = write_dummy_apk(tmp_path / "small.apk")
        build = client.builds.upload(str(app.id), small, version="1.0", set_as_current=True,
                                     progress_bar=False)
        assert build.package_name == "com.example.revyldemo"
        assert emulator.build_bytes(str(build.id)) == small.read_bytes()
        big = write_dummy_apk(tmp_path / "big.apk")
        with zipfile.ZipFile(big, "a") as archive:
            archive.writestr("assets/blob.bin", os.urandom(3 * part))
        built = client.builds.upload(str(app.id), big, version="2.0", part_size=part,
                                     progress_bar=False)
        assert emulator.build_bytes(str(built.id)) == big.read_bytes()
        paths = [r.path for r in emulator.requests]
        assert any(p.endswith("/multipart-upload/start") for p in paths)
        assert client.apps.get(str(app.id)).current_build_id == build.id


def test_upload_retries_parts_the_store_refuses(tmp_path: Path) -> None:
    part = 256 * 1024
    with RevylEmulator(part_size=part) as emulator, Revyl(
            emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        app_id = emulator.add_app("Flaky store")
        emulator.fail("/s3/*", status=503, times=2, method="PUT")
        big = write_dummy_apk(tmp_path / "big.apk")
        with zipfile.ZipFile(big, "a") as archive:
            archive.writestr("assets/blob.bin", os.urandom(2 * part))
        build = client.builds.upload(app_id, big, version="1.0", part_size=part,
                                     progress_bar=False)
        assert emulator.build_bytes(str(build.id)) == big.read_bytes()
        refused = [r for r in emulator.requests if r.path.startswith("/s3/") and r.status == 503]
        assert len(refused) == 2


def test_status_errors_map_to_exceptions(emulator: RevylEmulator, sdk: Revyl) -> None:
    with pytest.raises(NotFoundError):
        sdk.tests.get_status("00000000-0000-4000-8000-000000000000")
    with pytest.raises(UnprocessableEntityError):
        sdk.builds.get("not-a-uuid")
    sdk.apps.create(name="Twin", platform="ios")
    with pytest.raises(ConflictError):
        sdk.apps.create(name="twin", platform="ios")
    with Revyl("wrong-key", base_url=emulator.base_url, ci_headers=False) as stranger, \
            pytest.raises(AuthenticationError):
        stranger.apps.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(RevylError, match="line"):
        sdk.yaml.create_test("test:\n  metadata:\n    name: x\n    platform: web\n  blocks: []\n")


def test_listing_walks_every_page(emulator: RevylEmulator, sdk: Revyl) -> None:
    for number in range(130):
        emulator.add_app(f"App {number:03d}")
    names = [app.name for app in sdk.apps.list()]
    assert len(names) == 130 and len(set(names)) == 130
    assert sum(r.path == "/api/v1/apps/" for r in emulator.requests) == 2


def test_retries_ride_over_transient_errors(emulator: RevylEmulator) -> None:
    emulator.fail("/api/v1/apps/*", status=503, times=2, method="GET")
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False,
               max_retries=2) as client:
        assert list(client.apps.list()) == []
    assert [r.status for r in emulator.requests] == [503, 503, 200]


def test_sdk_headers_reach_the_backend(emulator: RevylEmulator, sdk: Revyl) -> None:
    assert list(sdk.apps.list()) == []
    (request,) = emulator.requests
    assert request.headers["x-revyl-client"] == "python-sdk"
    assert request.headers["authorization"] == f"Bearer {emulator.api_key}"


async def test_async_wait_and_stream(emulator: RevylEmulator) -> None:
    test_id = emulator.add_test("Async", steps=["a", "b"])
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url,
                          ci_headers=False) as client:
        runs = [await client.tests.run(test_id) for _ in range(3)]
        results = await asyncio.gather(*(run.wait(timeout=20) for run in runs))
    assert [r.passed for r in results] == [True, True, True]


def _fast(client: Revyl) -> MonitorSettings:
    """Monitor timings for tests: reconnect and poll within tens of milliseconds."""
    return replace(client.monitor.settings, reconnect_delay=0.02, reconnect_max_delay=0.1,
                   poll_interval=0.02, poll_max_interval=0.05, quiet_timeout=1.0)
