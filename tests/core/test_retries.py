"""Retry counts and delays, and the rule that runs are never started twice."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import time

import httpx
import pytest
import respx
import revyl_sdk
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._core import base_client as _base_client

BASE = "https://api.test"
STATUS_URL = f"{BASE}/api/v1/tests/get_test_execution_task"
EXECUTE_URL = f"{BASE}/api/v1/execution/api/execute_test_id_async"
HISTORY_URL = f"{BASE}/api/v1/tests/get_test_enhanced_history"
RUN_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"
TEST_ID = "5d9f2a4e-3f0f-4a51-9d4e-6c1c7d1c1a11"
STATUS_BODY = {"id": "7e6d5c4b-3a29-4817-b6a5-948372615049", "status": "running"}
EXECUTE_BODY = {"id": "7e6d5c4b-3a29-4817-b6a5-948372615049", "task_id": "t1", "status": "queued", "message": "ok"}


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", recorded.append)

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)  # the async client imports asyncio when it sends
    return recorded


def make_client(max_retries: int = 2) -> Revyl:
    return Revyl("key", base_url=BASE, max_retries=max_retries, ci_headers=False)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@respx.mock
def test_reads_retry_retryable_statuses(sleeps: list[float], status: int) -> None:
    route = respx.get(STATUS_URL).mock(
        side_effect=[httpx.Response(status), httpx.Response(status), httpx.Response(200, json=STATUS_BODY)]
    )
    assert make_client().tests.get_status("t1").status == "running"
    assert route.call_count == 3
    assert len(sleeps) == 2


@respx.mock
def test_gives_up_after_max_retries(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).respond(503)
    with pytest.raises(revyl_sdk.InternalServerError):
        make_client(max_retries=3).tests.get_status("t1")
    assert route.call_count == 4


@respx.mock
def test_max_retries_zero_disables(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).respond(503)
    with pytest.raises(revyl_sdk.InternalServerError):
        make_client(max_retries=0).tests.get_status("t1")
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize("failure", [httpx.Response(503), httpx.ConnectError("refused")])
@respx.mock
def test_a_call_with_retries_zero_is_sent_once_whatever_the_client_allows(
        sleeps: list[float], failure: httpx.Response | Exception) -> None:
    from revyl_sdk._devices.calls import active_once_call  # the lookup an interrupted start makes

    route = respx.get(f"{BASE}/api/v1/execution/device-sessions/active").mock(side_effect=[failure])
    with pytest.raises(revyl_sdk.RevylError):
        make_client(max_retries=3)._api.execute(active_once_call(3.0))
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 501])
@respx.mock
def test_non_retryable_statuses_are_not_retried(sleeps: list[float], status: int) -> None:
    route = respx.get(STATUS_URL).respond(status)
    with pytest.raises(revyl_sdk.APIStatusError):
        make_client().tests.get_status("t1")
    assert route.call_count == 1


@respx.mock
def test_backoff_is_exponential_jittered_and_capped(sleeps: list[float]) -> None:
    respx.get(STATUS_URL).respond(503)
    with pytest.raises(revyl_sdk.InternalServerError):
        make_client(max_retries=7).tests.get_status("t1")
    bounds = [(0.375, 0.5), (0.75, 1), (1.5, 2), (3, 4), (6, 8), (6, 8), (6, 8)]
    assert len(sleeps) == len(bounds)
    for delay, (low, high) in zip(sleeps, bounds, strict=True):
        assert low <= delay <= high


@respx.mock
def test_retry_after_seconds_is_honoured(sleeps: list[float]) -> None:
    respx.get(STATUS_URL).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=STATUS_BODY)]
    )
    make_client().tests.get_status("t1")
    assert sleeps == [3.0]


@respx.mock
def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    respx.get(STATUS_URL).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=STATUS_BODY)]
    )
    make_client().tests.get_status("t1")
    assert 18 <= sleeps[0] <= 20


@respx.mock
def test_absurd_retry_after_falls_back_to_capped_backoff(sleeps: list[float]) -> None:
    respx.get(STATUS_URL).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "86400"}), httpx.Response(200, json=STATUS_BODY)]
    )
    make_client().tests.get_status("t1")
    assert sleeps[0] <= 0.5


@respx.mock
def test_reads_retry_connection_errors_and_timeouts(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json=STATUS_BODY)]
    )
    make_client().tests.get_status("t1")
    assert route.call_count == 3


def history(*task_ids: str) -> dict[str, object]:
    """The test's recent runs, as a start that lost its answer reads them (just created)."""
    now = datetime.datetime.now(datetime.UTC).isoformat()
    items = [{"id": task_id, "test_uid": TEST_ID, "status": "queued",
              "enhanced_task": {"id": task_id, "test_id": TEST_ID, "created_at": now, "status": "queued"}}
             for task_id in task_ids]
    return {"items": items, "total_count": len(items), "requested_count": 50, "found_count": len(items)}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@respx.mock
def test_execute_is_not_retried_on_server_errors(sleeps: list[float], status: int) -> None:
    """Never re-sent by the retry: the run the server made is found in its history instead."""
    route = respx.post(EXECUTE_URL).respond(status)
    respx.get(HISTORY_URL).respond(json=history(RUN_ID))
    assert make_client().tests.run(TEST_ID).task_id == RUN_ID
    assert route.call_count == 1


@respx.mock
def test_execute_is_not_retried_on_read_timeout(sleeps: list[float]) -> None:
    """The request reached the server: it may have started the test already (and may still)."""
    route = respx.post(EXECUTE_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    respx.get(HISTORY_URL).respond(json=history())
    with pytest.raises(revyl_sdk.RunMayHaveStartedError) as raised:
        make_client().tests.run(TEST_ID)
    assert isinstance(raised.value.__cause__, revyl_sdk.APITimeoutError)
    assert route.call_count == 1


@respx.mock
def test_execute_is_retried_when_server_cannot_have_acted(sleeps: list[float]) -> None:
    route = respx.post(EXECUTE_URL).mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json=EXECUTE_BODY),
        ]
    )
    run = make_client().tests.run(TEST_ID)
    assert run.task_id == "t1"
    assert route.call_count == 3


@respx.mock
async def test_async_client_shares_retry_rules(sleeps: list[float]) -> None:
    reads = respx.get(STATUS_URL).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=STATUS_BODY)])
    runs = respx.post(EXECUTE_URL).respond(502)
    respx.get(HISTORY_URL).respond(json=history(RUN_ID))
    async with AsyncRevyl("key", base_url=BASE, ci_headers=False) as client:
        assert (await client.tests.get_status("t1")).status == "running"
        assert (await client.tests.run(TEST_ID)).task_id == RUN_ID
    assert reads.call_count == 2 and runs.call_count == 1


@respx.mock
def test_retry_after_ms_wins_over_retry_after(sleeps: list[float]) -> None:
    respx.get(STATUS_URL).mock(side_effect=[
        httpx.Response(503, headers={"retry-after-ms": "1500", "Retry-After": "9"}),
        httpx.Response(200, json=STATUS_BODY),
    ])
    make_client().tests.get_status("t1")
    assert sleeps == [1.5]


@respx.mock
def test_should_retry_false_ends_even_a_read(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).respond(503, headers={"x-should-retry": "false"})
    with pytest.raises(revyl_sdk.InternalServerError):
        make_client().tests.get_status("t1")
    assert route.call_count == 1 and sleeps == []


@respx.mock
def test_should_retry_true_allows_a_start_the_server_did_not_act_on(sleeps: list[float]) -> None:
    route = respx.post(EXECUTE_URL).mock(side_effect=[
        httpx.Response(500, headers={"x-should-retry": "true"}),
        httpx.Response(200, json=EXECUTE_BODY),
    ])
    assert make_client().tests.run(TEST_ID).task_id == "t1"
    assert route.call_count == 2


@respx.mock
def test_timed_out_read_says_how_many_attempts_were_made(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    client = Revyl("key", base_url=BASE, ci_headers=False, timeout=7)
    with pytest.raises(revyl_sdk.APITimeoutError) as caught:
        client.tests.get_status("t1")
    assert route.call_count == 3 and caught.value.attempts == 3 and caught.value.limit == 7
    assert str(caught.value) == "GET /api/v1/tests/get_test_execution_task timed out after 7 s (3 attempts)"


@respx.mock
def test_a_success_is_final_whatever_its_headers_say(sleeps: list[float]) -> None:
    route = respx.get(STATUS_URL).respond(200, json=STATUS_BODY, headers={"x-should-retry": "true"})
    make_client().tests.get_status("t1")
    assert route.call_count == 1 and sleeps == []
