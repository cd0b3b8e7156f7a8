"""Where a device start that lost its answer looks for the session it made: the active
sessions (DEVICES.md §4.1), by the `session_id` the start sent, else by platform and time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from revyl_api.models import ActiveDeviceSessionItem, ActiveDeviceSessionsResponse, StartDeviceResponse

from .._core.base_client import APICall
from .._core.reconcile import Found, Recovery
from .calls import active_call
from .session_plans import text_of

__all__ = ["session_recovery"]


def session_recovery(platform: str, session_id: str | None) -> Recovery[StartDeviceResponse]:
    """With `session_id` (sent in the start), only the session with that id is the start's."""

    def lookup(since: datetime) -> APICall[Sequence[Found[StartDeviceResponse]]]:
        del since  # the active list is short and has no date filter; the plan compares times
        return active_call().map(lambda active: _sessions(active, platform))

    def id_of(answer: StartDeviceResponse) -> str:
        return text_of(getattr(answer, "session_id", None)) or text_of(answer.workflow_run_id) or ""

    return Recovery("device", session_id or platform, lookup, id_of, exact_id=session_id,
                    where="client.devices.active()")


def _sessions(active: ActiveDeviceSessionsResponse, platform: str) -> list[Found[StartDeviceResponse]]:
    return [_found(item) for item in active.sessions
            if str(item.platform).lower() == platform and text_of(item.workflow_run_id)]


def _found(item: ActiveDeviceSessionItem) -> Found[StartDeviceResponse]:
    created = item.created_at if isinstance(item.created_at, datetime) else None
    answer = StartDeviceResponse.from_dict({
        "status": "queued", "platform": str(item.platform), "workflow_run_id": text_of(item.workflow_run_id),
        "session_id": str(item.id), "message": "adopted after the start's answer was lost"})
    return Found(str(item.id), created, answer)
