"""However the bytes of a stream are cut into chunks, the same events come out.

The in-memory properties run the SDK's own decoding path (httpx's incremental text
decoding, httpx-sse, `StreamCore`) on every split hypothesis finds. The last property
sends the chunks one by one through a real socket to `client.monitor.stream()`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator

import httpx
from httpx_sse import EventSource
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_scene import API_KEY, FAST, live_scene
from revyl_sdk import Revyl
from revyl_sdk._live.events import MonitorEvent, decode_event
from revyl_sdk._live.stream import StreamCore

NAMES = ["connection_ready", "heartbeat", "initial_state", "test_updated", "test_completed",
         "test_failed_with_data", "workflow_updated", "workflow_cancelled", "error",
         "session_started", "brand_new_event"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet="xyz é😀\\", max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                               max_size=3),
    max_leaves=6,
)
payloads = st.one_of(
    st.dictionaries(st.sampled_from(["id", "task_id", "test", "status", "café", "ü"]),
                    json_values, max_size=4).map(lambda d: json.dumps(d, ensure_ascii=False)),
    st.just('{"test": {"id": "t-1",\n"status": "running"}}'),  # a multi-line document
    st.text(alphabet='ab {}[]":,é€😀', max_size=12),  # often not JSON; multi-byte UTF-8
)
messages = st.lists(st.tuples(st.sampled_from(NAMES), payloads), min_size=1, max_size=8)
# Generating nested JSON is slow on a cold or busy machine; the health checks about
# generation speed say nothing about the property, so they must not fail the run.
GENERATION_IS_SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.data_too_large])


def encode(message_list: list[tuple[str, str]], newline: str, comments: bool) -> bytes:
    out = []
    for name, data in message_list:
        lines = ([": keep-alive"] if comments else []) + [f"event: {name}"]
        lines += [f"data: {line}" for line in data.split("\n")]
        out.append(newline.join(lines) + newline + newline)
    return "".join(out).encode()


def split(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(body), *(c % (len(body) + 1) for c in cuts)})
    return [body[a:b] for a, b in itertools.pairwise(points) if b > a]


def decoded(chunks: list[bytes]) -> list[MonitorEvent]:
    response = httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=iter(chunks))
    core = StreamCore(FAST)
    return [e for e in map(core.event, EventSource(response).iter_sse()) if e is not None]


async def adecoded(chunks: list[bytes]) -> list[MonitorEvent]:
    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())
    core = StreamCore(FAST)
    return [e async for m in EventSource(response).aiter_sse() if (e := core.event(m)) is not None]


@GENERATION_IS_SLOW
@given(messages, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans(),
       st.lists(st.integers(min_value=0), max_size=30))
def test_any_split_yields_the_events_that_were_sent(
    sent: list[tuple[str, str]], newline: str, comments: bool, cuts: list[int]
) -> None:
    body = encode(sent, newline, comments)
    expected = [decode_event(name, data) for name, data in sent]
    assert decoded([body]) == expected
    assert decoded(split(body, cuts)) == expected


@GENERATION_IS_SLOW
@given(messages, st.lists(st.integers(min_value=0), max_size=30))
def test_byte_at_a_time_and_async_agree(sent: list[tuple[str, str]], cuts: list[int]) -> None:
    import asyncio

    body = encode(sent, "\r\n", True)
    one_by_one = [body[i:i + 1] for i in range(len(body))]
    expected = [decode_event(name, data) for name, data in sent]
    assert decoded(one_by_one) == expected
    assert asyncio.run(adecoded(split(body, cuts))) == expected


@settings(GENERATION_IS_SLOW, max_examples=15)
@given(messages, st.lists(st.integers(min_value=0), min_size=1, max_size=12))
def test_any_split_over_a_real_socket(sent: list[tuple[str, str]], cuts: list[int]) -> None:
    body = encode(sent, "\n", False)
    expected = [decode_event(name, data) for name, data in sent]
    script: list[object] = []
    for chunk in split(body, cuts):
        script += [chunk, 0.002]  # a pause, so each chunk leaves as its own segment
    with live_scene() as live, \
            Revyl(API_KEY, base_url=live.url, max_retries=0, ci_headers=False) as client:
        live.scripts = [script]
        client.monitor.settings = FAST
        with client.monitor.stream() as stream:
            received = take(stream, len(expected))
    assert received == expected


def take(stream: Iterator[MonitorEvent], count: int) -> list[MonitorEvent]:
    return [next(stream) for _ in range(count)]
