"""What each device action sends and how its failures read, as plans both session classes run.

`act` sends one proxied request. A failure is read the way Revyl's CLI reads it
(DEVICES.md §3.1/§3.2): a worker envelope with `success: false` is the action's own
failure (`DeviceActionError`); a lost connection, a 404 or a 5xx may mean the session is
over, so the worker connection is asked, and an ended session becomes
`DeviceSessionEnded` (idle timeout, stopped elsewhere, device lost). Actions that change
the device are never re-sent (see `actions.Action`); reads are retried as any read.
"""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from revyl_api.models import GroundRequest
from revyl_api.types import Unset

from .._core.base_client import APICall
from .._core.effects import Plan, Send
from .._core.exceptions import APIConnectionError, APIStatusError, RevylError
from .._core.logging import logger
from . import actions as a
from .calls import PNG_SIGNATURE, action_call, envelope_of, ground_call, stop_call, worker_connection_call
from .errors import DeviceActionError, DeviceSessionEnded

__all__ = ["ScreenSize", "SessionInfo", "act", "explain", "locate", "point", "stop", "text_of"]

T = TypeVar("T")

ENDED_STATUSES = frozenset({"stopped", "cancelled", "failed"})
_MAYBE_ENDED = frozenset({404, 410})
_IDLE = re.compile(r"idle|timeout|timed out", re.IGNORECASE)
_NO_WORKER_GROUNDING = frozenset({404, 405, 501})
_FALLBACK_SCREEN = (1080, 1920)  # what the CLI assumes when a PNG header is unreadable


class ScreenSize(NamedTuple):
    """The device's screen space: what action coordinates mean (DEVICES.md §3.4)."""

    width: int
    height: int


@dataclass
class SessionInfo:
    """What a session knows about itself; `ended` is set once the session is known to be over."""

    workflow_run_id: str
    session_id: str | None
    platform: str
    screen: ScreenSize | None = None
    whep_url: str | None = None
    trace_id: str | None = None
    ended: DeviceSessionEnded | None = None

    def check_open(self) -> None:
        if self.ended is not None:
            raise self.ended


def act(info: SessionInfo, name: str, call: APICall[T]) -> Plan[T]:
    """Send one proxied request of `info`'s session; its answer, or its failure made readable."""
    info.check_open()
    try:
        answer: T = yield Send(call)
    except APIStatusError as error:
        envelope = envelope_of(error.response)
        if envelope is not None:
            reason = envelope.get("error") or envelope.get("detail") or str(error)
            raise DeviceActionError(name, str(reason), status_code=error.status_code, body=envelope) from error
        if error.status_code in _MAYBE_ENDED or error.status_code >= 500:
            yield from explain(info, error)
        raise
    except APIConnectionError as error:
        yield from explain(info, error)
        raise
    return answer


def explain(info: SessionInfo, error: Exception) -> Plan[None]:
    """Raise `DeviceSessionEnded` if the worker connection says the session is over."""
    try:
        connection = yield Send(worker_connection_call(info.workflow_run_id))
    except RevylError as unreadable:
        logger.info("could not ask why device session %s failed: %s", info.workflow_run_id, unreadable)
        return
    status = str(connection.status)
    if status not in ENDED_STATUSES:
        return
    message = connection.message if isinstance(connection.message, str) else ""
    if status == "stopped":
        reason = "idle timeout" if _IDLE.search(message) else "stopped externally"
    else:
        reason = "device lost" if status == "failed" else status
    detail = f": {message}" if message else ""
    info.ended = DeviceSessionEnded(
        f"Device session {info.workflow_run_id} has ended ({reason}){detail}",
        workflow_run_id=info.workflow_run_id, status=status, reason=reason)
    raise info.ended from error


def stop(info: SessionInfo) -> Plan[a.StopResult | None]:
    """Ask Revyl to stop the device; None if this session had already ended."""
    if info.ended is not None:
        return None
    result: a.StopResult = yield Send(stop_call(info.workflow_run_id))
    info.ended = DeviceSessionEnded(
        f"Device session {info.workflow_run_id} was stopped by this client",
        workflow_run_id=info.workflow_run_id, status="stopped", reason="stopped")
    return result


# -- coordinates --------------------------------------------------------------------------

def point(info: SessionInfo, action: str, x: int | None, y: int | None, target: str | None,
          *, center: bool = False) -> Plan[tuple[int, int]]:
    """The point an action aims at: `x, y`, the element `target` names, or (`center`) the middle."""
    if target is not None:
        if x is not None or y is not None:
            raise RevylError(f"{action}: give x and y, or target, not both")
        if not isinstance(target, str) or not target.strip():
            raise RevylError(f"{action}: target must be a non-empty description, got {target!r}")
        return (yield from locate(info, target))
    if x is None and y is None and center:
        screen = info.screen or ScreenSize(*_FALLBACK_SCREEN)
        return screen.width // 2, screen.height // 2
    if x is None or y is None:
        raise RevylError(f"{action} needs both x and y (screen coordinates), or target=")
    return coordinate(info, "x", x), coordinate(info, "y", y)


def coordinate(info: SessionInfo, name: str, value: object) -> int:
    """`value` as a pixel of the screen space; outside the screen is a clear error, not a miss."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise RevylError(f"{name} must be a whole number of screen pixels, got {value!r}")
    limit = None if info.screen is None else info.screen.width if name.endswith("x") else info.screen.height
    if value < 0 or (limit is not None and value >= limit):
        size = f" ({info.screen.width}x{info.screen.height})" if info.screen else ""
        raise RevylError(f"{name}={value} is outside the device's screen{size}")
    return int(value)


def locate(info: SessionInfo, target: str) -> Plan[tuple[int, int]]:
    """Where `target` is, in screen space: the worker grounds it; Revyl's `/ground` on a
    screenshot when the worker cannot (DEVICES.md §3.4)."""
    body = a.ResolveTarget(target, info.session_id)
    try:
        found: a.ResolvedTarget = yield from act(info, "resolve_target",
                                                 action_call(info.workflow_run_id, "resolve_target", body))
    except (APIStatusError, DeviceActionError) as error:
        if not _worker_cannot_ground(error):
            raise
        logger.info("worker grounding unavailable (%s); grounding %r on a screenshot", error, target)
        return (yield from _ground_on_screenshot(info, target))
    if not found.found or found.x is None or found.y is None:
        raise DeviceActionError("resolve_target", _not_found(target, found.error))
    return found.x, found.y


def _worker_cannot_ground(error: APIStatusError | DeviceActionError) -> bool:
    status = error.status_code
    if isinstance(error, DeviceActionError) and status is None:
        return True  # an answer that is not the declared JSON
    return status is not None and (status in _NO_WORKER_GROUNDING or status >= 500)


def _ground_on_screenshot(info: SessionInfo, target: str) -> Plan[tuple[int, int]]:
    png: bytes = yield from act(info, "screenshot", action_call(info.workflow_run_id, "screenshot"))
    width, height = png_size(png) or _FALLBACK_SCREEN
    request = GroundRequest(target=target, image_base64=base64.b64encode(png).decode("ascii"),
                            width=width, height=height, platform=info.platform.lower())
    if info.session_id:
        request.session_id = info.session_id
    grounded = yield Send(ground_call(request))
    if not grounded.found:
        error = grounded.error if isinstance(grounded.error, str) else None
        raise DeviceActionError("ground", _not_found(target, error))
    screen = info.screen or ScreenSize(width, height)
    # Screenshot pixels are not screen space on iOS (3x); scale, then keep on the screen.
    x = min(max(round(int(grounded.x) * screen.width / width), 0), screen.width - 1)
    y = min(max(round(int(grounded.y) * screen.height / height), 0), screen.height - 1)
    return x, y


def _not_found(target: str, error: str | None) -> str:
    return f"could not locate {target!r} on the screen" + (f" ({error})" if error else "")


def png_size(png: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk, or None if it is not a readable PNG."""
    if len(png) < 24 or not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", png[16:24])
    return (width, height) if width and height else None



def text_of(value: object) -> str | None:
    """A present, non-empty value as text (ids arrive as UUIDs, strings, UNSET or None)."""
    if value is None or isinstance(value, Unset):
        return None
    text = str(value)
    return text or None
