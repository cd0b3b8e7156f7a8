"""The contract set for lookups and run reports, on Prism (the pinned spec) and the emulator.

Prism checks every request against the spec and answers with the spec's examples (tests
and workflows named "string"); the emulator answers from state and each answer is checked
against the spec. The bodies below run unchanged on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from _emu_support import SpecChecker, checked_client
from revyl_sdk import AsyncRevyl, Revyl, RevylError, RunReport, WorkflowReport
from revyl_sdk import types as t
from revyl_sdk._core.runtime import run_async as drive_async
from revyl_sdk._core.runtime import run_sync as drive
from revyl_sdk._reports.fetch import run_report_plan, workflow_report_plan
from revyl_sdk.testing import RevylEmulator

PRISM_ID = "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11"


@dataclass(frozen=True)
class Backend:
    name: str
    base_url: str
    api_key: str
    test_name: str
    workflow_name: str
    ids: dict[str, str]
    transport: httpx.Client | None = None

    def client(self) -> Revyl:
        return Revyl(self.api_key, base_url=self.base_url, max_retries=0, ci_headers=False,
                     http_client=self.transport)

    def async_client(self) -> AsyncRevyl:
        return AsyncRevyl(self.api_key, base_url=self.base_url, max_retries=0, ci_headers=False)


@pytest.fixture(params=["emulator", pytest.param("prism", marks=pytest.mark.contract)])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    if request.param == "prism":
        ids = {"test": PRISM_ID, "workflow": PRISM_ID, "task": PRISM_ID, "workflow_task": PRISM_ID}
        yield Backend("prism", request.getfixturevalue("prism_url"), "contract-key", "string", "string", ids)
        return
    emulator: RevylEmulator = request.getfixturevalue("emulator")
    checker: SpecChecker = request.getfixturevalue("spec_checker")
    test_id = emulator.add_test("Checkout", steps=["Open the cart", "Tap Pay"], tags=["smoke"])
    emulator.script(test_id, outcome="failed", error_message="Pay button missing")
    workflow_id = emulator.add_workflow("Smoke", [test_id])
    with Revyl(emulator.api_key, base_url=emulator.base_url) as client:
        task = client.tests.run(test_id, wait=True).task_id
        workflow_task = client.workflows.run(workflow_id, wait=True).task_id
    with checked_client(emulator, checker) as transport:
        yield Backend("emulator", emulator.base_url, emulator.api_key, "Checkout", "Smoke",
                      {"test": test_id, "workflow": workflow_id, "task": task, "workflow_task": workflow_task},
                      transport)


def test_tests_list_get_find_history(backend: Backend) -> None:
    with backend.client() as client:
        listed = list(client.tests.list(platform="android", tag="smoke", search=backend.test_name[:4]))
        assert listed and all(isinstance(test, t.Test) for test in listed)
        assert isinstance(client.tests.get(backend.ids["test"]), t.Test)
        found = client.tests.find(backend.test_name)
        assert isinstance(found, t.SimpleTestItem) and found.name == backend.test_name
        history = list(client.tests.history(backend.ids["test"], status="failed"))
        assert history and all(isinstance(item, t.TestEnhancedHistoryItem) for item in history)


def test_workflows_list_find_get(backend: Backend) -> None:
    with backend.client() as client:
        listed = list(client.workflows.list())
        assert listed and all(isinstance(item, t.WorkflowWithLastStatus) for item in listed)
        assert client.workflows.find(backend.workflow_name).name == backend.workflow_name
        if backend.name == "emulator":
            assert client.workflows.get(backend.ids["workflow"]).name == "Smoke"
        else:  # the spec leaves this answer untyped and Prism answers `null`: the request was accepted
            with pytest.raises(RevylError, match="Unexpected 200 response from get_workflow_info_endpoint"):
                client.workflows.get(backend.ids["workflow"])


def test_run_and_workflow_reports(backend: Backend) -> None:
    with backend.client() as client:
        report = drive(client._api, run_report_plan(backend.ids["task"]))
        assert isinstance(report, RunReport) and report.steps and report.device_logs_url
        workflow = drive(client._api, workflow_report_plan(backend.ids["workflow_task"]))
        assert isinstance(workflow, WorkflowReport) and workflow.workflow_name == backend.workflow_name
        if backend.name == "emulator":  # Prism's example lists no child runs
            assert [child.test_name for child in workflow.tests] == ["Checkout"]


async def test_async_lookups_and_reports(backend: Backend) -> None:
    async with backend.async_client() as client:
        assert (await client.tests.find(backend.test_name)).name == backend.test_name
        assert [item async for item in client.workflows.list()]
        assert [item async for item in client.tests.history(backend.ids["test"])]
        report = await drive_async(client._api, run_report_plan(backend.ids["task"]))
        assert report.steps
