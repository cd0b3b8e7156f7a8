"""The OpenAPI document the fuzzer reads: every route the emulator serves, and only those.

Built from the pinned spec with the project's patches (scripts/patches), plus what no spec
lists but the emulator serves: the CLI's workflow start route (as its listed twin), the SSE
stream's events, and the object store (S3's presigned-URL API, which a fuzzer can only
exercise unsigned).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from _emu_support import CLI_ONLY_ROUTES, PINNED, ROOT
from regen.overlay import apply_overlays, load_overlays
from revyl_sdk.testing._server.app import routes
from revyl_sdk.testing._state.objects import PREFIX

# The events the unified stream sends (BEHAVIOR.md §1.3); payloads are validated one by one
# against their components in test_responses_match_spec.
_STREAM_EVENTS = ["connection_ready", "initial_state", "heartbeat", "test_started", "test_updated",
                  *(f"test_{outcome}{form}" for outcome in ("completed", "failed", "cancelled")
                    for form in ("", "_with_data")),
                  "workflow_started", "workflow_updated", "workflow_completed", "workflow_failed",
                  "workflow_cancelled"]
_EVENT = {"type": "object", "required": ["event", "data"],
          "properties": {"event": {"enum": _STREAM_EVENTS}, "data": {"type": "string"}}}

_XML = {"description": "S3's answer", "content": {"application/xml": {"schema": {}}}}
_SIGNED_QUERY = [{"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
                 for name in ("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                              "X-Amz-SignedHeaders", "X-Amz-Signature", "uploadId", "partNumber")]
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
OBJECT_STORE_PATH = PREFIX + "{key}"
_OBJECT_STORE = {
    "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                   *_SIGNED_QUERY],
    "put": {"operationId": "s3_put_object", "requestBody": {"content": _BINARY},
            "responses": {"200": {"description": "Stored"}, "default": _XML}},
    "post": {"operationId": "s3_complete_multipart_upload",
             "requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}},
             "responses": {"200": _XML, "default": _XML}},
    "delete": {"operationId": "s3_abort_multipart_upload",
               "responses": {"204": {"description": "Aborted"}, "default": _XML}},
    "get": {"operationId": "s3_get_object",
            "responses": {"200": {"description": "The object", "content": _BINARY}, "default": _XML}},
}


def spec_route(method: str, template: str) -> tuple[str, str]:
    """(method, path) of a served route as the fuzz document names it."""
    return method, template.replace("{key:object_key}", "{key}")


def fuzz_document() -> dict[str, Any]:
    """The patched pinned spec cut down to the served routes, with the unlisted ones added."""
    patched, _ = apply_overlays(json.loads(PINNED.read_text()), load_overlays(ROOT / "scripts" / "patches"))
    paths = copy.deepcopy(patched["paths"])
    for route, twin in CLI_ONLY_ROUTES.items():
        operation = copy.deepcopy(paths[twin]["post"])
        paths[route] = {"post": {**operation, "operationId": f"{operation['operationId']}_cli"}}
    stream = paths["/api/v1/monitor/stream/unified"]["get"]["responses"]["200"]["content"]
    stream["text/event-stream"] = {"itemSchema": _EVENT}
    paths[OBJECT_STORE_PATH] = _OBJECT_STORE
    served = {spec_route(method, template) for method, template in routes()}
    kept: dict[str, Any] = {}
    for path, item in paths.items():
        operations = {key: value for key, value in item.items()
                      if (key.upper(), path) in served or key == "parameters"}
        if set(operations) - {"parameters"}:
            kept[path] = operations
    listed = {(method.upper(), path) for path, item in kept.items() for method in item
              if method != "parameters"}
    assert served <= listed, f"served but in no document: {sorted(served - listed)}"
    return {**patched, "paths": kept}
