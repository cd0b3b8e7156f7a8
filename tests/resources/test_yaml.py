"""YAML input is checked locally first; `success: false` answers raise."""

from __future__ import annotations

from pathlib import Path

import pytest
import respx
from revyl_api.models import NormalizedActionBlock
from revyl_sdk import NameNotFoundError, OperationFailedError, Revyl, RevylError

BASE = "https://api.test"


@pytest.fixture
def client() -> Revyl:
    return Revyl("k", base_url=BASE, max_retries=0, ci_headers=False)


@respx.mock(assert_all_called=False)
def test_unparsable_yaml_names_line_and_sends_nothing(client: Revyl, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(RevylError, match=r"does not parse at line 3, column 8: mapping values are not allowed here"):
        client.yaml.create_test("test:\n  name: a\n    bad: [unclosed\n")
    assert not respx_mock.calls


def test_empty_yaml_is_rejected(client: Revyl) -> None:
    with pytest.raises(RevylError, match="empty"):
        client.yaml.validate("   \n")


def test_missing_yaml_file_is_named(client: Revyl, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(RevylError, match=r"Cannot read YAML file .*nope.yaml"):
        client.yaml.create_test(missing)


@respx.mock
def test_yaml_file_path_is_read(client: Revyl, tmp_path: Path) -> None:
    route = respx.post(f"{BASE}/api/v1/tests/yaml/from-yaml").respond(
        200, json={"success": True, "test_id": "t1", "extracted_metadata": {}, "blocks_count": 1, "generated_ids": []}
    )
    source = tmp_path / "login.yaml"
    source.write_text("test:\n  metadata:\n    name: Login\n")
    assert client.yaml.create_test(source).test_id == "t1"
    assert b"name: Login" in route.calls.last.request.content


@respx.mock
def test_success_false_raises_with_errors(client: Revyl) -> None:
    respx.post(f"{BASE}/api/v1/tests/yaml/from-blocks").respond(
        200,
        json={
            "success": False,
            "test_id": "",
            "blocks_count": 0,
            "generated_ids": [],
            "errors": ["block 1: unknown type", "name missing"],
        },
    )
    with pytest.raises(OperationFailedError) as caught:
        client.yaml.create_test_from_blocks([{"type": "instructions", "step_description": "Tap"}], metadata={})
    assert caught.value.errors == ["block 1: unknown type", "name missing"]
    assert str(caught.value) == "Creating the test from blocks failed: block 1: unknown type; name missing"


@respx.mock
def test_to_blocks_returns_typed_blocks(client: Revyl) -> None:
    block = {"id": "b1", "type": "instructions", "step_type": "instructions", "step_description": "Tap"}
    respx.post(f"{BASE}/api/v1/tests/yaml/conversion/yaml-to-blocks").respond(
        200, json={"success": True, "converted_content": [block], "errors": []}
    )
    (converted,) = client.yaml.to_blocks("test: {}\n")
    assert isinstance(converted, NormalizedActionBlock)
    assert converted.step_description == "Tap"


@respx.mock(assert_all_called=False)
def test_malformed_block_is_a_clear_error(client: Revyl, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(RevylError, match="Invalid blocks"):
        client.yaml.to_yaml([{"type": "teleport"}])
    assert not respx_mock.calls


@respx.mock(assert_all_called=False)
def test_a_test_id_that_is_no_uuid_is_looked_up_as_a_name(client: Revyl, respx_mock: respx.MockRouter) -> None:
    respx_mock.get(f"{BASE}/api/v1/tests/get_simple_tests").respond(
        json={"tests": [{"id": "7e6d5c4b-3a29-4817-b6a5-948372615049", "name": "login test", "platform": "ios"}],
              "count": 1})
    execute = respx_mock.post(f"{BASE}/api/v1/execution/api/execute_test_id_async")
    with pytest.raises(NameNotFoundError, match="no test named 'login-test'; did you mean 'login test'"):
        client.tests.run("login-test")
    assert not execute.called
