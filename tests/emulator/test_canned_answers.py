"""`RevylEmulator.answer` and `replay_stream`: canned answers and raw stream transcripts,
over real HTTP."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from revyl_sdk.testing import DROP_CONNECTION, RecordedRequest, RevylEmulator

STATUS = "/api/v1/tests/get_test_execution_task"
STREAM = "/api/v1/monitor/stream/unified"


@pytest.fixture
def raw(emulator: RevylEmulator) -> Iterator[httpx.Client]:
    """Plain HTTP with the key: canned answers are whatever the test says, not the spec's."""
    with httpx.Client(base_url=emulator.base_url, timeout=5,
                      headers={"Authorization": f"Bearer {emulator.api_key}"}) as client:
        yield client


def test_answers_come_in_turn_and_the_last_one_repeats(emulator: RevylEmulator, raw: httpx.Client) -> None:
    emulator.answer(STATUS, {"status": "running"}, (503, {"detail": "busy"}), {"status": "completed"},
                    query={"task_id": "t1"})
    answers = [raw.get(STATUS, params={"task_id": "t1"}) for _ in range(5)]
    assert [(a.status_code, a.json()) for a in answers] == [
        (200, {"status": "running"}), (503, {"detail": "busy"}),
        *[(200, {"status": "completed"})] * 3]
    # Another task id is not matched: the emulator's own handler answers (no such run).
    assert raw.get(STATUS, params={"task_id": "t2"}).status_code == 404


def test_a_callable_answer_sees_the_request_and_its_body(emulator: RevylEmulator, raw: httpx.Client) -> None:
    seen: list[RecordedRequest] = []

    def echo(request: RecordedRequest) -> tuple[int, dict[str, object]]:
        seen.append(request)
        return 201, {"got": json.loads(request.body), "path": request.path}

    emulator.answer("/api/v1/tags/*", echo, method="POST")
    answer = raw.post("/api/v1/tags/anything", json={"name": "smoke"})
    assert (answer.status_code, answer.json()) == (201, {"got": {"name": "smoke"}, "path": "/api/v1/tags/anything"})
    assert seen[0].method == "POST" and seen[0].received_at <= time.monotonic()


def test_faults_come_before_answers_and_clear_faults_removes_both(
        emulator: RevylEmulator, raw: httpx.Client) -> None:
    emulator.answer(STATUS, {"status": "running"})
    emulator.fail(STATUS, status=502)
    assert raw.get(STATUS, params={"task_id": "t"}).status_code == 502
    assert raw.get(STATUS, params={"task_id": "t"}).json() == {"status": "running"}
    emulator.clear_faults()
    assert raw.get(STATUS, params={"task_id": "t"}).status_code == 404


def test_a_fault_after_handling_replaces_or_delays_a_canned_answer(
        emulator: RevylEmulator, raw: httpx.Client) -> None:
    emulator.answer(STATUS, {"status": "running"})
    emulator.fail(STATUS, status=502, after_handling=True)
    assert raw.get(STATUS, params={"task_id": "t"}).status_code == 502
    emulator.slow_down(STATUS, 0.3, after_handling=True)
    started = time.monotonic()
    answer = raw.get(STATUS, params={"task_id": "t"})
    assert answer.json() == {"status": "running"} and time.monotonic() - started >= 0.3


def test_an_answer_needs_one(emulator: RevylEmulator) -> None:
    with pytest.raises(ValueError, match="at least one answer"):
        emulator.answer(STATUS)


def test_each_connection_plays_the_next_transcript_then_the_last_again(
        emulator: RevylEmulator, raw: httpx.Client) -> None:
    emulator.replay_stream([b": first\r\n\r\n", "data: 1\n\n", DROP_CONNECTION],
                           [b"data: 2\n", 0.05, b"\n", DROP_CONNECTION])
    bodies = []
    for _ in range(3):
        with raw.stream("GET", STREAM) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            chunks: list[bytes] = []
            assert _read_until_dropped(response, chunks), "the connection was not dropped"
            bodies.append(b"".join(chunks))
    assert bodies == [b": first\r\n\r\ndata: 1\n\n", b"data: 2\n\n", b"data: 2\n\n"]


def test_a_transcript_waits_for_an_event_and_calls_its_callables(
        emulator: RevylEmulator, raw: httpx.Client) -> None:
    release, reached = threading.Event(), threading.Event()
    emulator.replay_stream([b"data: before\n\n", reached.set, release, b"data: after\n\n", DROP_CONNECTION])
    chunks: list[bytes] = []
    with raw.stream("GET", STREAM) as response:
        reading = threading.Thread(target=lambda: _read_until_dropped(response, chunks))
        reading.start()
        assert reached.wait(5)
        time.sleep(0.1)
        assert b"".join(chunks) == b"data: before\n\n"  # held at the event
        release.set()
        reading.join(5)
    assert b"".join(chunks) == b"data: before\n\ndata: after\n\n"


def test_after_its_transcript_a_stream_stays_open_and_silent(emulator: RevylEmulator) -> None:
    emulator.replay_stream([b"data: only\n\n"])
    with httpx.Client(base_url=emulator.base_url, timeout=httpx.Timeout(5, read=1.0),
                      headers={"Authorization": f"Bearer {emulator.api_key}"}) as client, \
            client.stream("GET", STREAM) as response:
        stream = response.iter_raw()
        assert next(stream) == b"data: only\n\n"
        with pytest.raises(httpx.ReadTimeout):
            next(stream)


def test_without_a_transcript_the_stream_is_the_live_feed(emulator: RevylEmulator) -> None:
    emulator.replay_stream([b"data: canned\n\n", DROP_CONNECTION])
    emulator.clear_faults()
    with httpx.Client(base_url=emulator.base_url, timeout=5,
                      headers={"Authorization": f"Bearer {emulator.api_key}"}) as client, \
            client.stream("GET", STREAM) as response:
        first = next(response.iter_lines())
    assert first == "event: connection_ready"


def _read_until_dropped(response: httpx.Response, chunks: list[bytes]) -> bool:
    """Read the body into `chunks`; whether it ended by the connection being cut."""
    try:
        for chunk in response.iter_raw():
            chunks.append(chunk)
    except httpx.RemoteProtocolError:
        return True
    return False
