"""The events `client.monitor.stream()` yields, for `isinstance` checks and `match` statements.

    for event in stream:
        match event:
            case TestUpdated():
                print(event.task_id, event.test.progress)
            case TestFinished() | TestFinishedWithData():
                print(event.task_id, event.outcome)
            case UnknownEvent():
                pass  # a newer server event (or a malformed one): safe to skip
"""

from ._events import (
    ConnectionReady,
    ErrorEvent,
    EventPayloadError,
    Heartbeat,
    InitialState,
    MalformedEvent,
    MonitorEvent,
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
