"""The emulator's ASGI app: the API routers behind bearer auth, the object store without."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute

from . import (
    _object_store,
    _routes_apps,
    _routes_devices,
    _routes_discovery,
    _routes_monitor,
    _routes_reports,
    _routes_service,
    _routes_tests,
    _routes_uploads,
    _routes_workflows,
)
from ._http import Middleware, RecordedRequest, not_found, require_api_key
from ._store import NotFound, Store

_SECURED: tuple[APIRouter, ...] = (_routes_uploads.router, _routes_apps.router,
                                   _routes_tests.router, _routes_workflows.router,
                                   _routes_monitor.router, _routes_devices.router,
                                   _routes_discovery.router, _routes_reports.router)
# No API key: the object store (the signature is the credential) and the health check.
_OPEN: tuple[APIRouter, ...] = (_object_store.router, _routes_service.router)


def build_app(store: Store, log: list[RecordedRequest]) -> FastAPI:
    app = FastAPI(title="Revyl emulator", openapi_url=None, docs_url=None, redoc_url=None)
    app.add_exception_handler(NotFound, not_found)
    app.state.store = store
    for router in _SECURED:
        app.include_router(router, dependencies=[Depends(require_api_key)])
    for router in _OPEN:
        app.include_router(router)
    app.add_middleware(Middleware, store=store, log=log)
    return app


def routes() -> list[tuple[str, str]]:
    """(method, path template) of every route the emulator serves, sorted."""
    return sorted((method, route.path) for router in (*_SECURED, *_OPEN)
                  for route in router.routes if isinstance(route, APIRoute)
                  for method in route.methods or ())
