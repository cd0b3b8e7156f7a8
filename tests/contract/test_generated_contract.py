"""Prism-only contract checks: the raw generated client, the harness itself, spec edge cases.

The contract set for every overlay method runs on Prism and on the emulator alike:
tests/emulator/test_sdk_against_emulator.py.
"""

from __future__ import annotations

import uuid

import pytest
import revyl_sdk
from revyl_api import AuthenticatedClient, models
from revyl_api.api.apps import create_app, list_apps
from revyl_api.api.tests import get_test_execution_task
from revyl_sdk import Revyl
from revyl_sdk._core.base_client import APICall


@pytest.fixture
def raw_client(prism_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=prism_url, token="contract-key", raise_on_unexpected_status=True)


def test_three_generated_operations(raw_client: AuthenticatedClient) -> None:
    status = get_test_execution_task.sync(client=raw_client, task_id=str(uuid.uuid4()))
    assert isinstance(status, models.TestStatusResponse)
    apps = list_apps.sync(client=raw_client, page=1, page_size=10, platform="Android")
    assert isinstance(apps, models.PaginatedAppsResponse)
    created = create_app.sync(client=raw_client, body=models.AppCreateRequest(name="Shop", platform="iOS"))
    assert isinstance(created, models.AppResponse)


def test_prism_rejects_a_request_the_spec_forbids(prism_url: str) -> None:
    """Without this, a green contract suite could mean Prism checks nothing."""
    forbidden = APICall(
        request={"method": "post", "url": "/api/v1/apps/", "json": {"name": "Shop", "platform": "Windows"}},
        parse=lambda response: response.json(),
    )
    with (
        Revyl("contract-key", base_url=prism_url, max_retries=0) as client,
        pytest.raises(revyl_sdk.UnprocessableEntityError),
    ):
        client._api.execute(forbidden)


def test_prism_rejects_missing_credentials(prism_url: str) -> None:
    unauthenticated = AuthenticatedClient(base_url=prism_url, token="", prefix="")
    response = get_test_execution_task.sync_detailed(client=unauthenticated, task_id=str(uuid.uuid4()))
    assert response.status_code == 401


def test_yaml_to_blocks_refuses_text_in_place_of_blocks(prism_url: str) -> None:
    """The spec allows text or blocks in `converted_content`; Prism's example is text."""
    client = Revyl("contract-key", base_url=prism_url, max_retries=0)
    with client, pytest.raises(revyl_sdk.RevylError, match="returned text instead of blocks"):
        client.yaml.to_blocks("test:\n  metadata:\n    name: Login\n")
