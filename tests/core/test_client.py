"""Construction, headers, options and logging of the clients."""

from __future__ import annotations

import json
import logging
import platform

import httpx
import pytest
import respx
import revyl_sdk
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._core.logging import configure_from_env, logger

BASE = "https://api.test"
STATUS_URL = f"{BASE}/api/v1/tests/get_test_execution_task"
STATUS_BODY = {"id": "7e6d5c4b-3a29-4817-b6a5-948372615049", "status": "running"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "REVYL_API_KEY",
        "REVYL_BACKEND_URL",
        "GITHUB_ACTIONS",
        "GITLAB_CI",
        "CIRCLECI",
        "BUILDKITE",
        "JENKINS_URL",
        "BITRISE_IO",
        "REVYL_LOG",
    ):
        monkeypatch.delenv(name, raising=False)


def test_missing_key_fails_before_any_request() -> None:
    with respx.mock(assert_all_called=False) as mock:
        with pytest.raises(revyl_sdk.RevylError, match="REVYL_API_KEY"):
            Revyl()
        with pytest.raises(revyl_sdk.RevylError, match="REVYL_API_KEY"):
            AsyncRevyl(api_key="  ")
        assert not mock.calls


def test_key_and_url_come_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVYL_API_KEY", "env-key")
    monkeypatch.setenv("REVYL_BACKEND_URL", "https://staging.test/")
    client = Revyl()
    assert client.base_url == "https://staging.test"
    assert client.options.api_key == "env-key"


def test_default_base_url() -> None:
    assert Revyl("k").base_url == "https://backend.revyl.ai"


@respx.mock
def test_every_request_identifies_the_sdk_and_authenticates() -> None:
    route = respx.get(STATUS_URL).respond(200, json=STATUS_BODY)
    Revyl("secret", base_url=BASE).tests.get_status("t1")
    headers = route.calls.last.request.headers
    assert headers["authorization"] == "Bearer secret"
    assert headers["user-agent"] == f"revyl-sdk/{revyl_sdk.__version__} python/{platform.python_version()}"
    assert headers["x-revyl-client"] == "python-sdk"
    assert not any(name.lower().startswith("x-ci-") for name in headers)


@respx.mock
def test_ci_headers_are_detected_overridable_and_switchable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITLAB_CI", "true")
    monkeypatch.setenv("CI_COMMIT_SHA", "abc123")
    monkeypatch.setenv("CI_COMMIT_REF_NAME", "main")
    route = respx.get(STATUS_URL).respond(200, json=STATUS_BODY)

    Revyl("k", base_url=BASE).tests.get_status("t1")
    sent = route.calls.last.request.headers
    assert (sent["x-ci-system"], sent["x-ci-commit-sha"], sent["x-ci-branch"]) == ("gitlab-ci", "abc123", "main")

    Revyl("k", base_url=BASE, ci_headers={"X-CI-Branch": "release"}).tests.get_status("t1")
    assert route.calls.last.request.headers["x-ci-branch"] == "release"

    Revyl("k", base_url=BASE, ci_headers=False).tests.get_status("t1")
    assert "x-ci-system" not in route.calls.last.request.headers


@respx.mock
def test_default_timeout_and_per_call_override() -> None:
    route = respx.get(STATUS_URL).respond(200, json=STATUS_BODY)
    client = Revyl("k", base_url=BASE)
    client.tests.get_status("t1")
    assert route.calls.last.request.extensions["timeout"]["read"] == 30.0
    client.tests.get_status("t1", timeout=2.5)
    assert route.calls.last.request.extensions["timeout"]["read"] == 2.5
    client.with_options(timeout=7).tests.get_status("t1")
    assert route.calls.last.request.extensions["timeout"]["read"] == 7


@respx.mock
def test_with_options_shares_pool_and_leaves_original_alone() -> None:
    route = respx.get(STATUS_URL).respond(200, json=STATUS_BODY)
    client = Revyl("k", base_url=BASE, max_retries=2)
    tuned = client.with_options(max_retries=0, default_headers={"X-Team": "mobile"})
    assert tuned.options.max_retries == 0 and client.options.max_retries == 2
    assert tuned._api.http_client is client._api.http_client
    tuned.tests.get_status("t1")
    assert route.calls.last.request.headers["x-team"] == "mobile"
    client.tests.get_status("t1")
    assert "x-team" not in route.calls.last.request.headers
    tuned.close()  # does not own the pool
    assert not client._api.http_client.is_closed


def test_context_manager_closes_owned_client_only() -> None:
    with Revyl("k") as client:
        pool = client._api.http_client
    assert pool.is_closed
    mine = httpx.Client()
    with Revyl("k", http_client=mine):
        pass
    assert not mine.is_closed


async def test_async_context_manager_closes() -> None:
    async with AsyncRevyl("k") as client:
        pool = client._api.http_client
    assert pool.is_closed


def test_negative_max_retries_is_a_clear_error() -> None:
    with pytest.raises(revyl_sdk.RevylError, match="max_retries"):
        Revyl("k", max_retries=-1)


@respx.mock
def test_debug_logging_redacts_authorization(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("REVYL_LOG", "debug")
    monkeypatch.setattr(logger, "handlers", [])
    configure_from_env()
    respx.get(STATUS_URL).respond(200, json=STATUS_BODY)
    with caplog.at_level(logging.DEBUG, logger="revyl_sdk"):
        Revyl("super-secret-key", base_url=BASE).tests.get_status("t1")
    text = caplog.text
    assert "GET https://api.test/api/v1/tests/get_test_execution_task?task_id=t1 -> 200" in text
    assert "super-secret-key" not in text
    assert "<redacted>" in text


def test_presigned_signature_is_redacted_in_urls() -> None:
    from revyl_sdk._core.logging import redact_url

    url = "https://bucket.s3.amazonaws.com/k?X-Amz-Credential=AKIA&X-Amz-Signature=cafe&partNumber=3"
    redacted = redact_url(url)
    assert "cafe" not in redacted and "AKIA" not in redacted and "partNumber=3" in redacted


@respx.mock
def test_platform_is_case_insensitive_and_checked_before_sending() -> None:
    route = respx.post(f"{BASE}/api/v1/apps/").respond(
        200, json={"id": "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11", "name": "Shop", "platform": "Android"}
    )
    client = Revyl("k", base_url=BASE)
    app = client.apps.create(name="Shop", platform="android")
    assert app.platform == "Android"
    assert json.loads(route.calls.last.request.content)["platform"] == "Android"
    with pytest.raises(revyl_sdk.RevylError, match="Unknown platform 'windows'"):
        client.apps.create(name="Shop", platform="windows")
    assert route.call_count == 1


@respx.mock
def test_an_option_the_body_does_not_have_is_refused_before_sending() -> None:
    route = respx.post(f"{BASE}/api/v1/execution/api/execute_test_id_async").respond(200, json={})
    workflow_route = respx.post(f"{BASE}/api/v1/execution/api/execute_workflow_id_async").respond(200, json={})
    client = Revyl("k", base_url=BASE, ci_headers=False)
    test_id = "5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11"
    # Untyped callers can pass anything; the API would silently ignore an extra property.
    with pytest.raises(revyl_sdk.RevylError) as raised:
        client.tests.run(test_id, retires=3, shiny=True)  # type: ignore[call-arg]
    message = str(raised.value)
    assert message.startswith("Unknown test run options: 'retires' (did you mean 'retries'?), 'shiny'. TaskID")
    assert "has no such fields" in message
    with pytest.raises(revyl_sdk.RevylError, match="Unknown workflow run options: 'variable_override' "
                                                   r"\(did you mean 'variable_overrides'\?\)"):
        client.workflows.run(test_id, variable_override={"a": "b"})  # type: ignore[call-arg]
    assert route.call_count == workflow_route.call_count == 0
