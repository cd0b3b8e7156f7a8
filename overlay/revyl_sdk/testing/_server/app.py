"""The emulator's ASGI app: every area's router behind bearer auth, the object store without.

The one module that imports route modules: an area is served once its router is listed here.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.types import ASGIApp

from .._areas.apps.routes import router as apps
from .._areas.builds.routes import router as builds
from .._areas.device_targets.routes import router as device_targets
from .._areas.devices.routes import router as devices
from .._areas.global_variables.routes import router as global_variables
from .._areas.launch_variables.routes import router as launch_variables
from .._areas.modules.routes import router as modules
from .._areas.monitor.routes import router as monitor
from .._areas.object_store.routes import router as object_store
from .._areas.org_files.routes import router as org_files
from .._areas.reports.routes import router as reports
from .._areas.scripts.routes import router as scripts
from .._areas.service.routes import router as service
from .._areas.tags.routes import router as tags
from .._areas.test_edits.routes import router as test_edits
from .._areas.tests.routes import router as tests
from .._areas.variables.routes import router as variables
from .._areas.workflow_edits.routes import router as workflow_edits
from .._areas.workflows.routes import router as workflows
from .._state.errors import ApiError
from .._state.store import Store
from .deps import require_api_key
from .middleware import ConnectionDropper, Middleware, RecordedRequest

# (router, needs the API key): the object store (the signature is the credential) and the
# health check answer without one.
AREA_ROUTERS: tuple[tuple[APIRouter, bool], ...] = (
    (builds, True), (apps, True), (tests, True), (test_edits, True), (tags, True), (workflows, True),
    (workflow_edits, True), (variables, True), (global_variables, True), (launch_variables, True),
    (modules, True), (scripts, True), (org_files, True), (device_targets, True), (monitor, True),
    (devices, True), (reports, True), (object_store, False), (service, False),
)


async def _refused(_: Request, error: Exception) -> JSONResponse:
    """`ApiError` raised anywhere -> its status with `{"detail": ...}`, as the backend's HTTPException."""
    assert isinstance(error, ApiError)
    return JSONResponse({"detail": error.detail}, status_code=error.status)


def build_app(store: Store, log: list[RecordedRequest]) -> ASGIApp:
    app = FastAPI(title="Revyl emulator", openapi_url=None, docs_url=None, redoc_url=None)
    app.add_exception_handler(ApiError, _refused)
    app.state.store = store
    for router, secured in AREA_ROUTERS:
        app.include_router(router, dependencies=[Depends(require_api_key)] if secured else [])
    app.add_middleware(Middleware, store=store, log=log)
    return ConnectionDropper(app)


def routes() -> list[tuple[str, str]]:
    """(method, path template) of every route the emulator serves, sorted."""
    return sorted((method, route.path) for router, _ in AREA_ROUTERS
                  for route in router.routes if isinstance(route, APIRoute)
                  for method in route.methods or ())
