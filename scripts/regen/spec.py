"""Helpers shared by the passes: walking operations, schemas and `$ref`s of a spec.

Passes never mutate their input. These helpers build a new document that shares every
untouched subtree with the old one, so a pass costs what it changes, not a deep copy.
"""

import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
DIGEST_LENGTH = 12


def operation_key(method: str, path: str) -> str:
    """How an operation is named in reports and the lock: `POST /api/v1/apps/`."""
    return f"{method.upper()} {path}"


def iter_operations(doc: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def map_operations(doc: Spec, change: Callable[[str, str, dict[str, Any]], dict[str, Any] | None]) -> Spec:
    """Replace each operation by `change(path, method, op)`; `None` drops it.

    A path left without operations is dropped too. Returns `doc` itself when nothing changed.
    """
    new_paths: dict[str, Any] = {}
    changed = False
    for path, item in doc.get("paths", {}).items():
        new_item: dict[str, Any] = {}
        item_changed = False
        for key, value in item.items():
            if key not in HTTP_METHODS:
                new_item[key] = value
                continue
            new_value = change(path, key, value)
            item_changed = item_changed or new_value is not value
            if new_value is not None:
                new_item[key] = new_value
        if not item_changed:
            new_paths[path] = item
            continue
        changed = True
        if any(key in HTTP_METHODS for key in new_item):
            new_paths[path] = new_item
    return {**doc, "paths": new_paths} if changed else doc


def component_schemas(doc: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    return schemas


def with_component_schemas(doc: Spec, schemas: dict[str, Any]) -> Spec:
    return {**doc, "components": {**doc.get("components", {}), "schemas": schemas}}


def schema_name_of_ref(ref: str) -> str | None:
    return ref[len(SCHEMA_REF_PREFIX) :] if ref.startswith(SCHEMA_REF_PREFIX) else None


def iter_schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas referenced anywhere under `node`."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and (name := schema_name_of_ref(ref)) is not None:
                yield name
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def short_digest(value: Any) -> str:
    """A short sha256 of `value` as canonical JSON: the same for the same content, run after run."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:DIGEST_LENGTH]


class ComponentDigests:
    """Digests of component schemas in which each `$ref` to a component is replaced by that
    component's own digest, so a digest changes when anything it reaches changes.

    Memoised per instance. A cycle or a dangling ref stands in as `cycle(name)`. Keys in
    `ignored` are left out at every level; a component `$ref` is always replaced, any other
    `$ref` kept unless ignored.
    """

    def __init__(self, schemas: dict[str, Any], *, cycle: Callable[[str], str],
                 ignored: frozenset[str] = frozenset()) -> None:
        self._schemas = schemas
        self._cycle = cycle
        self._ignored = ignored
        self._memo: dict[str, str] = {}
        self._in_progress: set[str] = set()

    def of(self, name: str) -> str:
        if name in self._memo:
            return self._memo[name]
        if name in self._in_progress or name not in self._schemas:
            return self._cycle(name)
        self._in_progress.add(name)
        self._memo[name] = short_digest(self.resolved(self._schemas[name]))
        self._in_progress.discard(name)
        return self._memo[name]

    def resolved(self, node: Any) -> Any:
        """`node` with its component refs replaced by their digests and ignored keys left out."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            name = schema_name_of_ref(ref) if isinstance(ref, str) else None
            kept = {k: self.resolved(v) for k, v in node.items()
                    if k not in self._ignored and (k != "$ref" or name is None)}
            return {**kept, "$ref": self.of(name)} if name is not None else kept
        if isinstance(node, list):
            return [self.resolved(item) for item in node]
        return node


def reachable_schemas(schemas: dict[str, Any], roots: Any) -> set[str]:
    """Names of the component schemas `roots` refers to, directly or through other schemas."""
    reachable: set[str] = set()
    pending = list(iter_schema_refs(roots))
    while pending:
        name = pending.pop()
        if name in reachable or name not in schemas:
            continue
        reachable.add(name)
        pending.extend(iter_schema_refs(schemas[name]))
    return reachable


def map_schema_refs(node: Any, rename: Callable[[str], str]) -> Any:
    """Rewrite every schema `$ref` under `node` through `rename`, sharing unchanged parts."""
    if isinstance(node, dict):
        new_dict: dict[str, Any] = {}
        changed = False
        for key, value in node.items():
            new_value = map_schema_refs(value, rename)
            if key == "$ref" and isinstance(value, str):
                name = schema_name_of_ref(value)
                if name is not None and rename(name) != name:
                    new_value = SCHEMA_REF_PREFIX + rename(name)
            changed = changed or new_value is not value
            new_dict[key] = new_value
        return new_dict if changed else node
    if isinstance(node, list):
        new_list = [map_schema_refs(item, rename) for item in node]
        changed = any(new is not old for new, old in zip(new_list, node, strict=True))
        return new_list if changed else node
    return node


def rename_schemas(doc: Spec, renames: dict[str, str]) -> Spec:
    """Rename component schema keys (keeping their order) and every `$ref` to them."""
    if not renames:
        return doc
    renamed: Spec = map_schema_refs(doc, lambda name: renames.get(name, name))
    schemas = component_schemas(renamed)
    return with_component_schemas(renamed, {renames.get(name, name): schema for name, schema in schemas.items()})
