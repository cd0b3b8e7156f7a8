"""Every overlay method against Prism: each request is checked against the real spec.

Prism runs with `--errors`, so a request the spec would reject comes back as an error
response and the SDK raises; a passing test is a request the spec accepts and a response
the SDK parsed into its typed model.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from revyl_sdk import AsyncRevyl, Revyl, RevylError, TestRun, WorkflowRun
from revyl_sdk import types as t

TEST_ID = "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11"
WORKFLOW_ID = "4f1d2c3b-5a6e-4f70-8a9b-0c1d2e3f4a5b"
APP_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
BUILD_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
TASK_ID = "7e6d5c4b-3a29-4817-b6a5-948372615049"
YAML = """\
test:
  metadata:
    name: Login
    platform: android
  blocks:
    - type: instructions
      step_description: Tap Login
"""
BLOCKS = [{"type": "instructions", "step_description": "Tap Login"}]


@pytest.fixture
def client(prism_url: str) -> Iterator[Revyl]:
    with Revyl("contract-key", base_url=prism_url, max_retries=0, ci_headers=False) as client:
        yield client


def test_tests_run_status_cancel(client: Revyl) -> None:
    run = client.tests.run(
        TEST_ID,
        build_version_id=BUILD_ID,
        retries=2,
        variable_overrides={"user": "qa"},
        device_model="Pixel 8",
        os_version="14",
    )
    assert isinstance(run, TestRun) and run.task_id
    assert isinstance(client.tests.get_status(TASK_ID), t.TestStatusResponse)
    assert isinstance(client.tests.cancel(TASK_ID), t.CancelTestResponse)


def test_workflows_run_status_history(client: Revyl) -> None:
    run = client.workflows.run(WORKFLOW_ID, variable_overrides={"env": "staging"})
    assert isinstance(run, WorkflowRun) and run.task_id
    assert isinstance(client.workflows.get_status(TASK_ID), t.WorkflowStatusResponse)
    history = client.workflows.history(WORKFLOW_ID, limit=5, offset=0)
    assert isinstance(history, t.WorkflowExecutionHistoryResponse)


def test_apps_crud_and_lazy_listing(client: Revyl) -> None:
    created = client.apps.create(name="Shop", platform="android", description="store app")
    assert isinstance(created, t.AppResponse)
    # Prism always answers has_next=true: taking three items proves pages are fetched lazily.
    first_three = list(itertools.islice(client.apps.list(platform="ios", search="Shop"), 3))
    assert len(first_three) == 3 and all(isinstance(app, t.AppResponse) for app in first_three)
    assert isinstance(client.apps.get(APP_ID), t.AppResponse)
    assert isinstance(client.apps.update(APP_ID, name="Shop 2"), t.AppResponse)
    assert client.apps.delete(APP_ID).message


def test_builds(client: Revyl) -> None:
    builds = list(itertools.islice(client.builds.list(APP_ID, search="1.2"), 2))
    assert len(builds) == 2 and all(isinstance(build, t.BuildResponse) for build in builds)
    assert isinstance(client.builds.get(BUILD_ID, include_download_url=True), t.BuildResponse)
    assert isinstance(client.builds.update(BUILD_ID, version="1.2.3"), t.BuildResponse)
    assert client.builds.delete(BUILD_ID) is None
    imported = client.builds.from_url(
        APP_ID, "https://ci.example.com/app.apk", version="1.2.4", headers={"X-Token": "t"}, set_as_current=True
    )
    assert isinstance(imported, t.BuildResponse)


def test_yaml_operations(client: Revyl) -> None:
    created = client.yaml.create_test(YAML, metadata_overrides={"name": "Login (CI)"})
    assert isinstance(created, t.YamlCreationResponse)
    from_blocks = client.yaml.create_test_from_blocks(BLOCKS, metadata={"name": "Login", "platform": "android"})
    assert isinstance(from_blocks, t.TestCreationResponse)
    assert isinstance(client.yaml.to_yaml(BLOCKS), str)


def test_yaml_to_blocks_reports_shape_mismatch_clearly(client: Revyl) -> None:
    # The spec allows text or blocks in converted_content; Prism's example is text, which
    # the SDK must refuse to pass off as blocks rather than return the wrong type.
    with pytest.raises(RevylError, match="returned text instead of blocks"):
        client.yaml.to_blocks(YAML)


def test_share_link(client: Revyl) -> None:
    assert isinstance(client.reports.share_link(TASK_ID, expiration_hours=24), str)


def test_hidden_operations_against_patched_spec(patched_prism_url: str) -> None:
    """validate-yaml and the CLI's workflow-cancel route are served but not listed in the spec."""
    with Revyl("contract-key", base_url=patched_prism_url, max_retries=0) as client:
        assert isinstance(client.yaml.validate(YAML), t.ValidationResponse)
        assert isinstance(client.workflows.cancel(TASK_ID), t.WorkflowCancelResponse)


async def test_hidden_operations_async(patched_prism_url: str) -> None:
    async with AsyncRevyl("contract-key", base_url=patched_prism_url, max_retries=0) as client:
        assert isinstance(await client.yaml.validate(YAML), t.ValidationResponse)
        assert isinstance(await client.workflows.cancel(TASK_ID), t.WorkflowCancelResponse)


async def test_async_client_covers_the_same_calls(prism_url: str) -> None:
    async with AsyncRevyl("contract-key", base_url=prism_url, max_retries=0, ci_headers=False) as client:
        run = await client.tests.run(TEST_ID)
        assert isinstance(await run.get_status(), t.TestStatusResponse)
        assert isinstance(await run.cancel(), t.CancelTestResponse)
        workflow_run = await client.workflows.run(WORKFLOW_ID)
        assert isinstance(await workflow_run.get_status(), t.WorkflowStatusResponse)
        assert isinstance(await client.workflows.history(WORKFLOW_ID), t.WorkflowExecutionHistoryResponse)
        apps = []
        async for app in client.apps.list():
            apps.append(app)
            if len(apps) == 2:
                break
        assert len(apps) == 2
        assert isinstance(await client.apps.create(name="Shop", platform="IOS"), t.AppResponse)
        assert isinstance(await client.apps.get(APP_ID), t.AppResponse)
        assert isinstance(await client.apps.update(APP_ID, description="d"), t.AppResponse)
        assert (await client.apps.delete(APP_ID)).message
        async for build in client.builds.list(APP_ID):
            assert isinstance(build, t.BuildResponse)
            break
        assert isinstance(await client.builds.get(BUILD_ID), t.BuildResponse)
        assert isinstance(await client.builds.update(BUILD_ID, metadata={"k": "v"}), t.BuildResponse)
        assert await client.builds.delete(BUILD_ID) is None
        assert isinstance(await client.builds.from_url(APP_ID, "https://x.test/a.apk", version="9"), t.BuildResponse)
        assert isinstance(await client.yaml.create_test(YAML), t.YamlCreationResponse)
        assert isinstance(await client.yaml.create_test_from_blocks(BLOCKS, metadata={}), t.TestCreationResponse)
        assert isinstance(await client.yaml.to_yaml(BLOCKS), str)
        assert isinstance(await client.reports.share_link(TASK_ID), str)
