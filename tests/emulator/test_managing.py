"""Managing Revyl from Python (tests, workflows, tags, variables, modules, scripts, files,
device targets): every method's requests on two backends, as in test_sdk_against_emulator.py.

Prism mocking the pinned spec checks every request the methods send (stateless: any id
works, answers are examples); the emulator checks what they do (stateful, every answer
checked against the spec). The bodies create what they use, so one code runs on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import httpx
import pytest
from _emu_support import SpecChecker, checked_client
from revyl_sdk import APIStatusError, ConflictError, Revyl, VersionConflictError
from revyl_sdk import events as ev
from revyl_sdk import types as t
from revyl_sdk._core.effects import Plan, Send
from revyl_sdk._core.names import is_uuid
from revyl_sdk._core.runtime import run_sync
from revyl_sdk.resources._file_transfer import FileUpload, download_url_call
from revyl_sdk.resources._workflow_edits import WorkflowEdit, change_tests_plan, failure_policy_plan
from revyl_sdk.testing import RevylEmulator

T = TypeVar("T")

PRISM_IDS = {"app": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "test": "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11",
             "other_test": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
             "workflow": "4f1d2c3b-5a6e-4f70-8a9b-0c1d2e3f4a5b"}
BLOCKS = [{"type": "instructions", "step_description": "Tap Login"},
          {"type": "if", "condition": "a cookie banner shows",
           "then": [{"type": "instructions", "step_description": "Accept cookies"}]}]


def usable_id(value: object) -> str:
    """The id an answer gave; Prism's examples give "string", which the SDK refuses before sending."""
    return str(value) if is_uuid(str(value)) else "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"


@dataclass(frozen=True)
class Backend:
    name: str
    base_url: str
    api_key: str
    ids: dict[str, str]
    transport: httpx.Client | None = None

    @property
    def stateful(self) -> bool:
        return self.name == "emulator"

    def client(self) -> Revyl:
        return Revyl(self.api_key, base_url=self.base_url, max_retries=0, ci_headers=False,
                     http_client=self.transport)


def seeded(emulator: RevylEmulator) -> dict[str, str]:
    app_id = emulator.add_app("Shop")
    return {"app": app_id, "test": emulator.add_test("Login", steps=["Open", "Log in"], app_id=app_id),
            "other_test": emulator.add_test("Checkout", steps=["Pay"], app_id=app_id)}


@pytest.fixture(params=[pytest.param("prism", marks=pytest.mark.contract), pytest.param("emulator")])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    if request.param == "prism":
        yield Backend("prism", request.getfixturevalue("prism_url"), "contract-key", PRISM_IDS)
        return
    emulator: RevylEmulator = request.getfixturevalue("emulator")
    checker: SpecChecker = request.getfixturevalue("spec_checker")
    with checked_client(emulator, checker) as transport:
        yield Backend("emulator", emulator.base_url, emulator.api_key, seeded(emulator), transport)


def test_tests_create_update_versions_restore_duplicate_delete(backend: Backend) -> None:
    with backend.client() as client:
        created = client.tests.create(name="Sign up", platform="Android", app_id=backend.ids["app"],
                                      blocks=BLOCKS, retries=1)
        assert isinstance(created, t.Test)
        test_id = str(created.id) if backend.stateful else backend.ids["test"]
        renamed = client.tests.update(test_id, name="Sign up (new)")
        assert isinstance(renamed, t.Test)
        versioned = client.tests.update(test_id, expected_version=renamed.version or 1,
                                        tasks=[{"type": "validation", "step_description": "Home shows"}],
                                        run_config={"fail_fast": True})
        assert isinstance(versioned, t.Test)
        versions = list(client.tests.versions(test_id))
        assert all(isinstance(v, t.TestVersionInfo) for v in versions)
        assert isinstance(client.tests.restore(test_id, 1), t.TestRestoreVersionResponse)
        target = client.tests.set_device_target(test_id, device_model="Pixel 8", os_version="Android 14",
                                                orientation="portrait")
        assert isinstance(target, t.UpdateDeviceTargetResponse)
        copy = client.tests.duplicate(test_id, new_name="Sign up copy", copy_variables=False)
        assert isinstance(copy, t.DuplicateTestResponse)
        assert isinstance(client.tests.delete(test_id), t.TestDeleteResponse)


def run_with_reads(client: Revyl, plan: Plan[T], reads: dict[str, Any]) -> T:
    """Run `plan` on Prism, answering the reads whose answer the spec leaves untyped (Prism
    answers those with nothing) from `reads`, by URL ending; every other request goes to Prism."""
    answer: Any = None
    while True:
        try:
            effect = plan.send(answer)
        except StopIteration as done:
            return cast(T, done.value)
        assert isinstance(effect, Send)
        url = str(effect.call.request["url"])
        canned = next((body for ending, body in reads.items() if url.endswith(ending)), None)
        answer = effect.call.parse(httpx.Response(200, json=canned)) if canned is not None \
            else client._api.execute(effect.call)


def test_workflows_create_update_quarantine_delete(backend: Backend) -> None:
    first, second = backend.ids["test"], backend.ids["other_test"]
    with backend.client() as client:
        created = client.workflows.create(name="Smoke", test_ids=[first])
        assert isinstance(created, t.WorkflowsBaseSchema)
        workflow_id = str(created.id) if backend.stateful else backend.ids["workflow"]
        if backend.stateful:
            run = lambda plan: run_sync(client._api, plan)  # noqa: E731
        else:
            row = {"id": workflow_id, "deleted": False, "name": "Smoke", "owner": "u", "schedule": "No Schedule",
                   "override_run_config": False, "tests": [first, second]}
            policies = {"data": [{"id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "test_id": first,
                                  "test_name": "Login", "platform": "android", "failure_policy": "fail_workflow"}]}
            reads = {"/get_workflow_info": row, f"/workflow/{workflow_id}/tests": policies}
            run = lambda plan: run_with_reads(client, plan, reads)  # noqa: E731
        assert second in run(change_tests_plan(workflow_id, [second], adding=True, options={}))
        edit = WorkflowEdit.of(workflow_id, name="Smoke (nightly)", test_ids=None, run_config={"parallelism": 2},
                               build_config={"android_build": {"app_id": backend.ids["app"]}},
                               location=(48.85, 2.35))
        assert isinstance(run(edit.plan({})), t.WorkflowsBaseSchema)
        assert second not in run(change_tests_plan(workflow_id, [second], adding=False, options={}))
        assert run(failure_policy_plan(workflow_id, first, "ignore_failure", {})).quarantined
        assert not run(failure_policy_plan(workflow_id, first, "fail_workflow", {})).quarantined
        clearing = WorkflowEdit.of(workflow_id, name=None, test_ids=[first, second], run_config=None,
                                   build_config=False, location=False)
        assert isinstance(run(clearing.plan({})), t.WorkflowsBaseSchema)
        assert isinstance(client.workflows.delete(workflow_id), t.DeleteWorkflowResponse)


def test_tags(backend: Backend) -> None:
    test_id = backend.ids["test"]
    with backend.client() as client:
        created = client.tags.create("smoke", color="#22c55e")
        assert isinstance(created, t.TagResponse)
        tag_id = usable_id(created.id)
        listed = client.tags.list()
        assert all(isinstance(tag, t.TagWithCountResponse) for tag in listed)
        assert isinstance(client.tags.update(tag_id, description="fast checks"), t.TagResponse)
        assert isinstance(client.tags.set_for_test(test_id, ["smoke", "login"]), t.SyncTagsResponse)
        assert all(isinstance(tag, t.TagResponse) for tag in client.tags.of_test(test_id))
        bulk = client.tags.bulk([test_id, backend.ids["other_test"]], add=["nightly"], remove=["login"])
        assert isinstance(bulk, t.BulkSyncTagsResponse)
        if backend.stateful:
            assert client.tags.find("SMOKE").id == created.id
        client.tags.delete(tag_id)


def test_test_variables(backend: Backend) -> None:
    test_id = backend.ids["test"]
    with backend.client() as client:
        existing = client.variables.list(test_id)
        assert all(isinstance(row, t.VariableRow) for row in existing)
        # On Prism the listing is an example: setting its name takes the update path, a new name the add path.
        names = [row.variable_name for row in existing] or ["email"]
        for name in {names[0], "password"}:
            assert isinstance(client.variables.set(test_id, name, "qa@example.com"), t.VariableRow)
        assert isinstance(client.variables.rename(test_id, names[0], "login_email"), t.VariableRow)
        assert isinstance(client.variables.delete(test_id, "password"), list)
        client.variables.delete_all(test_id)


def test_global_variables(backend: Backend) -> None:
    with backend.client() as client:
        existing = client.global_variables.list()
        names = [row.variable_name for row in existing] or ["base_url"]
        for name in {names[0], "api_url"}:
            row = client.global_variables.set(name, "https://staging.example.com", description="staging")
            assert isinstance(row, t.GlobalVariableRow)
        assert isinstance(client.global_variables.delete(names[0]), t.GlobalVariableRow)


def test_launch_variables(backend: Backend) -> None:
    test_id = backend.ids["test"]
    with backend.client() as client:
        created = client.launch_variables.create("API_URL", "https://staging.example.com", description="staging")
        assert isinstance(created, t.OrgLaunchEnvVarRow)
        env_var_id = usable_id(created.id)
        assert isinstance(client.launch_variables.update(env_var_id, value="https://qa.example.com"),
                          t.OrgLaunchEnvVarRow)
        assert isinstance(client.launch_variables.attach(test_id, env_var_id), list)
        assert isinstance(client.launch_variables.replace(test_id, [env_var_id]), list)
        assert isinstance(client.launch_variables.attached(test_id), list)
        assert isinstance(client.launch_variables.detach(test_id, env_var_id), list)
        assert isinstance(client.launch_variables.delete(env_var_id), t.OrgLaunchEnvVarDeleteResponse)


def test_modules(backend: Backend) -> None:
    with backend.client() as client:
        created = client.modules.create("Log in", BLOCKS, description="shared login")
        assert isinstance(created, t.ModuleResponse)
        module_id = usable_id(created.id)
        assert all(isinstance(module, t.ModuleResponse) for module in client.modules.list())
        assert isinstance(client.modules.get(module_id), t.ModuleResponse)
        updated = client.modules.update(module_id, expected_version=created.version, name="Log in (v2)",
                                        blocks=[{"type": "validation", "step_description": "Home shows"}])
        assert isinstance(updated, t.ModuleResponse)
        assert all(isinstance(v, t.ModuleVersionInfo) for v in client.modules.versions(module_id))
        assert isinstance(client.modules.restore(module_id, 1), t.ModuleRestoreVersionResponse)
        assert isinstance(client.modules.usage(module_id), t.ModuleUsageResponse)
        assert isinstance(client.modules.delete(module_id), t.DeleteModuleResponse)


def test_scripts(backend: Backend) -> None:
    with backend.client() as client:
        created = client.scripts.create("seed user", code="print('ok')", runtime="Python", description="seed")
        assert isinstance(created, t.CodeExecutionScript)
        script_id = usable_id(created.id)
        assert all(isinstance(s, t.CodeExecutionScript) for s in client.scripts.list(runtime="python"))
        assert isinstance(client.scripts.get(script_id), t.CodeExecutionScript)
        assert isinstance(client.scripts.update(script_id, code="print('ok!')"), t.CodeExecutionScript)
        assert isinstance(client.scripts.usage(script_id), t.ScriptUsageResponse)
        client.scripts.delete(script_id)


def test_files(backend: Backend, tmp_path: Path) -> None:
    fixture = tmp_path / "avatar.png"
    fixture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with backend.client() as client:
        if backend.stateful:
            uploaded = client.files.upload(fixture, description="profile picture")
        else:  # Prism's presigned URL is an example: send the API's two calls, not the bytes
            job = FileUpload.of(fixture, replacing=None, display_name="Avatar", description="profile picture",
                                content_type=None)
            uploaded = client._api.execute(job.complete_call(client._api.execute(job.grant_call({})), {}))
            replacing = FileUpload.of(fixture, replacing=str(uploaded.id), display_name=None, description=None,
                                      content_type="image/png")
            assert isinstance(client._api.execute(replacing.grant_call({})), t.OrgFileUploadResponse)
            assert isinstance(client._api.execute(download_url_call(str(uploaded.id), {})),
                              t.OrgFileDownloadUrlResponse)
        assert isinstance(uploaded, t.OrgFile)
        file_id = usable_id(uploaded.id)
        assert all(isinstance(f, t.OrgFile) for f in client.files.list())
        assert isinstance(client.files.update(file_id, description="new avatar"), t.OrgFile)
        client.files.delete(file_id)


def test_device_targets(backend: Backend) -> None:
    with backend.client() as client:
        targets = client.devices.targets()
        assert isinstance(targets, t.AllPlatformTargets)


# What managing must do, on the emulator (stateful): each checks the state the calls leave.

def _ios_test(client: Revyl, app_id: str) -> str:
    """A test with every field a rename could reset set to something other than its default."""
    created = client.tests.create(name="Sign up", platform="ios", app_id=app_id, blocks=BLOCKS,
                                  pinned_version="2.1.0", orientation="landscape", retries=3,
                                  run_config={"fail_fast": True})
    test_id = str(created.id)
    client.tags.set_for_test(test_id, ["smoke"])
    client.tests.set_device_target(test_id, device_model="iPhone 16", os_version="iOS 18.2")
    return test_id


def _fields(test: t.Test) -> dict[str, Any]:
    return {key: value for key, value in test.to_dict().items() if key not in ("name", "version")}


def test_a_rename_changes_the_name_and_nothing_else(emulator: RevylEmulator, client: Revyl) -> None:
    test_id = _ios_test(client, emulator.add_app("Shop", platform="iOS"))
    before = client.tests.get(test_id)
    client.tests.update(test_id, name="Sign up (new)")
    after = client.tests.get(test_id)
    assert (after.name, after.version) == ("Sign up (new)", (before.version or 0) + 1)
    assert _fields(after) == _fields(before)
    assert (after.platform, after.pinned_version, after.orientation, after.retries) == ("iOS", "2.1.0", "landscape", 3)


def test_a_stale_update_is_a_conflict_and_changes_nothing(emulator: RevylEmulator, client: Revyl) -> None:
    test_id = _ios_test(client, emulator.add_app("Shop", platform="iOS"))
    seen = client.tests.get(test_id).version or 0
    client.tests.update(test_id, expected_version=seen, name="Changed elsewhere")
    remote = client.tests.get(test_id)
    with pytest.raises(ConflictError) as raised:
        client.tests.update(test_id, expected_version=seen, name="Mine", tasks=[{"type": "validation",
                                                                                  "step_description": "x"}])
    assert isinstance(raised.value, VersionConflictError)
    assert (raised.value.expected_version, raised.value.current_version) == (seen, seen + 1)
    assert client.tests.get(test_id).to_dict() == remote.to_dict()


def test_a_created_workflow_runs_both_tests_on_one_stream(emulator: RevylEmulator, client: Revyl) -> None:
    first, second = emulator.add_test("Login"), emulator.add_test("Checkout")
    # Queued a while: the stream is open before the runs publish anything.
    emulator.script(first, queued_seconds=0.3)
    emulator.script(second, outcome="failed", queued_seconds=0.3)
    workflow_id = str(client.workflows.create(name="Smoke", test_ids=[first, second]).id)
    finished: dict[str, str] = {}
    with client.monitor.stream() as stream:
        events = iter(stream)
        assert isinstance(next(events), ev.ConnectionReady)
        client.workflows.run(workflow_id)
        for event in events:
            if isinstance(event, ev.TestFinishedWithData) and event.test_id in (first, second):
                finished[str(event.test_id)] = type(event).__name__
            if isinstance(event, ev.WorkflowFinished) and len(finished) == 2:
                break
    assert finished == {first: "TestCompletedWithData", second: "TestFailedWithData"}


def test_a_global_variable_set_is_read_back_by_name(client: Revyl) -> None:
    client.global_variables.set("base_url", "https://staging.example.com", description="staging")
    client.global_variables.set("base_url", "https://qa.example.com")
    row = client.global_variables.get("base_url")
    assert (row.variable_name, row.variable_value, row.description) == ("base_url", "https://qa.example.com",
                                                                       "staging")
    assert [r.variable_name for r in client.global_variables.list()] == ["base_url"]


def test_a_tag_applied_finds_the_test_in_tests_list(emulator: RevylEmulator, client: Revyl) -> None:
    tagged, other = emulator.add_test("Login"), emulator.add_test("Checkout")
    client.tags.create("smoke")
    client.tags.set_for_test(tagged, ["smoke"])
    assert [str(test.id) for test in client.tests.list(tag="smoke")] == [tagged]
    assert {str(test.id) for test in client.tests.list()} == {tagged, other}
    assert [(tag.name, tag.test_count) for tag in client.tags.list()] == [("smoke", 1)]


def test_faults_reach_the_management_routes(emulator: RevylEmulator, client: Revyl) -> None:
    """The emulator's fault injection is by route: before handling nothing happens, after it the change is made."""
    emulator.fail("/api/v1/tests/tags", method="POST", status=500)
    with pytest.raises(APIStatusError) as before:
        client.tags.create("smoke")
    assert before.value.status_code == 500 and list(client.tags.list()) == []
    emulator.fail("/api/v1/variables/global", method="POST", status=502, after_handling=True)
    with pytest.raises(APIStatusError) as after:
        client.global_variables.set("base_url", "https://staging.example.com")
    assert after.value.status_code == 502
    assert client.global_variables.get("base_url").variable_value == "https://staging.example.com"


def test_a_quarantined_failure_does_not_fail_the_workflow(emulator: RevylEmulator, client: Revyl) -> None:
    good, flaky = emulator.add_test("Login"), emulator.add_test("Flaky")
    emulator.script(flaky, outcome="failed")
    workflow_id = str(client.workflows.create(name="Smoke", test_ids=[good, flaky]).id)
    assert not client.workflows.run(workflow_id).wait(timeout=20).passed
    client.workflows.quarantine(workflow_id, flaky)
    quarantined = client.workflows.run(workflow_id).wait(timeout=20)
    assert (quarantined.passed, quarantined.passed_tests, quarantined.failed_tests) == (True, 1, 0)
    assert {(child.test_name, child.passed) for child in quarantined.children} == {("Login", True), ("Flaky", False)}
    client.workflows.unquarantine(workflow_id, flaky)
    assert not client.workflows.run(workflow_id).wait(timeout=20).passed
