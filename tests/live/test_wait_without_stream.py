"""A client generated from a spec without the monitor stream: waits poll from the start,
`mode="sse"` and `monitor.stream()` raise `UnsupportedOperationError`."""

from __future__ import annotations

import types
from typing import Any, NoReturn

import pytest
from live_scene import LiveScene, new_id, status_body
from revyl_api import unsupported
from revyl_sdk import Revyl, UnsupportedOperationError
from revyl_sdk._live import stream, wait_plan
from revyl_sdk._live.wait_plan import WaitOptions
from test_wait import start_test

STREAM_ROUTE = "GET /api/v1/monitor/stream/unified"


@pytest.fixture(autouse=True)
def no_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    """What regen writes when the spec lacks the stream: a placeholder, and the flag it sets."""
    module = types.ModuleType("revyl_api.api.monitoring.stream_unified_updates")

    def raise_unsupported(*args: Any, **kwargs: Any) -> NoReturn:
        raise unsupported.UnsupportedOperation(STREAM_ROUTE)

    module.UNSUPPORTED_ROUTE = STREAM_ROUTE  # type: ignore[attr-defined]
    module._get_kwargs = raise_unsupported  # type: ignore[attr-defined]
    monkeypatch.setattr(stream, "stream_unified_updates", module)
    monkeypatch.setattr(wait_plan, "STREAM_SUPPORTED", False)


def test_waits_poll_and_sse_mode_or_a_stream_says_why(live: LiveScene, client: Revyl) -> None:
    assert WaitOptions().mode == "polling"
    with pytest.raises(UnsupportedOperationError, match="monitor/stream/unified"):
        WaitOptions(mode="sse")
    with pytest.raises(UnsupportedOperationError, match="monitor/stream/unified"):
        client.monitor.stream()


def test_a_wait_never_opens_the_stream(live: LiveScene, client: Revyl) -> None:
    task = new_id()
    live.test_statuses[task] = [status_body(task, "running"), status_body(task, "completed")]
    assert start_test(client, task).wait().passed
    assert live.stream_connections == 0
    assert len(live.status_reads(task)) == 2
