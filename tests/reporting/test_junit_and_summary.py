"""`revyl_sdk.reporting`: JUnit XML valid against the published schema, one testcase per run,
a failure naming the failing step for each failed run; the GitHub summary table."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
import xmlschema
from _junit_schema import valid_junit
from revyl_sdk import AsyncRevyl, Revyl, TestResult, WorkflowResult
from revyl_sdk.reporting import github_summary, write_junit
from revyl_sdk.testing import RevylEmulator

CHECKOUT = """\
test:
  metadata: {name: Checkout, platform: android}
  blocks:
    - {type: instructions, step_description: Open the cart}
    - {type: instructions, step_description: Tap Pay}
    - {type: validation, step_description: The receipt is shown}
"""


@pytest.fixture
def runs() -> Iterator[tuple[RevylEmulator, Revyl, list[TestResult | WorkflowResult]]]:
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01) as emulator:
        login = emulator.add_test("Login <flow> & more", steps=["Open the app", "Sign in"])
        checkout = emulator.add_test("Checkout", yaml=CHECKOUT)
        odd = emulator.add_test("Search | filters", steps=["Type", "Check results"])
        emulator.script(checkout, outcome="failed", fail_at_step=2, error_message="Pay button missing")
        emulator.script(odd, outcome="completed_failed", error_message="Results were\nempty")
        emulator.add_workflow("Smoke", [login, checkout])
        with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
            tests = [client.tests.run(test_id) for test_id in (login, checkout, odd)]
            workflow = client.workflows.run("Smoke")
            yield emulator, client, client.monitor.wait_all([*tests, workflow])


def cases(root: ElementTree.Element) -> dict[str, ElementTree.Element]:
    return {f"{suite.get('name')}/{case.get('name')}": case
            for suite in root.iter("testsuite") for case in suite.iter("testcase")}


def test_junit_is_schema_valid_with_one_testcase_per_run(runs: tuple[RevylEmulator, Revyl, list],
                                                          tmp_path: Path) -> None:
    _, _, results = runs
    root = valid_junit(write_junit(results, tmp_path / "out" / "junit.xml"))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "3", "0")
    found = cases(root)
    assert sorted(found) == ["Revyl tests/Checkout", "Revyl tests/Login <flow> & more",
                             "Revyl tests/Search | filters", "Smoke/Checkout", "Smoke/Login <flow> & more"]
    failures = {name: case.find("failure") for name, case in found.items()}
    assert sorted(name for name, failure in failures.items() if failure is not None) == [
        "Revyl tests/Checkout", "Revyl tests/Search | filters", "Smoke/Checkout"]
    checkout = failures["Revyl tests/Checkout"]
    assert checkout is not None and checkout.get("type") == "failed"
    assert checkout.get("message") == "step 2 (Tap Pay) failed: Pay button missing"
    assert "Report: https://app.revyl.ai/tests/report?taskId=" in (checkout.text or "")
    search = failures["Revyl tests/Search | filters"]
    assert search is not None and search.get("type") == "completed"
    assert search.get("message", "").startswith("step 2 (Check results) failed: Results were")
    out = found["Revyl tests/Checkout"].findtext("system-out") or ""
    assert "1. [passed] Open the cart" in out and "2. [failed] Tap Pay" in out and "3. [pending]" in out
    assert out.startswith(f"Task: {results[1].task_id}\n")


def test_task_ids_and_report_links_are_suite_properties(runs: tuple[RevylEmulator, Revyl, list],
                                                        tmp_path: Path) -> None:
    _, _, results = runs
    root = valid_junit(write_junit(results, tmp_path / "junit.xml"))
    suites = {suite.get("name"): {p.get("name"): p.get("value") for p in suite.iter("property")}
              for suite in root.iter("testsuite")}
    assert suites["Revyl tests"]["Checkout.task_id"] == results[1].task_id
    assert suites["Revyl tests"]["Checkout.report_url"].endswith(f"taskId={results[1].task_id}")
    workflow = results[3]
    assert suites["Smoke"]["task_id"] == workflow.task_id
    assert suites["Smoke"]["report_url"].endswith(f"/workflows/report?taskId={workflow.task_id}")
    assert {suites["Smoke"]["Checkout.task_id"], suites["Smoke"]["Login <flow> & more.task_id"]} == {
        child.task_id for child in workflow.children}


def test_without_reports_nothing_is_fetched_and_the_file_is_still_valid(
        runs: tuple[RevylEmulator, Revyl, list], tmp_path: Path) -> None:
    emulator, _, results = runs
    before = len(emulator.requests)
    root = valid_junit(write_junit(results, tmp_path / "junit.xml", fetch_reports=False))
    assert len(emulator.requests) == before
    checkout = cases(root)[f"Revyl tests/{results[1].task_id}"].find("failure")
    assert checkout is not None and checkout.get("message") == "run failed: Pay button missing"


def test_the_schema_would_catch_a_broken_file(tmp_path: Path) -> None:
    """Guards the guard: the published schema refuses what it should (a suite without counts)."""
    broken = tmp_path / "broken.xml"
    broken.write_text('<testsuites><testsuite name="x"><testcase name="a"/></testsuite></testsuites>')
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        valid_junit(broken)


def test_github_summary_table(runs: tuple[RevylEmulator, Revyl, list]) -> None:
    _, _, results = runs
    lines = github_summary(results).splitlines()
    assert lines[0] == "### Revyl: 2 of 5 test runs passed (3 failed)"
    assert lines[2] == "| Test | Status | Duration | Failing step | Report |"
    rows = {line.split(" | ")[0].lstrip("| "): line for line in lines[4:]}
    assert set(rows) == {"Login <flow> & more", "Checkout", "Search \\| filters", "Smoke / Login <flow> & more",
                         "Smoke / Checkout"}
    assert "| ❌ failed |" in rows["Checkout"] and "| 2. Tap Pay: Pay button missing |" in rows["Checkout"]
    assert "2. Check results: Results were empty" in rows["Search \\| filters"]  # one line, pipe escaped
    assert f"[report](https://app.revyl.ai/tests/report?taskId={results[1].task_id})" in rows["Checkout"]
    assert "| ✅ passed |" in rows["Smoke / Login <flow> & more"]


async def test_async_results_use_the_reports_already_awaited(tmp_path: Path) -> None:
    with RevylEmulator(step_seconds=0.01, queued_seconds=0.01) as emulator:
        checkout = emulator.add_test("Checkout", yaml=CHECKOUT)
        emulator.script(checkout, outcome="failed", fail_at_step=2, error_message="Pay button missing")
        async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
            fetched = await client.tests.run(checkout, wait=True)
            bare = await client.tests.run(checkout, wait=True)
            await fetched.report()
            before = len(emulator.requests)
            root = valid_junit(write_junit([fetched, bare], tmp_path / "junit.xml"))
            assert len(emulator.requests) == before
    messages = [case.find("failure").get("message") for case in root.iter("testcase")]  # type: ignore[union-attr]
    assert messages == ["step 2 (Tap Pay) failed: Pay button missing", "run failed: Pay button missing"]
