"""The names a prepared spec will generate, as recorded in the lock, and how to recognise a model
whose component was renamed.

Operations are known by route (`PATCH /api/v1/apps/{app_id}`) and generate
`revyl_api.api.<module>.<function>`. Models are known by component key and generate a class;
beside its name the lock keeps two ways to recognise the same model under another key: its
shape (the schema with every title left out and every `$ref` replaced by the shape of its
target, so renaming changes nothing) and its anchor (the first operation body or 2xx
response that refers to it directly).
"""

from __future__ import annotations

from typing import Any, TypedDict

from regen.naming import function_module_name, module_name, schema_class_name
from regen.spec import ComponentDigests, Spec, component_schemas, iter_operations, operation_key, schema_name_of_ref

DEFAULT_TAG = "default"


class ModelRecord(TypedDict):
    name: str
    shape: str
    anchor: str | None


class Names(TypedDict):
    operations: dict[str, str]  # route -> "module.function"
    models: dict[str, ModelRecord]  # component key -> record


def operation_module(operation: dict[str, Any]) -> str:
    """`module.function` of the generated operation (`apps.update_app`)."""
    tag = (operation.get("tags") or [DEFAULT_TAG])[0]
    return f"{module_name(tag)}.{function_module_name(str(operation.get('operationId', '')))}"


def generated_names(doc: Spec) -> Names:
    """What the generator will name every operation and model of `doc`."""
    schemas = component_schemas(doc)
    shapes = schema_shapes(doc)
    anchors = schema_anchors(doc)
    return {
        "operations": {
            operation_key(method, path): operation_module(operation)
            for path, method, operation in sorted(iter_operations(doc), key=lambda op: (op[0], op[1]))
        },
        "models": {
            key: {"name": schema_class_name(key, schema), "shape": shapes[key], "anchor": anchors.get(key)}
            for key, schema in sorted(schemas.items())
        },
    }


def merged_names(locked: Names | None, current: Names) -> Names:
    """What the lock keeps: the current names, and the locked ones of what this spec lacks
    (so they stay reserved for it), unless a current name took them over (a rename)."""
    if not locked:
        return current
    operation_names = set(current["operations"].values())
    model_names = {record["name"] for record in current["models"].values()}
    operations = {r: n for r, n in locked["operations"].items() if r not in current["operations"]}
    models = {k: m for k, m in locked["models"].items() if k not in current["models"]}
    return {
        "operations": dict(sorted({**{r: n for r, n in operations.items() if n not in operation_names},
                                   **current["operations"]}.items())),
        "models": dict(sorted({**{k: m for k, m in models.items() if m["name"] not in model_names},
                               **current["models"]}.items())),
    }


def schema_shapes(doc: Spec) -> dict[str, str]:
    """A short digest of each component schema that ignores every name in it."""
    schemas = component_schemas(doc)
    shapes = ComponentDigests(schemas, cycle=lambda name: "cycle", ignored=frozenset({"title", "$ref"}))
    return {key: shapes.of(key) for key in schemas}


def schema_anchors(doc: Spec) -> dict[str, str]:
    """Each component's first direct use by an operation: `POST /x body` or `GET /y 200`."""
    anchors: dict[str, str] = {}
    for path, method, operation in sorted(iter_operations(doc), key=lambda op: (op[0], op[1])):
        places = [("body", operation.get("requestBody"))]
        places += [(status, response) for status, response in sorted(operation.get("responses", {}).items())
                   if str(status).startswith("2")]
        for where, node in places:
            for key in _direct_refs(node):
                anchors.setdefault(key, f"{operation_key(method, path)} {where}")
    return anchors


def _direct_refs(node: Any) -> list[str]:
    """Schemas referenced under `node` without going through another component."""
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and (name := schema_name_of_ref(ref)) is not None:
                found.append(name)
                continue
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found

