"""`client.api` (the generated client on the SDK's transport) against the emulator, sync and
async, for an operation the overlay does not wrap (`get_user_uuid_endpoint`) and one it does
(`get_app`, behind `client.apps.get`)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
import revyl_sdk
from revyl_api.api.apps import get_app
from revyl_api.api.user import get_user_uuid_endpoint
from revyl_api.models import AppResponse, AuthInfo
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._core.options import DEFAULT_TIMEOUT
from revyl_sdk.testing import RevylEmulator

WHOAMI = "/api/v1/entity/users/get_user_uuid"
FAST_RETRY = {"retry-after-ms": "1"}  # the policy's Retry-After family keeps the test quick


@pytest.fixture
def emulator() -> Any:
    with RevylEmulator() as em:
        yield em


def _client(em: RevylEmulator, **settings: Any) -> Revyl:
    settings.setdefault("api_key", em.api_key)
    return Revyl(base_url=em.base_url, ci_headers=False, **settings)


def _async_client(em: RevylEmulator, **settings: Any) -> AsyncRevyl:
    settings.setdefault("api_key", em.api_key)
    return AsyncRevyl(base_url=em.base_url, ci_headers=False, **settings)


def test_unwrapped_and_wrapped_operations_parse(emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    with _client(emulator) as client:
        me = get_user_uuid_endpoint.sync(client=client.api)
        app = get_app.sync(app_id=app_id, client=client.api)
    assert isinstance(me, AuthInfo) and me.org_name == "Revyl Emulator"
    assert isinstance(app, AppResponse) and app.name == "Shop"
    sent = next(r for r in emulator.requests if r.path == WHOAMI)
    assert sent.headers["user-agent"].startswith("revyl-sdk/")
    assert sent.headers["authorization"] == f"Bearer {emulator.api_key}"


def test_wrong_key_raises_authentication_error(emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    with _client(emulator, api_key="wrong") as client:
        with pytest.raises(revyl_sdk.AuthenticationError):
            get_user_uuid_endpoint.sync(client=client.api)
        with pytest.raises(revyl_sdk.AuthenticationError):
            get_app.sync(app_id=app_id, client=client.api)


def test_two_503s_then_200_are_retried_and_parsed(emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    emulator.fail(WHOAMI, status=503, times=2, headers=FAST_RETRY)
    emulator.fail(f"/api/v1/apps/{app_id}", status=503, times=2, headers=FAST_RETRY)
    with _client(emulator) as client:
        assert isinstance(get_user_uuid_endpoint.sync(client=client.api), AuthInfo)
        assert get_app.sync(app_id=app_id, client=client.api).name == "Shop"  # type: ignore[union-attr]
    statuses = [r.status for r in emulator.requests if r.path in (WHOAMI, f"/api/v1/apps/{app_id}")]
    assert statuses == [503, 503, 200, 503, 503, 200]


def test_404_raises_not_found_with_request_id(emulator: RevylEmulator) -> None:
    with _client(emulator) as client, pytest.raises(revyl_sdk.NotFoundError) as caught:
        get_app.sync(app_id="5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11", client=client.api)
    error = caught.value
    assert error.request_id == emulator.requests[-1].request_id and error.request_id
    assert error.request is not None and error.request.method == "GET"
    assert isinstance(error.body, dict) and error.detail == error.body["detail"]


def test_default_timeout_applies_and_a_short_one_names_the_attempts(emulator: RevylEmulator) -> None:
    with _client(emulator) as client:
        assert client.api.get_httpx_client().timeout == DEFAULT_TIMEOUT
    emulator.slow_down(WHOAMI, 2.0, times=None)
    with _client(emulator, timeout=0.2, max_retries=1) as client, pytest.raises(revyl_sdk.APITimeoutError) as caught:
        get_user_uuid_endpoint.sync(client=client.api)
    assert caught.value.attempts == 2
    assert str(caught.value) == f"GET {WHOAMI} timed out after 0.2 s (2 attempts)"


def test_debug_log_has_the_request_and_not_the_key(emulator: RevylEmulator, caplog: pytest.LogCaptureFixture,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVYL_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="revyl_sdk")
    with _client(emulator) as client:
        get_user_uuid_endpoint.sync(client=client.api)
    text = caplog.text
    assert f"GET {emulator.base_url}{WHOAMI} -> 200" in text
    assert "'authorization': '<redacted>'" in text.lower()
    assert emulator.api_key not in text


def test_with_options_copies_carry_their_settings(emulator: RevylEmulator) -> None:
    emulator.fail(WHOAMI, status=503, times=1)
    with _client(emulator) as client:
        strict = client.with_options(max_retries=0, timeout=4, default_headers={"X-Team": "qa"})
        with pytest.raises(revyl_sdk.InternalServerError):
            get_user_uuid_endpoint.sync(client=strict.api)
        assert strict.api.get_httpx_client().timeout == revyl_sdk._core.options.as_timeout(4)
        get_user_uuid_endpoint.sync(client=strict.api)
    assert emulator.requests[-1].headers["x-team"] == "qa"


def test_callable_api_key_is_read_per_request(emulator: RevylEmulator) -> None:
    keys = iter(["wrong", emulator.api_key])
    with _client(emulator, api_key=lambda: next(keys), max_retries=0) as client:
        with pytest.raises(revyl_sdk.AuthenticationError):
            get_user_uuid_endpoint.sync(client=client.api)
        assert isinstance(get_user_uuid_endpoint.sync(client=client.api), AuthInfo)
        assert "wrong" not in repr(client) + repr(client.api) + repr(client.options)


def test_sync_api_refuses_the_async_functions(emulator: RevylEmulator) -> None:
    import asyncio

    with _client(emulator) as client, pytest.raises(TypeError, match="AsyncRevyl"):
        asyncio.run(get_user_uuid_endpoint.asyncio(client=client.api))


async def test_async_api_behaves_alike(emulator: RevylEmulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="revyl_sdk")
    app_id = emulator.add_app("Shop")
    emulator.fail(WHOAMI, status=503, times=2, headers=FAST_RETRY)
    async with _async_client(emulator) as client:
        assert isinstance(await get_user_uuid_endpoint.asyncio(client=client.api), AuthInfo)
        app = await get_app.asyncio(app_id=app_id, client=client.api)
        assert isinstance(app, AppResponse) and app.name == "Shop"
        assert client.api.get_async_httpx_client().timeout == DEFAULT_TIMEOUT
        with pytest.raises(revyl_sdk.NotFoundError):
            await get_app.asyncio(app_id="5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11", client=client.api)
    async with _async_client(emulator, api_key="wrong") as client:
        with pytest.raises(revyl_sdk.AuthenticationError):
            await get_user_uuid_endpoint.asyncio(client=client.api)
    emulator.slow_down(WHOAMI, 2.0, times=None)
    async with _async_client(emulator, timeout=0.2, max_retries=0) as client:
        with pytest.raises(revyl_sdk.APITimeoutError, match=r"timed out after 0.2 s \(1 attempt\)"):
            await get_user_uuid_endpoint.asyncio(client=client.api)
    assert [r.status for r in emulator.requests if r.path == WHOAMI][:3] == [503, 503, 200]
    assert emulator.api_key not in caplog.text and "<redacted>" in caplog.text
