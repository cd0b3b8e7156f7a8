"""The device actions behind Revyl's proxy, declared in one place (no spec describes them).

`/api/v1/execution/device-proxy/{workflow_run_id}/{action}` forwards to the worker driving
the device and returns its status and body unchanged; the spec types every answer as `{}`.
Each model here says which fact of DEVICES.md (the protocol as Revyl's CLI speaks it) it
rests on. Answers are read by `reading.read_model`: strictly on the fields declared,
leniently on the rest, so the emulator's tests check its answers with the SDK's readers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._core.retry import Safety
from .reading import body_of, read_model

__all__ = [
    "ACTIONS",
    "Action",
    "ActionResult",
    "DeviceHealth",
    "LiveStepResult",
    "ResolvedTarget",
    "StepAccepted",
    "StepStatus",
    "StopResult",
    "body_of",
    "read_model",
]

# -- answers ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActionResult:
    """What a device action answered: the worker's result envelope.

    DEVICES.md §3.2: `{success, action, latency_ms, error?}` plus action-specific fields
    (`x, y, target, bundle_id, package_name, device_path, data_preserved, install_method`);
    some workers spell `success` as `Success` (seen for `install`), read the same here.
    """

    success: bool
    action: str | None = None
    latency_ms: float | None = None
    error: str | None = None
    x: int | None = None
    y: int | None = None
    target: str | None = None
    bundle_id: str | None = None
    package_name: str | None = None
    device_path: str | None = None
    data_preserved: bool | None = None
    install_method: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def read(cls, data: Any) -> ActionResult:
        if isinstance(data, dict) and "success" not in data and "Success" in data:
            data = {**data, "success": data["Success"]}
        return read_model(cls, data)


@dataclass(frozen=True)
class DeviceHealth:
    """GET `health`, DEVICES.md §2.4/§3.3: `{status, device_connected, screen_width, screen_height}`;
    the device is usable once `device_connected` is true, and its screen size is the session's
    coordinate space (§3.4)."""

    device_connected: bool
    status: str | None = None
    screen_width: int | None = None
    screen_height: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ResolvedTarget:
    """POST `resolve_target`, DEVICES.md §3.3/§3.4: `{found, x?, y?, error?}` in device space."""

    found: bool
    x: int | None = None
    y: int | None = None
    error: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class StepAccepted:
    """POST `execute_step`, DEVICES.md §3.5: 202 `{step_id, status: "accepted"}`; older workers
    answer 200 with the final `LiveStepResult` instead (then `raw` holds it)."""

    step_id: str | None = None
    status: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def accepted(self) -> bool:
        return self.status == "accepted" and bool(self.step_id)


@dataclass(frozen=True)
class StepStatus:
    """GET `step_status/{step_id}`, DEVICES.md §3.5: `{step_id, status, result}`; `running`
    continues, any other status is terminal and then `result` must be present."""

    status: str
    step_id: str | None = None
    result: Mapping[str, Any] | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def running(self) -> bool:
        return self.status == "running"


@dataclass(frozen=True)
class LiveStepResult:
    """A finished AI step (`LiveStepResponse`), DEVICES.md §3.5: `success, step_type, step_id,
    step_output` where `step_output` may hold `status`, `status_reason`, `validation_result`,
    `variable_name`, `variable_value`, `extracted_data: {information}`, `metadata`."""

    success: bool
    step_type: str | None = None
    step_id: str | None = None
    step_output: Mapping[str, Any] | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class StepCancelAccepted:
    """POST `step_cancel/{step_id}`, DEVICES.md §3.5: 202 `{step_id, status: "cancelling"}`."""

    step_id: str | None = None
    status: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class StopResult:
    """POST `device/status/cancel/{workflow_run_id}` (spec schema empty), DEVICES.md §4.4:
    `success`, `db_updated`, `hatchet_cancelled` per the description; the CLI also reads
    `message` and `workflow_run_id`."""

    success: bool | None = None
    message: str | None = None
    workflow_run_id: str | None = None
    db_updated: bool | None = None
    hatchet_cancelled: bool | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


# -- request bodies (DEVICES.md §3.3; coordinates are integers in screen space, §3.4) -------

@dataclass(frozen=True)
class Point:
    """`tap`, `double_tap`: `{x, y, target?}`, `target` only as a label."""

    x: int
    y: int
    target: str | None = None


@dataclass(frozen=True)
class LongPress:
    """`longpress`: `{x, y, duration_ms}` (CLI default 1500)."""

    x: int
    y: int
    duration_ms: int = 1500


@dataclass(frozen=True)
class Input:
    """`input`: `{x, y, text, clear_first}` (CLI default true)."""

    x: int
    y: int
    text: str
    clear_first: bool = True


@dataclass(frozen=True)
class Swipe:
    """`swipe`: `{x, y, direction, duration_ms}`; up/down/left/right, default 500 ms; `up`
    moves the finger up (content scrolls down)."""

    x: int
    y: int
    direction: str
    duration_ms: int = 500


@dataclass(frozen=True)
class Drag:
    """`drag`: `{start_x, start_y, end_x, end_y}`."""

    start_x: int
    start_y: int
    end_x: int
    end_y: int


@dataclass(frozen=True)
class Pinch:
    """`pinch`: `{x, y, scale, duration_ms}`; scale > 1 zooms in (CLI defaults 2.0, 300 ms)."""

    x: int
    y: int
    scale: float = 2.0
    duration_ms: int = 300


@dataclass(frozen=True)
class Key:
    """`key`: `{key}`, `ENTER` or `BACKSPACE` only."""

    key: str


@dataclass(frozen=True)
class Launch:
    """`launch`: `{bundle_id?}`; omitted = the app this session installed."""

    bundle_id: str | None = None


@dataclass(frozen=True)
class OpenUrl:
    """`open_url`: `{url}`."""

    url: str


@dataclass(frozen=True)
class Location:
    """`set_location`: `{latitude, longitude}`, floats within ±90 / ±180."""

    latitude: float
    longitude: float


@dataclass(frozen=True)
class AirplaneMode:
    """`set_airplane_mode`: `{enabled}`."""

    enabled: bool


@dataclass(frozen=True)
class Install:
    """`install` (synchronous, one long request): `{app_url, bundle_id?}`."""

    app_url: str
    bundle_id: str | None = None


@dataclass(frozen=True)
class ResolveTarget:
    """`resolve_target`: `{target, session_id?}`."""

    target: str
    session_id: str | None = None


@dataclass(frozen=True)
class ExecuteStep:
    """`execute_step`, §3.5: `{step_type, step_description, metadata?}` plus the session's ids
    (`session_id`, `workflow_run_id`) as the CLI fills them; extract puts `variable_name` in
    `metadata`."""

    step_type: str
    step_description: str
    metadata: dict[str, Any] | None = None
    session_id: str | None = None
    workflow_run_id: str | None = None


# -- the actions --------------------------------------------------------------------------

Answer = type[Any] | Literal["png", "text"]


@dataclass(frozen=True)
class Action:
    """One worker endpoint: its name in the proxy path, method, retry safety and answer.

    Methods follow the CLI (§3.1: GET for reads, POST for everything else). Actions that
    change the device are UNSAFE: never re-sent once they may have reached it, unlike the
    CLI, which re-sends any action after a 5xx.
    """

    name: str
    method: Literal["GET", "POST"]
    safety: Safety
    answer: Answer
    body: type[Any] | None = None


def _post(name: str, body: type[Any] | None, answer: Answer = ActionResult) -> Action:
    return Action(name, "POST", Safety.UNSAFE, answer, body)


ACTIONS: Mapping[str, Action] = {action.name: action for action in (
    Action("health", "GET", Safety.SAFE, DeviceHealth),
    Action("screenshot", "GET", Safety.SAFE, "png"),  # raw PNG bytes, image/png (§3.3, §3.4)
    Action("hierarchy", "GET", Safety.SAFE, "text"),  # XML on Android, JSON on iOS (§3.3)
    # Grounding only looks at the screen, so repeating it is harmless.
    Action("resolve_target", "POST", Safety.SAFE, ResolvedTarget, ResolveTarget),
    _post("tap", Point),
    _post("double_tap", Point),
    _post("longpress", LongPress),
    _post("input", Input),
    _post("swipe", Swipe),
    _post("drag", Drag),
    _post("pinch", Pinch),
    _post("key", Key),
    _post("back", None),
    _post("go_home", None),
    _post("shake", None),
    _post("kill_app", None),
    _post("launch", Launch),
    _post("open_url", OpenUrl),
    _post("set_location", Location),
    _post("set_airplane_mode", AirplaneMode),
    _post("install", Install),
    _post("execute_step", ExecuteStep, StepAccepted),
)}

# Answers of the compound actions, which have their own routes in the spec.
STEP_STATUS: Answer = StepStatus
STEP_CANCEL: Answer = StepCancelAccepted
