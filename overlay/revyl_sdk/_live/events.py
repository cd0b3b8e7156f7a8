"""Typed events of Revyl's unified monitor stream (BEHAVIOR.md §1.3) and their decoding.

Each SSE message becomes one event object. A known event name with a JSON object payload
becomes its class. Any other name becomes an `UnknownEvent`, so a new server event never
breaks a consumer. A known name whose data is not a JSON object becomes a
`MalformedEvent` (an `UnknownEvent` subclass). Either way the stream goes on.

Payloads are turned into API models lazily, on first access. The stream is org-wide, and
a consumer usually reads the few events about its own runs and skips the rest, so parsing
every payload up front would cost most of the stream's CPU for nothing. When a payload
does not fit its model, that access raises `EventPayloadError`; the event itself and the
stream stay usable.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .event_types import (
    ConnectionReady,
    ErrorEvent,
    EventPayloadError,
    Heartbeat,
    InitialState,
    MalformedEvent,
    TestCancelled,
    TestCancelledWithData,
    TestCompleted,
    TestCompletedWithData,
    TestEvent,
    TestFailed,
    TestFailedWithData,
    TestFinished,
    TestFinishedWithData,
    TestStarted,
    TestUpdated,
    UnknownEvent,
    WorkflowCancelled,
    WorkflowCompleted,
    WorkflowEvent,
    WorkflowFailed,
    WorkflowFinished,
    WorkflowStarted,
    WorkflowUpdated,
)

__all__ = [
    "ConnectionReady",
    "ErrorEvent",
    "EventPayloadError",
    "Heartbeat",
    "InitialState",
    "MalformedEvent",
    "MonitorEvent",
    "TestCancelled",
    "TestCancelledWithData",
    "TestCompleted",
    "TestCompletedWithData",
    "TestEvent",
    "TestFailed",
    "TestFailedWithData",
    "TestFinished",
    "TestFinishedWithData",
    "TestStarted",
    "TestUpdated",
    "UnknownEvent",
    "WorkflowCancelled",
    "WorkflowCompleted",
    "WorkflowEvent",
    "WorkflowFailed",
    "WorkflowFinished",
    "WorkflowStarted",
    "WorkflowUpdated",
]

MonitorEvent = (
    ConnectionReady | Heartbeat | InitialState
    | TestStarted | TestUpdated | TestCompleted | TestFailed | TestCancelled
    | TestCompletedWithData | TestFailedWithData | TestCancelledWithData
    | WorkflowStarted | WorkflowUpdated | WorkflowCompleted | WorkflowFailed | WorkflowCancelled
    | ErrorEvent | UnknownEvent
)
"""Every event the monitor stream can yield."""

_SYSTEM_EVENTS: dict[str, type[ConnectionReady | Heartbeat]] = {
    cls.event: cls for cls in (ConnectionReady, Heartbeat)
}
_EVENTS: dict[str, Callable[[Mapping[str, Any]], MonitorEvent]] = {
    cls.event: cls
    for cls in (
        InitialState, TestStarted, TestUpdated, TestCompleted, TestFailed, TestCancelled,
        TestCompletedWithData, TestFailedWithData, TestCancelledWithData, WorkflowStarted,
        WorkflowUpdated, WorkflowCompleted, WorkflowFailed, WorkflowCancelled, ErrorEvent,
    )
}


def decode_event(name: str, data: str) -> MonitorEvent:
    """The event for one SSE message (`event:` name, joined `data:` lines); never raises."""
    name = name.strip()
    cls = _EVENTS.get(name)
    if cls is None:
        if system := _SYSTEM_EVENTS.get(name):
            # Keep-alive payloads are undocumented and never needed: any data is accepted.
            return system(_object_or_empty(data))
        return UnknownEvent(name, data)
    try:
        payload = _decode_json(data)
    except ValueError as error:
        return MalformedEvent(name, data, f"invalid JSON: {error}")
    if not isinstance(payload, dict):
        return MalformedEvent(name, data, f"expected a JSON object, got {type(payload).__name__}")
    return cls(payload)


_decode_json = json.JSONDecoder().decode  # json.loads minus its per-call argument checks


def _object_or_empty(data: str) -> Mapping[str, Any]:
    try:
        payload = _decode_json(data) if data else {}
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}
