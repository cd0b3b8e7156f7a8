"""Client settings are honoured or refused at construction (one line, nothing sent)."""

from __future__ import annotations

import logging

import httpx
import pytest
import revyl_sdk
from revyl_sdk import AsyncRevyl, Revyl

STATUS = "/api/v1/tests/get_test_execution_task"
STATUS_BODY = {"id": "7e6d5c4b-3a29-4817-b6a5-948372615049", "status": "running"}


class Recorder:
    """An httpx transport answering every request from `answer`, keeping what it was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/old":
            return httpx.Response(307, headers={"Location": "/new"})
        return httpx.Response(200, json=STATUS_BODY)


def _user_client(recorder: Recorder, **settings: object) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder), **settings)  # type: ignore[arg-type]


def _one_line(error: pytest.ExceptionInfo[BaseException]) -> str:
    text = str(error.value)
    assert "\n" not in text
    return text


def test_timeout_none_means_no_timeout() -> None:
    recorder = Recorder()
    with Revyl("key", base_url="https://api.test", timeout=None, http_client=_user_client(recorder)) as client:
        client.tests.get_status("t1")
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(None).as_dict()


def test_user_http_client_keeps_its_timeout_unless_one_is_given() -> None:
    recorder = Recorder()
    user = _user_client(recorder, timeout=3.0, limits=httpx.Limits(max_connections=7))
    with Revyl("key", base_url="https://api.test", http_client=user) as client:
        client.tests.get_status("t1")
        assert client._api.http_client is user  # its pool and limits, as built
    with Revyl("key", base_url="https://api.test", http_client=user, timeout=5) as client:
        client.tests.get_status("t1")
    assert [request.extensions["timeout"]["read"] for request in recorder.requests] == [3.0, 5]


@pytest.mark.parametrize(("base_url", "says"), [
    ("127.0.0.1:8000", "pass base_url='http://127.0.0.1:8000'"),
    ("backend.revyl.ai", "pass base_url='http://backend.revyl.ai'"),
    ("https://backend.revyl.ai/api/v1", "pass base_url='https://backend.revyl.ai'"),
    ("https://proxy.test/revyl/api/v1/", "pass base_url='https://proxy.test/revyl'"),
    ("https://backend.revyl.ai?region=eu", "pass base_url='https://backend.revyl.ai'"),
    ("ftp://backend.revyl.ai", "needs a scheme and a host"),
])
def test_bad_base_urls_are_refused_naming_what_to_pass(base_url: str, says: str) -> None:
    recorder = Recorder()
    with pytest.raises(revyl_sdk.RevylError) as caught:
        Revyl("key", base_url=base_url, http_client=_user_client(recorder))
    assert says in _one_line(caught)
    assert recorder.requests == []


def test_a_base_url_path_prefix_is_kept() -> None:
    recorder = Recorder()
    with Revyl("key", base_url="https://proxy.test/revyl/", http_client=_user_client(recorder)) as client:
        client.tests.get_status("t1")
    assert recorder.requests[0].url.path == "/revyl" + STATUS


def test_a_client_of_the_wrong_kind_is_a_type_error() -> None:
    with pytest.raises(TypeError) as caught:
        Revyl("key", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert "use AsyncRevyl" in _one_line(caught)
    with pytest.raises(TypeError) as caught:
        AsyncRevyl("key", http_client=httpx.Client())  # type: ignore[arg-type]
    assert "use Revyl" in _one_line(caught)


def test_callable_api_key_is_read_per_request_and_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="revyl_sdk")
    keys = iter(["rotating-1", "rotating-2"])
    recorder = Recorder()
    with Revyl(lambda: next(keys), base_url="https://api.test", http_client=_user_client(recorder)) as client:
        client.tests.get_status("t1")
        client.tests.get_status("t1")
        shown = repr(client) + repr(client.options)
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer rotating-1", "Bearer rotating-2"]
    assert "rotating" not in caplog.text + shown


def test_a_callable_key_returning_nothing_is_refused_without_showing_it() -> None:
    recorder = Recorder()
    with Revyl(lambda: "", base_url="https://api.test", http_client=_user_client(recorder)) as client, \
            pytest.raises(revyl_sdk.RevylError) as caught:
        client.tests.get_status("t1")
    assert "api_key callable returned an empty string" in _one_line(caught)
    assert recorder.requests == []


def test_get_follows_redirects_and_post_names_the_new_location() -> None:
    recorder = Recorder()
    with Revyl("key", base_url="https://api.test", http_client=_user_client(recorder)) as client:
        assert client.get("/old")["status"] == "running"
        assert [r.url.path for r in recorder.requests] == ["/old", "/new"]
        with pytest.raises(revyl_sdk.APIStatusError) as caught:
            client.post("/old", json={})
    assert "POST /old was redirected to https://api.test/new" in _one_line(caught)
    assert caught.value.status_code == 307


@pytest.mark.parametrize("timeout", [0, -1, "30", True])
def test_nonsense_timeouts_are_refused(timeout: object) -> None:
    with pytest.raises(revyl_sdk.RevylError) as caught:
        Revyl("key", timeout=timeout)  # type: ignore[arg-type]
    assert "timeout must be" in _one_line(caught)
