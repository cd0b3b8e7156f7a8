"""Pass: keep the names the lock recorded, whatever FastAPI calls things this time.

Users import the raw client by name (`revyl_api.api.apps.update_app`,
`revyl_api.models.AppResponse`), and the SDK overlay does too. So once a name is in the lock
it stays:
- an operation keeps its module and function by route, whatever its operationId or tag;
- a model keeps its class name by component key; a component whose key changed is
  recognised by its shape, else by its anchor (see names.py), and keeps its old name.
A name stays reserved while its operation or model is absent from a spec (the SDK may get a
placeholder under it), so anything new is named as the other passes name it, numbered if a
kept name took its name. Runs last, once every other pass has settled what will be generated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import chain, count
from typing import Any

from regen.errors import RegenError
from regen.names import ModelRecord, Names, generated_names
from regen.naming import class_name
from regen.spec import Spec, component_schemas, map_operations, operation_key, with_component_schemas

Pass = Callable[[Spec], tuple[Spec, list[str]]]


def keep_locked_names(locked: Names | None) -> Pass:
    """The pass for a lock's names (None: a first run, nothing to keep)."""

    def stable_names(doc: Spec) -> tuple[Spec, list[str]]:
        if not locked:
            return doc, []
        current = generated_names(doc)
        report: list[str] = []
        doc = _keep_operation_names(doc, locked["operations"], current["operations"], report)
        return _keep_model_names(doc, locked, current, report), report

    return stable_names


def _keep_operation_names(doc: Spec, locked: dict[str, str], current: dict[str, str], report: list[str]) -> Spec:
    wanted = {route: locked.get(route, name) for route, name in current.items()}
    kept = set(locked.values())  # names of routes this spec lacks too: they stay theirs
    for route, name in sorted(wanted.items()):
        if route not in locked and name in kept:  # a new operation took a kept name
            module, _, function = name.partition(".")
            method = route.split(" ", 1)[0].lower()
            candidates = chain([f"{module}.{function}_{method}"], (f"{module}.{function}_{n}" for n in count(2)))
            taken = kept | set(wanted.values())
            wanted[route] = next(candidate for candidate in candidates if candidate not in taken)
            report.append(f"{route}: new operation named {wanted[route]} ({name} is kept by another)")

    def rename(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        route = operation_key(method, path)
        if wanted[route] == current[route]:
            return operation
        module, _, function = wanted[route].partition(".")
        report.append(f"{route}: kept {wanted[route]} (the spec now gives {current[route]})")
        tags = [module, *(tag for tag in operation.get("tags") or [] if tag != module)]
        return {**operation, "tags": tags, "operationId": function}

    return map_operations(doc, rename)


def _keep_model_names(doc: Spec, locked: Names, current: Names, report: list[str]) -> Spec:
    matches = _match_components(locked, current)
    wanted = {key: locked["models"][old]["name"] for key, old in matches.items()}
    for key, old in sorted(matches.items()):
        if key != old:
            report.append(f"component {old} is now {key}: kept class {wanted[key]}")
    taken = {record["name"] for record in locked["models"].values()}  # absent ones included
    for key, record in sorted(current["models"].items()):
        if key in wanted:
            continue
        name = record["name"]
        if name in taken:
            fresh = next(f"{name}{n}" for n in count(2) if f"{name}{n}" not in taken)
            report.append(f"component {key}: new class {fresh} ({name} is kept by another)")
            name = fresh
        wanted[key] = name
        taken.add(name)
    schemas = component_schemas(doc)
    retitled = {
        key: {**schema, "title": wanted[key]} if current["models"][key]["name"] != wanted[key] else schema
        for key, schema in schemas.items()
    }
    changed = [key for key in schemas if retitled[key] is not schemas[key]]
    if not changed:
        return doc
    bad = [wanted[key] for key in changed if class_name(wanted[key]) != wanted[key]]
    if bad:  # the lock was edited by hand, or the generator's naming changed
        raise RegenError(f"the lock keeps model names the generator would change: {', '.join(bad)}")
    return with_component_schemas(doc, retitled)


def _match_components(locked: Names, current: Names) -> dict[str, str]:
    """Current component key -> the locked component key it is: same key, else unique shape,
    else unique anchor."""
    matches = {key: key for key in current["models"] if key in locked["models"]}
    for feature in (_shape, _anchor):
        old = {k: feature(r) for k, r in locked["models"].items() if k not in matches.values()}
        new = {k: feature(r) for k, r in current["models"].items() if k not in matches}
        old_count, new_count = Counter(old.values()), Counter(new.values())
        by_value = {value: k for k, value in old.items()}
        for key, value in new.items():
            if value is not None and old_count[value] == 1 and new_count[value] == 1:
                matches[key] = by_value[value]
    return matches


def _shape(record: ModelRecord) -> str | None:
    return record["shape"]


def _anchor(record: ModelRecord) -> str | None:
    return record["anchor"]
