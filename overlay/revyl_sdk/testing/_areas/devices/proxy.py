"""The worker end of `device-proxy/{workflow_run_id}/{action}`: what each device action answers.

Request bodies are checked against the shapes of DEVICES.md §3.3 (422 with FastAPI's
`detail` list when they do not fit); answers are the worker's result envelope
(`{success, action, latency_ms, ...}`, §3.2), raw PNG for `screenshot`, XML or JSON text
for `hierarchy`. Before the device is connected the proxy answers 503; a session that
has ended answers 404, a lost device 502 (the emulator's choice where DEVICES.md is
silent: Revyl's CLI then asks the worker connection what happened, and so does the SDK).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError

from ..._state.devices import DeviceRow, DevicesState, StepRun
from ..._state.ids import new_id
from ..._state.phone import DEMO_BUNDLE, SimulatedDevice
from .png import render
from .shapes import step_result

_LATENCY_MS = 12


class _Point(BaseModel):
    x: int
    y: int
    target: str | None = None


class _LongPress(BaseModel):
    x: int
    y: int
    duration_ms: int = 1500


class _Input(BaseModel):
    x: int
    y: int
    text: str
    clear_first: bool = True


class _Swipe(BaseModel):
    x: int
    y: int
    direction: Literal["up", "down", "left", "right"]
    duration_ms: int = 500


class _Drag(BaseModel):
    start_x: int
    start_y: int
    end_x: int
    end_y: int


class _Pinch(BaseModel):
    x: int
    y: int
    scale: float = 2.0
    duration_ms: int = 300


class _Key(BaseModel):
    key: Literal["ENTER", "BACKSPACE"]


class _Launch(BaseModel):
    bundle_id: str | None = None


class _Url(BaseModel):
    url: str


class _Location(BaseModel):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class _Airplane(BaseModel):
    enabled: bool


class _Install(BaseModel):
    app_url: str
    bundle_id: str | None = None
    install_mode: str | None = None


class _Target(BaseModel):
    target: str
    session_id: str | None = None


class _Wait(BaseModel):
    duration_ms: int = 1000


class _Step(BaseModel):
    step_type: Literal["instruction", "validation", "extract", "code_execution", "local_var"]
    step_description: str
    metadata: dict[str, Any] | None = None


class _Nothing(BaseModel):
    pass


def ok(action: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"success": True, "action": action, "latency_ms": _LATENCY_MS, **extra})


def failed(action: str, error: str, status: int = 200) -> JSONResponse:
    return JSONResponse({"success": False, "action": action, "latency_ms": _LATENCY_MS, "error": error},
                        status_code=status)


def detail(status: int, text: str) -> JSONResponse:
    return JSONResponse({"detail": text}, status_code=status)


def gate(row: DeviceRow, now: float, *, needs_device: bool = True) -> JSONResponse | None:
    """The proxy's own answer when the device cannot take requests, else None."""
    if row.lost:
        return detail(502, "Device worker unreachable")
    if not row.active:
        return detail(404, "Device session is not active")
    if not row.worker_ready(now) or (needs_device and not row.device_connected(now)):
        return detail(503, "Device not connected yet")
    return None


def read(row: DeviceRow, action: str, now: float) -> Response:
    """GET actions."""
    device = row.device
    if action == "health":
        width, height = device.size
        return JSONResponse({"status": "ok", "device_connected": row.device_connected(now),
                             "screen_width": width, "screen_height": height})
    if action == "screenshot":
        return Response(render(device), media_type="image/png", headers={"X-Latency-Ms": str(_LATENCY_MS)})
    if action == "hierarchy":
        media_type, text = device.hierarchy()
        return Response(text, media_type=media_type)
    return detail(404, "Action not allowed")


def act(store: DevicesState, row: DeviceRow, action: str, raw: Any, now: float) -> Response:
    """POST actions: the body checked, the device changed, the envelope answered."""
    handler = _HANDLERS.get(action)
    if handler is None:
        return detail(404, "Action not allowed")
    model, perform = handler
    try:
        body = model.model_validate(raw if raw is not None else {})
    except ValidationError as error:
        return JSONResponse({"detail": json.loads(error.json(include_url=False, include_context=False))},
                            status_code=422)
    return perform(_Call(store, row, action, now), body)


class _Call:
    def __init__(self, store: DevicesState, row: DeviceRow, action: str, now: float) -> None:
        self.store, self.row, self.action, self.now = store, row, action, now
        self.device: SimulatedDevice = row.device

    def inside(self, x: int, y: int) -> bool:
        width, height = self.device.size
        return 0 <= x < width and 0 <= y < height


def _tap(call: _Call, body: _Point) -> Response:
    if not call.inside(body.x, body.y):
        return failed(call.action, f"({body.x}, {body.y}) is outside the screen")
    label = "double tap" if call.action == "double_tap" else "tap"
    call.device.tap(body.x, body.y, label)
    return ok(call.action, x=body.x, y=body.y, target=body.target)


def _long_press(call: _Call, body: _LongPress) -> Response:
    call.device.tap(body.x, body.y, f"long press {body.duration_ms}ms")
    return ok(call.action, x=body.x, y=body.y)


def _input(call: _Call, body: _Input) -> Response:
    if not call.inside(body.x, body.y):
        return failed(call.action, f"({body.x}, {body.y}) is outside the screen")
    call.device.type_text(body.x, body.y, body.text, body.clear_first)
    return ok(call.action, x=body.x, y=body.y)


_SWIPES = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}


def _swipe(call: _Call, body: _Swipe) -> Response:
    width, height = call.device.size
    dx, dy = _SWIPES[body.direction]
    end = (min(max(body.x + dx * width // 3, 0), width - 1), min(max(body.y + dy * height // 3, 0), height - 1))
    call.device.gesture(f"swipe {body.direction}", (body.x, body.y), end)
    return ok(call.action, x=body.x, y=body.y)


def _drag(call: _Call, body: _Drag) -> Response:
    call.device.gesture("drag", (body.start_x, body.start_y), (body.end_x, body.end_y))
    return ok(call.action)


def _pinch(call: _Call, body: _Pinch) -> Response:
    call.device.last_action = f"pinch x{body.scale:g} at ({body.x}, {body.y})"
    return ok(call.action, x=body.x, y=body.y)


def _key(call: _Call, body: _Key) -> Response:
    call.device.key(body.key)
    return ok(call.action)


def _simple(label: str, change: Callable[[SimulatedDevice], object] | None = None) -> Callable[[_Call, _Nothing],
                                                                                             Response]:
    def perform(call: _Call, _: _Nothing) -> Response:
        if change is not None:
            change(call.device)
        call.device.last_action = label
        return ok(call.action)

    return perform


def _back(call: _Call, _: _Nothing) -> Response:
    problem = call.device.back()
    return failed(call.action, problem) if problem else ok(call.action)


def _launch(call: _Call, body: _Launch) -> Response:
    problem = call.device.launch(body.bundle_id)
    return failed(call.action, problem) if problem else ok(call.action, bundle_id=body.bundle_id or DEMO_BUNDLE)


def _open_url(call: _Call, body: _Url) -> Response:
    if "://" not in body.url:
        return failed(call.action, f"not a URL: {body.url!r}")
    call.device.open_url(body.url)
    return ok(call.action)


def _location(call: _Call, body: _Location) -> Response:
    call.device.location = (body.latitude, body.longitude)
    call.device.last_action = f"location {body.latitude:.4f}, {body.longitude:.4f}"
    return ok(call.action)


def _airplane(call: _Call, body: _Airplane) -> Response:
    call.device.airplane_mode = body.enabled
    call.device.last_action = f"airplane mode {'on' if body.enabled else 'off'}"
    return ok(call.action)


def _install(call: _Call, body: _Install) -> Response:
    if not body.app_url.startswith(("http://", "https://")):
        return failed(call.action, "app_url must be an http(s) URL")
    call.device.app_installed = True
    call.device.launch(DEMO_BUNDLE)
    method = "simctl_install" if call.row.platform == "ios" else "adb_install"
    return ok(call.action, bundle_id=body.bundle_id or DEMO_BUNDLE, package_name=DEMO_BUNDLE,
              install_method=method)


def _resolve(call: _Call, body: _Target) -> Response:
    element = call.device.find(body.target)
    if element is None:
        return JSONResponse({"found": False, "error": f"no element matching {body.target!r}"})
    x, y = call.device.center_of(element)
    return JSONResponse({"found": True, "x": x, "y": y})


def _tap_target(call: _Call, body: _Target) -> Response:
    element = call.device.find(body.target)
    if element is None:
        return JSONResponse({"success": False, "found": False, "latency_ms": _LATENCY_MS,
                             "error": f"no element matching {body.target!r}"})
    x, y = call.device.center_of(element)
    call.device.tap(x, y)
    return JSONResponse({"success": True, "found": True, "x": x, "y": y, "latency_ms": _LATENCY_MS})


def _execute_step(call: _Call, body: _Step) -> Response:
    if call.row.running_step(call.now) is not None:
        return detail(409, "A step is already running on this session")
    script = call.store.script_for(body.step_description)
    seconds = call.store.config.step_seconds if script.seconds is None else script.seconds
    step = StepRun(new_id(), body.step_type, body.step_description, body.metadata or {}, script, call.now, seconds)
    call.row.steps[step.id] = step
    call.device.last_action = f"AI {body.step_type}: {body.step_description}"[:60]
    return JSONResponse({"step_id": step.id, "status": "accepted"}, status_code=202)


_HANDLERS: dict[str, tuple[type[BaseModel], Callable[[_Call, Any], Response]]] = {
    "tap": (_Point, _tap), "double_tap": (_Point, _tap), "longpress": (_LongPress, _long_press),
    "input": (_Input, _input), "swipe": (_Swipe, _swipe), "drag": (_Drag, _drag), "pinch": (_Pinch, _pinch),
    "key": (_Key, _key), "back": (_Nothing, _back),
    "go_home": (_Nothing, _simple("home", lambda d: d.go("launcher"))),
    "shake": (_Nothing, _simple("shake")),
    "kill_app": (_Nothing, _simple("app killed", lambda d: d.go("launcher"))),
    "wait": (_Wait, _simple("wait")),
    "launch": (_Launch, _launch), "open_url": (_Url, _open_url), "set_location": (_Location, _location),
    "set_airplane_mode": (_Airplane, _airplane), "install": (_Install, _install),
    "resolve_target": (_Target, _resolve), "tap_target": (_Target, _tap_target),
    "execute_step": (_Step, _execute_step),
}


def step_status(row: DeviceRow, step: StepRun, now: float) -> JSONResponse:
    status = step.status(now)
    result = None if status == "running" else step_result(row, step, status)
    return JSONResponse({"step_id": step.id, "status": status, "result": result})


def step_cancel(step: StepRun, now: float) -> JSONResponse:
    if step.status(now) == "running":
        step.cancelled_at = now
    return JSONResponse({"step_id": step.id, "status": "cancelling"}, status_code=202)
