"""`client.devices` and the `DeviceSession` it returns (`device.tap` ...).

Proxied device actions are not generated operations: each goes through the spec's
generic proxy routes (`device-proxy/{workflow_run_id}/{action}`), declared here; their
bodies and answers are declared in `revyl_sdk/_devices/actions.py`. Actions that may find
the session over also read the worker connection to say why (`DeviceSessionEnded`). A
session's report is read as a test run's is (`run_reports.SESSION_REPORT`).
"""

from __future__ import annotations

from .needs import Model, Needs, Operation
from .run_reports import SESSION_REPORT

_E = "execution"
_START = Operation("POST /api/v1/execution/start_device", f"{_E}.start_device", ("body",))
_CONNECTION = Operation("GET /api/v1/execution/streaming/worker-connection/{workflow_run_id}",
                        f"{_E}.get_worker_connection", ("workflow_run_id",))
_PROXY_GET = Operation("GET /api/v1/execution/device-proxy/{workflow_run_id}/{action}",
                       f"{_E}.proxy_worker_request_get", ("workflow_run_id", "action"))
_PROXY_POST = Operation("POST /api/v1/execution/device-proxy/{workflow_run_id}/{action}",
                        f"{_E}.proxy_worker_request_post", ("workflow_run_id", "action"))
_STEP_STATUS = Operation("GET /api/v1/execution/device-proxy/{workflow_run_id}/step_status/{step_id}",
                         f"{_E}.proxy_step_status", ("workflow_run_id", "step_id"))
_STEP_CANCEL = Operation("POST /api/v1/execution/device-proxy/{workflow_run_id}/step_cancel/{step_id}",
                         f"{_E}.proxy_step_cancel", ("workflow_run_id", "step_id"))
_ACTIVE = Operation("GET /api/v1/execution/device-sessions/active", f"{_E}.get_active_device_sessions")
_DETAIL = Operation("GET /api/v1/execution/device-sessions/{session_id}", f"{_E}.get_device_session_by_id",
                    ("session_id",))
_HISTORY = Operation("GET /api/v1/execution/device-sessions/history", f"{_E}.get_session_history",
                     ("limit", "offset", "source", "platform", "status", "search"))
_STOP = Operation("POST /api/v1/execution/device/status/cancel/{workflow_run_id}", f"{_E}.cancel_device",
                  ("workflow_run_id",))
_GET_BUILD = Operation("GET /api/v1/apps/builds/{version_id}", "apps.get_build",
                       ("version_id", "include_download_url"))
_LIST_BUILDS = Operation("GET /api/v1/apps/{app_id}/builds", "apps.list_builds", ("app_id", "page", "page_size"))
# Fallback grounding when the worker cannot locate a target itself (DEVICES.md §3.4).
_GROUND = Operation("POST /api/v1/execution/ground", f"{_E}.ground_element", ("body",), optional=True)

_CONNECTION_MODEL = Model("WorkerConnectionResponse",
                          ("status", "worker_ws_url", "whep_url", "device_width", "device_height", "message"))
_BUILD = Model("BuildResponse", ("id", "app_id", "download_url", "package_name"))
_READY = (_CONNECTION, _PROXY_GET, _STOP, _ACTIVE)
_READY_MODELS = (_CONNECTION_MODEL, Model("ActiveDeviceSessionsResponse", ("sessions",)),
                 Model("ActiveDeviceSessionItem", ("id", "workflow_run_id")))
_ACTION = Needs((_PROXY_POST, _CONNECTION), (_CONNECTION_MODEL,))
_TARGETED = Needs((_PROXY_POST, _CONNECTION, _PROXY_GET, _GROUND),
                  (_CONNECTION_MODEL, Model("GroundRequest", ("target", "image_base64", "width", "height",
                                                              "platform", "session_id")),
                   Model("GroundResponse", ("x", "y", "found", "error"))))
_READ = Needs((_PROXY_GET, _CONNECTION), (_CONNECTION_MODEL,))
_STEP = Needs((_PROXY_POST, _STEP_STATUS, _STEP_CANCEL, _CONNECTION), (_CONNECTION_MODEL,))

METHODS = {
    "devices.start": Needs(
        (_START, _GET_BUILD, _LIST_BUILDS, *_READY),
        (Model("StartDeviceInfo", ("platform", "is_simulation", "idle_timeout_seconds", "app_id", "build_id",
                                   "app_url", "app_package", "device_model", "os_version", "env_vars")),
         Model("StartDeviceResponse", ("workflow_run_id", "error", "message", "trace_id"),
               optional_fields=("session_id",)),
         Model("PaginatedBuildsResponse", ("items",)), _BUILD, *_READY_MODELS),
    ),
    "devices.attach": Needs(
        (_DETAIL, *_READY),
        (Model("DeviceSessionDetailItem", ("id", "status", "workflow_run_id", "platform", "whep_url", "trace_id",
                                           "screen_width", "screen_height")), *_READY_MODELS),
    ),
    "devices.active": Needs((_ACTIVE,), _READY_MODELS[1:]),
    "devices.history": Needs((_HISTORY,), (Model("DeviceSessionsSessionHistoryResponse", ("sessions", "total")),
                                           Model("DeviceSessionsSessionHistoryItem"))),
    "devices.get": Needs((_DETAIL,), (Model("DeviceSessionDetailItem"),)),
    "devices.report": SESSION_REPORT,
    "devices.stop": Needs((_STOP,)),
    **{f"device.{name}": _TARGETED for name in ("tap", "double_tap", "long_press", "type_text", "swipe", "pinch")},
    **{f"device.{name}": _ACTION for name in ("drag", "press_key", "back", "home", "shake", "launch_app",
                                              "kill_app", "open_url", "set_location", "set_airplane_mode")},
    "device.install": Needs((_PROXY_POST, _CONNECTION, _GET_BUILD), (_CONNECTION_MODEL, _BUILD)),
    **{f"device.{name}": _READ for name in ("screenshot", "hierarchy", "health")},
    **{f"device.{name}": _STEP for name in ("instruct", "validate", "extract")},
    "device.stop": Needs((_STOP,)),
    "device.report": SESSION_REPORT,
    "device.download_artifacts": SESSION_REPORT,
}
