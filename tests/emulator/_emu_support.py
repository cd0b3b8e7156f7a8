"""Check the emulator's answers against Revyl's published OpenAPI documents (openapi-core).

Every JSON answer of a route outside the object store is validated: against the pinned spec
when the operation is listed there; against the last spec that listed it (2026-05-22) for the
hidden `validate-yaml`; against the listed twin's schema for the hidden workflow cancel
route and the CLI's workflow start route (no spec ever listed them). Statuses the spec does
not declare (401, 404, 409, 400, 5xx) are FastAPI `HTTPException`s and must carry a `detail`. SSE payloads are checked
against the component schemas BEHAVIOR.md §1.3 names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
from _proxy_checks import STOP_ROUTE, check_proxy_answer, check_stop_answer, is_proxy
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS31Validator
from revyl_sdk.testing import RevylEmulator
from revyl_sdk.testing._server.app import routes
from revyl_sdk.testing._state.objects import PREFIX
from werkzeug.datastructures import Headers, ImmutableMultiDict

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT.parent / "shared" / "revyl-openapi"
PINNED = SPECS / "openapi.json"
LAST_WITH_VALIDATE_YAML = SPECS / "history" / "2026-05-22-a91968b.json"
SERVER = "https://backend.revyl.ai"
# POST routes Revyl's CLI (0.1.195) calls that no published spec lists, and the listed
# operation each one answers like: `revyl workflow run` starts runs here.
CLI_ONLY_ROUTES = {"/api/v1/workflow-executions": "/api/v1/execution/api/execute_workflow_id_async"}

# Served by the backend but absent from the pinned spec: the document and path to check with.
HIDDEN = {
    ("POST", "/api/v1/tests/yaml/validate-yaml"): ("history", "/api/v1/tests/yaml/validate-yaml"),
    ("POST", "/api/v1/workflows/status/cancel/{task_id}"):
        ("pinned", "/api/v1/execution/api/v1/workflows/status/cancel/{task_id}"),
    **{("POST", route): ("pinned", twin) for route, twin in CLI_ONLY_ROUTES.items()},
}


@dataclass
class _Request:
    """openapi-core's Request protocol over an httpx request."""

    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None
    host_url: str = SERVER


@dataclass(frozen=True)
class _Response:
    status_code: int
    headers: Headers
    content_type: str
    data: bytes


def template_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\{[^}:]+:(?:path|object_key)\}", ".+", template)
    return re.compile(re.sub(r"\{[^}]+\}", "[^/]+", pattern) + "$")


class SpecChecker:
    """Validates responses and remembers which (method, route) pairs it has checked."""

    def __init__(self, routes: list[tuple[str, str]]) -> None:
        self.routes = [(method, template, template_regex(template)) for method, template in routes]
        self.checked: set[tuple[str, str]] = set()
        self.pinned_document = json.loads(PINNED.read_text())
        self.history_document = json.loads(LAST_WITH_VALIDATE_YAML.read_text())

    @cached_property
    def _apis(self) -> dict[str, OpenAPI]:
        # The specs are known-valid; skipping spec validation saves seconds per document.
        config = Config(spec_validator_cls=None)
        return {"pinned": OpenAPI.from_dict(self.pinned_document, config=config),
                "history": OpenAPI.from_dict(self.history_document, config=config)}

    def route_of(self, method: str, path: str) -> str:
        for route_method, template, regex in self.routes:
            if route_method == method and regex.match(path):
                return template
        raise AssertionError(f"{method} {path} matches no route the emulator serves")

    def check(self, response: httpx.Response) -> None:
        """Raise if `response` (already read) breaks the spec for its operation."""
        request = response.request
        route = self.route_of(request.method, request.url.path)
        self.checked.add((request.method, route))
        if route.startswith(PREFIX) or "text/event-stream" in response.headers.get(
                "content-type", ""):
            return  # the object store speaks S3's XML; SSE bodies are checked event by event
        if is_proxy(route):
            check_proxy_answer(route, response)  # the spec says `{}`: checked against declared models
            return
        if route == STOP_ROUTE:
            check_stop_answer(response)
        which, spec_route = HIDDEN.get((request.method, route), ("pinned", route))
        document = self.pinned_document if which == "pinned" else self.history_document
        declared = document["paths"][spec_route][request.method.lower()]["responses"]
        if str(response.status_code) not in declared:
            body = response.json()
            assert isinstance(body, dict) and "detail" in body, (
                f"{request.method} {route} -> {response.status_code} without a `detail`: {body}")
            return
        path = request.url.path
        if spec_route != route:
            path = spec_route.replace("{task_id}", path.rsplit("/", 1)[-1])
        self._apis[which].validate_response(_adapt_request(request, path), _adapt(response))

    def check_schema(self, component: str, instance: Any) -> None:
        """Raise if `instance` is not a valid `#/components/schemas/<component>`."""
        schema = {"$ref": f"#/components/schemas/{component}",
                  "components": self.pinned_document["components"]}
        OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).validate(instance)


def _adapt_request(request: httpx.Request, path: str) -> _Request:
    parameters = RequestParameters(
        query=ImmutableMultiDict(list(request.url.params.multi_items())),
        header=Headers(list(request.headers.items())),
        cookie=ImmutableMultiDict(),
    )
    return _Request(path, request.method.lower(), parameters,
                    request.headers.get("content-type", "application/json"), request.content)


def _adapt(response: httpx.Response) -> _Response:
    return _Response(response.status_code, Headers(list(response.headers.items())),
                     response.headers.get("content-type", ""), response.content)



def served_routes() -> list[tuple[str, str]]:
    """(method, path template) of every route the emulator serves."""
    return routes()


def checked_client(emulator: RevylEmulator, checker: SpecChecker, **kwargs: object) -> httpx.Client:
    """An httpx client whose every answer from the emulator is validated before use."""

    def validate(response: httpx.Response) -> None:
        if "text/event-stream" not in response.headers.get("content-type", ""):
            response.read()
        checker.check(response)

    return httpx.Client(event_hooks={"response": [validate]}, timeout=30, **kwargs)  # type: ignore[arg-type]
