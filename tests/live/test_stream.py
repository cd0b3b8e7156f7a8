"""`client.monitor.stream()` against a real local SSE server: typing, robustness, reconnects."""

from __future__ import annotations

import threading

import pytest
from live_scene import (
    DROP,
    STREAM_PATH,
    LiveScene,
    new_id,
    org_test_item,
    org_workflow_item,
    sse,
)
from revyl_sdk import AsyncRevyl, AuthenticationError, NotFoundError, Revyl, StreamError
from revyl_sdk.events import (
    ConnectionReady,
    ErrorEvent,
    EventPayloadError,
    Heartbeat,
    InitialState,
    MalformedEvent,
    MonitorEvent,
    TestCompletedWithData,
    TestFailed,
    TestUpdated,
    UnknownEvent,
    WorkflowCompleted,
    WorkflowUpdated,
)

T1, T2, W1 = new_id(), new_id(), new_id()

COMPLETED_WITH_DATA = {
    "id": T2, "task_id": T2, "test_id": "6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11",
    "test_name": "Checkout", "platform": "ios",
    "completed_test": {
        "id": new_id(), "test_uid": "6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11", "status": "completed",
        "execution_time_seconds": 12.5,
        "enhanced_task": {"id": T2, "test_id": "6f1c1a36-3f59-4d7c-9a43-0d0f3d6f2b11",
                          "success": True, "total_steps": 5, "steps_completed": 5},
    },
}

# Every way the wire can vary at once: CRLF, comments, ids, retry hints, a JSON document
# spread over several data lines, an event this SDK does not know, flat and nested forms.
TRANSCRIPT = [
    b": welcome\n\n",
    sse("connection_ready", {"org_id": "org-1"}, crlf=True),
    sse("initial_state", {"running_tests": [org_test_item(T1)],
                          "running_workflows": [org_workflow_item(W1)]}, event_id="1"),
    b"retry: 5000\n\n",
    sse("heartbeat", {"active_tests": 1}, comment="keep-alive"),
    sse("test_updated", {"test": org_test_item(T1, progress=75.0, steps_done=3)},
        split_lines=True, crlf=True),
    sse("session_started", {"session_id": "s-1"}),
    sse("test_failed", {"test": org_test_item(T1, "failed", error_message="Login button missing")}),
    sse("test_completed_with_data", COMPLETED_WITH_DATA),
    sse("workflow_updated", {"workflow": org_workflow_item(W1, progress=80.0, duration=90.5)}),
    sse("workflow_completed", {"id": W1, "status": "completed", "workflow_name": "Smoke"}),
    sse("error", {"message": "token expiring soon"}),
]


def take(stream: object, count: int) -> list[MonitorEvent]:
    iterator = iter(stream)  # type: ignore[call-overload]
    return [next(iterator) for _ in range(count)]


def test_events_arrive_typed_with_payloads_parsed_into_api_models(
    live: LiveScene, client: Revyl
) -> None:
    live.scripts = [TRANSCRIPT]
    with client.monitor.stream() as stream:
        events = take(stream, 10)

    assert [type(event) for event in events] == [
        ConnectionReady, InitialState, Heartbeat, TestUpdated, UnknownEvent, TestFailed,
        TestCompletedWithData, WorkflowUpdated, WorkflowCompleted, ErrorEvent,
    ]
    ready, snapshot, beat, updated, unknown, failed, with_data, wf_updated, wf_done, error = events
    assert isinstance(ready, ConnectionReady) and ready.org_id == "org-1"
    assert isinstance(snapshot, InitialState)
    assert [str(t.id) for t in snapshot.running_tests] == [T1]
    assert snapshot.running_workflows[0].task.id == W1
    assert isinstance(beat, Heartbeat) and beat.active_tests == 1
    assert isinstance(updated, TestUpdated)
    assert updated.task_id == T1 and updated.test.progress == 75.0
    assert updated.test.steps_completed == 3
    assert unknown == UnknownEvent("session_started", '{"session_id": "s-1"}')
    assert isinstance(failed, TestFailed) and failed.outcome == "failed"
    assert failed.test.error_message == "Login button missing"
    assert isinstance(with_data, TestCompletedWithData)
    assert with_data.task_id == T2 and with_data.test_name == "Checkout"
    assert with_data.result.execution_time_seconds == 12.5
    assert with_data.result.enhanced_task.success is True
    assert isinstance(wf_updated, WorkflowUpdated)
    assert wf_updated.workflow.task.duration == 90.5 and wf_updated.workflow.progress == 80.0
    assert isinstance(wf_done, WorkflowCompleted)
    assert wf_done.task_id == W1 and wf_done.workflow is None and wf_done.workflow_name == "Smoke"
    assert isinstance(error, ErrorEvent) and error.message == "token expiring soon"


def test_stream_request_asks_for_an_event_stream_of_queued_runs_too(
    live: LiveScene, client: Revyl
) -> None:
    live.scripts = [[sse("connection_ready", {})]]
    with client.monitor.stream() as stream:
        next(stream)
    request = live.requests(STREAM_PATH)[0]
    assert request.headers["Accept"] == "text/event-stream"
    assert request.headers["Cache-Control"] == "no-cache"
    assert request.headers["Authorization"] == "Bearer test-key"
    assert request.query == {"include_queued": ["true"]}


def test_malformed_json_in_a_known_event_does_not_end_the_stream(
    live: LiveScene, client: Revyl
) -> None:
    live.scripts = [[
        sse("test_updated", "{not json"),
        sse("test_updated", "[1, 2]"),
        sse("heartbeat", "ping"),
        sse("test_updated", {"test": org_test_item(T1)}),
    ]]
    with client.monitor.stream() as stream:
        bad_json, not_object, beat, good = take(stream, 4)
    assert isinstance(bad_json, MalformedEvent) and bad_json.event == "test_updated"
    assert bad_json.data == "{not json" and "invalid JSON" in bad_json.error
    assert isinstance(not_object, MalformedEvent) and "object" in not_object.error
    assert isinstance(bad_json, UnknownEvent)  # code that skips unknown events skips these too
    assert isinstance(beat, Heartbeat) and beat.active_tests is None
    assert isinstance(good, TestUpdated) and good.task_id == T1


def test_a_payload_that_does_not_fit_its_model_fails_on_access_only(
    live: LiveScene, client: Revyl
) -> None:
    live.scripts = [[sse("test_updated", {"test": {"id": T1, "status": "paused"}})]]
    with client.monitor.stream() as stream:
        (event,) = take(stream, 1)
    assert isinstance(event, TestUpdated)
    assert event.task_id == T1  # routing needs no model
    with pytest.raises(EventPayloadError, match="test_updated"):
        _ = event.test


def test_stream_reconnects_after_a_drop_and_replays_the_snapshot(
    live: LiveScene, client: Revyl
) -> None:
    live.scripts = [
        [sse("connection_ready", {}), sse("test_updated", {"test": org_test_item(T1)}), DROP],
        [sse("connection_ready", {}), sse("initial_state", {"running_tests": []})],
    ]
    with client.monitor.stream() as stream:
        events = take(stream, 4)
    assert [type(e) for e in events] == [ConnectionReady, TestUpdated, ConnectionReady, InitialState]
    assert live.stream_connections == 2


def test_stream_reconnects_when_not_even_a_heartbeat_arrives(
    live: LiveScene, client: Revyl
) -> None:
    # FAST's idle timeout (1 s): long enough that a busy machine still delivers the first event
    live.scripts = [
        [sse("connection_ready", {"org_id": "first"})],  # then silence: held open
        [sse("connection_ready", {"org_id": "second"})],
    ]
    with client.monitor.stream() as stream:
        first, second = take(stream, 2)
    assert isinstance(first, ConnectionReady) and first.org_id == "first"
    assert isinstance(second, ConnectionReady) and second.org_id == "second"
    assert live.stream_connections == 2


def test_stream_gives_up_after_the_reconnect_budget(live: LiveScene, client: Revyl) -> None:
    live.scripts = [[DROP]]
    with client.monitor.stream() as stream, pytest.raises(StreamError, match="3 reconnection"):
        next(stream)
    assert live.stream_connections == 1 + client.monitor.settings.max_reconnects


def test_a_connection_that_delivers_resets_the_reconnect_budget(
    live: LiveScene, client: Revyl
) -> None:
    productive = [sse("heartbeat", {}), DROP]
    live.scripts = [productive] * 8 + [[sse("connection_ready", {"org_id": "last"})]]
    with client.monitor.stream() as stream:
        events = take(stream, 9)
    assert isinstance(events[-1], ConnectionReady) and events[-1].org_id == "last"


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (404, NotFoundError)])
def test_client_errors_on_the_stream_endpoint_raise_at_once(
    live: LiveScene, client: Revyl, status: int, error: type[Exception]
) -> None:
    live.stream_error = (status, {"detail": "nope"})
    with client.monitor.stream() as stream, pytest.raises(error):
        next(stream)
    assert live.stream_connections == 1


def test_close_ends_iteration(live: LiveScene, client: Revyl) -> None:
    live.scripts = [[sse("heartbeat", {}), sse("heartbeat", {})]]
    stream = client.monitor.stream()
    assert isinstance(next(stream), Heartbeat)
    stream.close()
    assert list(stream) == []


async def test_async_stream_reconnects_and_closes(live: LiveScene, aclient: AsyncRevyl) -> None:
    gate = threading.Event()
    live.scripts = [
        [sse("connection_ready", {}), sse("test_updated", {"test": org_test_item(T1)}), DROP],
        [sse("connection_ready", {}), sse("workflow_updated", {"workflow": org_workflow_item(W1)}),
         gate],
    ]
    async with aclient.monitor.stream() as stream:
        events = [event async for event, _ in zip_range(stream, 4)]
    gate.set()
    assert [type(e) for e in events] == [ConnectionReady, TestUpdated, ConnectionReady,
                                         WorkflowUpdated]
    assert live.stream_connections == 2


async def zip_range(stream: object, count: int):  # type: ignore[no-untyped-def]
    index = 0
    async for event in stream:  # type: ignore[attr-defined]
        yield event, index
        index += 1
        if index == count:
            return


async def test_async_stream_401_raises(live: LiveScene, aclient: AsyncRevyl) -> None:
    live.stream_error = (401, {"detail": "bad key"})
    async with aclient.monitor.stream() as stream:
        with pytest.raises(AuthenticationError):
            await anext(stream)
