"""The emulator's ASGI app: every area's router behind bearer auth, the object store without.

The one module that imports route modules: an area is served once its router is listed here.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from .._areas.apps.routes import router as apps
from .._areas.builds.routes import router as builds
from .._areas.devices.routes import router as devices
from .._areas.monitor.routes import router as monitor
from .._areas.object_store.routes import router as object_store
from .._areas.reports.routes import router as reports
from .._areas.service.routes import router as service
from .._areas.tests.routes import router as tests
from .._areas.workflows.routes import router as workflows
from .._state.errors import ApiError
from .._state.store import Store
from .deps import require_api_key
from .middleware import Middleware, RecordedRequest

# (router, needs the API key): the object store (the signature is the credential) and the
# health check answer without one.
AREA_ROUTERS: tuple[tuple[APIRouter, bool], ...] = (
    (builds, True), (apps, True), (tests, True), (workflows, True), (monitor, True),
    (devices, True), (reports, True), (object_store, False), (service, False),
)


async def _refused(_: Request, error: Exception) -> JSONResponse:
    """`ApiError` raised anywhere -> its status with `{"detail": ...}`, as the backend's HTTPException."""
    assert isinstance(error, ApiError)
    return JSONResponse({"detail": error.detail}, status_code=error.status)


def build_app(store: Store, log: list[RecordedRequest]) -> FastAPI:
    app = FastAPI(title="Revyl emulator", openapi_url=None, docs_url=None, redoc_url=None)
    app.add_exception_handler(ApiError, _refused)
    app.state.store = store
    for router, secured in AREA_ROUTERS:
        app.include_router(router, dependencies=[Depends(require_api_key)] if secured else [])
    app.add_middleware(Middleware, store=store, log=log)
    return app


def routes() -> list[tuple[str, str]]:
    """(method, path template) of every route the emulator serves, sorted."""
    return sorted((method, route.path) for router, _ in AREA_ROUTERS
                  for route in router.routes if isinstance(route, APIRoute)
                  for method in route.methods or ())
