"""`client.request` / `client.get` ..., `extra_query=` / `extra_body=` on overlay methods, and
`capture_responses()`, checked on what the emulator received and answered."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import revyl_sdk
from revyl_api.models import AuthInfo
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk.testing import RevylEmulator

WHOAMI = "/api/v1/entity/users/get_user_uuid"


@pytest.fixture
def emulator() -> Iterator[RevylEmulator]:
    with RevylEmulator() as em:
        yield em


@pytest.fixture
def client(emulator: RevylEmulator) -> Iterator[Revyl]:
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as revyl:
        yield revyl


def test_request_get_reaches_the_server_with_params_and_headers(client: Revyl, emulator: RevylEmulator) -> None:
    answer = client.request("GET", WHOAMI, params={"probe": "1"}, headers={"X-Trace": "t-1"})
    assert answer["org_name"] == "Revyl Emulator"
    sent = emulator.requests[-1]
    assert (sent.method, sent.path, sent.query) == ("GET", WHOAMI, "probe=1")
    assert sent.headers["x-trace"] == "t-1" and sent.headers["user-agent"].startswith("revyl-sdk/")


def test_cast_to_model_dict_and_response(client: Revyl) -> None:
    assert isinstance(client.get(WHOAMI, cast_to=AuthInfo), AuthInfo)
    assert client.get(WHOAMI, cast_to=dict)["service"] is False
    response = client.get(WHOAMI, cast_to=httpx.Response)
    assert isinstance(response, httpx.Response) and response.status_code == 200


def test_post_sends_json_and_errors_are_typed(client: Revyl, emulator: RevylEmulator) -> None:
    created = client.post("/api/v1/apps/", json={"name": "Shop", "platform": "Android"})
    assert created["name"] == "Shop"
    assert json.loads(emulator.requests[-1].body) == {"name": "Shop", "platform": "Android"}
    with pytest.raises(revyl_sdk.NotFoundError):
        client.delete("/api/v1/apps/5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11")


def test_bad_custom_requests_are_refused_before_sending(client: Revyl, emulator: RevylEmulator) -> None:
    before = len(emulator.requests)
    with pytest.raises(revyl_sdk.RevylError, match="path must start with '/'"):
        client.get("api/v1/tags")
    with pytest.raises(revyl_sdk.RevylError, match="method must be one of"):
        client.request("FETCH", WHOAMI)
    with pytest.raises(revyl_sdk.RevylError, match="cast_to must be"):
        client.get(WHOAMI, cast_to=str)
    assert len(emulator.requests) == before


def test_extra_query_and_extra_body_reach_the_server(client: Revyl, emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    client.apps.get(app_id, extra_query={"include_builds": "true"})
    assert emulator.requests[-1].query == "include_builds=true"
    client.apps.update(app_id, name="Shop 2", extra_body={"color": "teal"})
    assert json.loads(emulator.requests[-1].body) == {"name": "Shop 2", "color": "teal"}
    listed = list(client.apps.list(search="Shop", extra_query={"archived": "false"}))
    assert listed and "archived=false" in emulator.requests[-1].query
    assert "search=Shop" in emulator.requests[-1].query


def test_misspelt_typed_option_is_still_refused(client: Revyl, emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    with pytest.raises(revyl_sdk.RevylError, match="did you mean 'name'"):
        client.apps.update(app_id, nmae="x", extra_body={"color": "teal"})  # type: ignore[call-arg]


def test_captured_responses_give_status_headers_and_request_id(client: Revyl, emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    with client.capture_responses() as captured:
        app = client.apps.get(app_id)
    assert app.name == "Shop" and len(captured) == 1
    info = captured.last
    assert info.status_code == 200 and info.method == "GET"
    assert info.request_id == emulator.requests[-1].request_id and info.request_id.startswith("req_")
    assert info.headers["content-type"].startswith("application/json")
    client.apps.get(app_id)
    assert len(captured) == 1  # the block is over


def test_request_id_sent_by_the_client_comes_back(client: Revyl) -> None:
    with client.capture_responses() as captured:
        client.get(WHOAMI, headers={"X-Request-ID": "mine-42"})
    assert captured.last.request_id == "mine-42"


async def test_async_twins(emulator: RevylEmulator) -> None:
    app_id = emulator.add_app("Shop")
    async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        assert (await client.get(WHOAMI, cast_to=AuthInfo)).org_name == "Revyl Emulator"
        with client.capture_responses() as captured:
            await client.apps.update(app_id, name="Shop 3", extra_body={"color": "red"},
                                     extra_query={"dry": "0"})
        with pytest.raises(revyl_sdk.NotFoundError):
            await client.get("/api/v1/apps/5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11")
    sent = next(r for r in emulator.requests if r.method == "PATCH")
    assert json.loads(sent.body) == {"name": "Shop 3", "color": "red"} and sent.query == "dry=0"
    assert captured.last.request_id == sent.request_id
