"""Pass: give FastAPI's module-mangled schema names readable, unique names.

When two pydantic models share a name, FastAPI names their schemas after the module path,
`app__routes__execution_routes__billing_xpt__SessionHistoryItem`, but leaves both titles
`SessionHistoryItem`: the generator then sees duplicate models. Every mangled schema is
renamed (key, title and every `$ref`) to its name prefixed by its module, shortest first:
`BillingSessionHistoryItem`, `DeviceSessionsSessionHistoryItem`. Prefixing even when the title
is unique in this spec keeps class names stable across spec versions.
"""

import re

from regen.naming import class_name, schema_class_name
from regen.spec import Spec, component_schemas, rename_schemas, with_component_schemas

MANGLED = re.compile(r"^(?P<module>[a-z][a-z0-9_]*)__(?P<name>[A-Z][A-Za-z0-9_]*)$")
# Module-name noise that says nothing about the model.
NOISE_SUFFIXES = ("_xpt", "_routes", "_schemas", "_schema")


def rename_mangled_schemas(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and `old -> New` for each renamed schema."""
    schemas = component_schemas(doc)
    mangled = {key: match for key in schemas if (match := MANGLED.match(key))}
    if not mangled:
        return doc, []
    taken = {schema_class_name(key, schema) for key, schema in schemas.items() if key not in mangled}
    taken |= {key for key in schemas if key not in mangled}

    renames = _shortest_unambiguous_names(mangled, taken)
    titled = {key: {**schema, "title": renames[key]} if key in renames else schema for key, schema in schemas.items()}
    return rename_schemas(with_component_schemas(doc, titled), renames), [
        f"{old} -> {new}" for old, new in renames.items()
    ]


def _shortest_unambiguous_names(mangled: dict[str, re.Match[str]], taken: set[str]) -> dict[str, str]:
    """Each key's shortest prefixed name that no other schema has.

    Keys whose names clash *all* take a longer prefix, never just the one sorted last, so a
    name depends only on which schemas are present, not on their order.
    """
    candidates = {key: _prefixed_names(match["module"].split("__"), match["name"]) for key, match in mangled.items()}
    level = dict.fromkeys(mangled, 0)
    while True:
        chosen = {key: candidates[key][level[key]] for key in mangled}
        clashing = {key for key, name in chosen.items() if name in taken or list(chosen.values()).count(name) > 1}
        longer = [key for key in sorted(clashing) if level[key] + 1 < len(candidates[key])]
        if not longer:  # what still clashes is left to the class-name collision pass
            return chosen
        for key in longer:
            level[key] += 1


def _prefixed_names(module_parts: list[str], name: str) -> list[str]:
    """`Name` prefixed by 1, 2, ... trailing module parts (noise removed), shortest first."""
    words = [_strip_noise(part) for part in reversed(module_parts)]
    candidates: list[str] = []
    prefix = ""
    for word in words:
        if not word:
            continue
        prefix = class_name(word) + prefix
        candidate = class_name(prefix + name)
        if candidate not in candidates:
            candidates.append(candidate)
    return candidates or [class_name(name)]


def _strip_noise(part: str) -> str:
    for suffix in NOISE_SUFFIXES:
        if part.endswith(suffix):
            part = part[: -len(suffix)]
    return part
