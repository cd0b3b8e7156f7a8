"""`client.api` on Prism: one operation of every generated tag the overlay does not wrap.

The tags come from the manifest (a tag is wrapped when an SDK method declares one of its
operations), so a tag the overlay starts wrapping leaves this list by itself. Prism checks
each request against the pinned spec; a non-2xx answer raises the SDK's typed error.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
import uuid
from types import ModuleType
from typing import Any

import pytest
import revyl_api.api
from _prism import ROOT
from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk._manifest import METHODS

WRAPPED = {operation.module.split(".")[0] for needs in METHODS.values() for operation in needs.operations}
UNWRAPPED = sorted(info.name for info in pkgutil.iter_modules(revyl_api.api.__path__) if info.name not in WRAPPED)
SPEC = json.loads((ROOT.parent / "shared" / "revyl-openapi" / "openapi.json").read_text())
_ROUTE = re.compile(r'"method": "(\w+)",\s*"url": "([^"]+)"')
_STREAMS = ("stream",)  # server-sent events: no answer to parse


def _route(operation: ModuleType) -> tuple[str, str]:
    found = _ROUTE.search(inspect.getsource(operation._get_kwargs))
    assert found, operation.__name__
    return found.group(1), found.group(2)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [_resolve(option) for option in schema[key] if option.get("type") != "null"]
            return options[0] if options else {"type": "null"}
    return schema


def _minimal(schema: dict[str, Any], name: str = "") -> Any:
    """The smallest value the spec accepts: required properties only, first enum value."""
    schema = _resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {key: _minimal(schema["properties"][key], key) for key in schema.get("required", [])}
    if kind == "array":
        return [_minimal(schema.get("items", {}))] if schema.get("minItems") else []
    if kind in ("integer", "number"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if schema.get("format") == "uuid" or name.endswith("id"):
        return str(uuid.uuid4())
    if schema.get("format") == "email":
        return "qa@example.com"
    if schema.get("format") in ("uri", "url"):
        return "https://example.com/x"
    return "x"


def _argument(name: str, annotation: Any, method: str, path: str) -> Any:
    if name == "body":
        operation = SPEC["paths"][path][method]
        content = operation["requestBody"]["content"]
        media = content.get("application/json") or next(iter(content.values()))
        model = next(a for a in typing.get_args(annotation) or (annotation,) if hasattr(a, "from_dict"))
        return model.from_dict(_minimal(media["schema"]))
    choices = [a for a in typing.get_args(annotation) if a is not type(None)] if isinstance(
        annotation, types.UnionType) else [annotation]
    kind = choices[0]
    if typing.get_origin(kind) is typing.Literal:
        return typing.get_args(kind)[0]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is uuid.UUID:
        return uuid.uuid4()
    if kind is int:
        return 1
    if kind is bool:
        return False
    return str(uuid.uuid4()) if name.endswith("id") else "x"


def _pick(tag: str) -> tuple[ModuleType, dict[str, Any]]:
    """The tag's first GET operation (by name), else its first other one: its module and arguments."""
    package = importlib.import_module(f"revyl_api.api.{tag}")
    operations = [importlib.import_module(f"{package.__name__}.{info.name}")
                  for info in pkgutil.iter_modules(package.__path__)]
    usable = [op for op in operations if hasattr(op, "sync_detailed") and not hasattr(op, "UNSUPPORTED_ROUTE")
              and not any(word in op.__name__ for word in _STREAMS)]
    usable.sort(key=lambda op: (_route(op)[0] != "get", op.__name__))
    operation = usable[0]
    method, path = _route(operation)
    # An optional body is sent too: the generated code would serialise UNSET otherwise.
    required = [p for p in inspect.signature(operation._get_kwargs).parameters.values()
                if p.default is inspect.Parameter.empty or p.name == "body"]
    return operation, {p.name: _argument(p.name, p.annotation, method, path) for p in required}


def test_every_unwrapped_tag_is_covered() -> None:
    # tags and apps are wrapped by the overlay now (client.tags, client.apps): never listed here
    assert len(UNWRAPPED) >= 20 and "tags" not in UNWRAPPED and "apps" not in UNWRAPPED


@pytest.mark.parametrize("tag", UNWRAPPED)
def test_client_api_reaches_an_operation_of_every_unwrapped_tag(prism_url: str, tag: str) -> None:
    operation, arguments = _pick(tag)
    with Revyl("contract-key", base_url=prism_url, max_retries=0, ci_headers=False) as client:
        response = operation.sync_detailed(client=client.api, **arguments)
    assert 200 <= response.status_code < 300, (operation.__name__, response.status_code)


async def test_async_client_api_on_prism(prism_url: str) -> None:
    operation, arguments = _pick(UNWRAPPED[0])
    async with AsyncRevyl("contract-key", base_url=prism_url, max_retries=0, ci_headers=False) as client:
        response = await operation.asyncio_detailed(client=client.api, **arguments)
    assert 200 <= response.status_code < 300
