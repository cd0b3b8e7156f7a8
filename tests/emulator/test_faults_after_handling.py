"""Faults injected after a request was handled: it takes effect, its answer is lost or replaced."""

from __future__ import annotations

import httpx
import pytest
from revyl_sdk.testing import RevylEmulator

START = "/api/v1/execution/api/execute_test_id_async"


def runs_of(http: httpx.Client, test_id: str) -> list[str]:
    answer = http.get("/api/v1/tests/get_test_enhanced_history", params={"test_id": test_id})
    assert answer.status_code == 200
    return [item["id"] for item in answer.json()["items"]]


def start(http: httpx.Client, test_id: str) -> httpx.Response:
    return http.post(START, json={"test_id": test_id})


def test_a_500_after_handling_starts_the_run_and_loses_its_answer(emulator: RevylEmulator,
                                                                  http: httpx.Client) -> None:
    test_id = emulator.add_test("Login")
    emulator.fail(START, status=500, after_handling=True)

    answer = start(http, test_id)

    assert (answer.status_code, answer.json()) == (500, {"detail": "Internal Server Error"})
    assert len(runs_of(http, test_id)) == 1  # the run started all the same
    assert [name for name, data in emulator.events() if name == "test_started"
            and data["test"]["test_id"] == test_id] == ["test_started"]
    assert start(http, test_id).status_code == 200  # times=1: the next start is answered
    assert len(runs_of(http, test_id)) == 2


def test_a_500_before_handling_starts_nothing(emulator: RevylEmulator, http: httpx.Client) -> None:
    test_id = emulator.add_test("Login")
    emulator.fail(START, status=500)

    assert start(http, test_id).status_code == 500
    assert runs_of(http, test_id) == []


def test_the_replacing_answer_keeps_its_body_and_headers(emulator: RevylEmulator,
                                                         http: httpx.Client) -> None:
    app_id = emulator.add_app("Shop")
    emulator.fail("/api/v1/apps/*", method="DELETE", status=502, after_handling=True,
                  body={"detail": "upstream lost"}, headers={"Retry-After": "2"})

    answer = http.delete(f"/api/v1/apps/{app_id}")

    assert (answer.status_code, answer.json(), answer.headers["Retry-After"]) == (
        502, {"detail": "upstream lost"}, "2")
    assert http.get(f"/api/v1/apps/{app_id}").status_code == 404  # deleted all the same


def test_a_dropped_answer_after_handling_starts_the_run(emulator: RevylEmulator,
                                                        http: httpx.Client) -> None:
    test_id = emulator.add_test("Login")
    emulator.fail(START, drop=True, after_handling=True)

    with pytest.raises(httpx.RemoteProtocolError):
        start(http, test_id)

    assert len(runs_of(http, test_id)) == 1
    assert [(r.path, r.status) for r in emulator.requests if r.path == START] == [(START, 0)]


def test_a_dropped_connection_before_handling_starts_nothing(emulator: RevylEmulator,
                                                             http: httpx.Client) -> None:
    test_id = emulator.add_test("Login")
    emulator.fail(START, drop=True, times=2)

    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError):
            start(http, test_id)

    assert runs_of(http, test_id) == []
    assert start(http, test_id).status_code == 200
    assert len(runs_of(http, test_id)) == 1


def test_a_drop_takes_no_body_or_headers(emulator: RevylEmulator) -> None:
    with pytest.raises(ValueError, match="drop=True sends no answer"):
        emulator.fail(START, drop=True, headers={"Retry-After": "1"})
