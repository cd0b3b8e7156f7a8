"""Pass: resolve FastAPI's `X-Input` / `X-Output` schema twins.

Pydantic emits both when a model's validation and serialisation schemas differ, and gives
both the title `X`, so the generator sees two models named `X`. For each twin pair:
- structurally identical (counting refs to twins that are themselves merged as equal): one
  schema `X`;
- different: keep both, titled `XInput` and `XOutput`;
- a lone `X-Input` or `X-Output` (and no `X`): renamed to `X`.
"""

from typing import Any

from regen.naming import schema_class_name
from regen.spec import Spec, component_schemas, map_schema_refs, rename_schemas

SUFFIXES = ("-Input", "-Output")


def resolve_schema_twins(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and one report line per twin family resolved."""
    schemas = component_schemas(doc)
    families: dict[str, dict[str, str]] = {}
    for key in schemas:
        for suffix in SUFFIXES:
            if key.endswith(suffix):
                families.setdefault(key[: -len(suffix)], {})[suffix] = key
    if not families:
        return doc, []

    mergeable = _identical_pairs(schemas, families)
    renames: dict[str, str] = {}
    retitled: dict[str, Any] = {}
    dropped: set[str] = set()
    report: list[str] = []
    for base, twins in sorted(families.items()):
        if base in mergeable:
            renames[twins["-Input"]] = renames[twins["-Output"]] = base
            dropped.add(twins["-Output"])
            report.append(f"{base}: merged identical -Input/-Output")
        elif len(twins) == 1 and base not in schemas:
            (key,) = twins.values()
            renames[key] = base
            report.append(f"{base}: lone {key} renamed")
        else:
            for suffix, key in twins.items():
                title = schema_class_name(base, schemas[key]) + suffix.lstrip("-")
                retitled[key] = {**schemas[key], "title": title}
                report.append(f"{key}: titled {title}")

    kept = {key: retitled.get(key, schema) for key, schema in schemas.items() if key not in dropped}
    doc = {**doc, "components": {**doc["components"], "schemas": kept}}
    return rename_schemas(doc, renames), report


def _identical_pairs(schemas: dict[str, Any], families: dict[str, dict[str, str]]) -> set[str]:
    """Bases whose twins are equal once refs to mergeable twins are read as the base.

    Start by assuming every complete pair merges and drop pairs that differ until nothing
    changes: the largest consistent set, so mutually recursive twins can merge too.
    """
    mergeable = {base for base, twins in families.items() if len(twins) == 2 and base not in schemas}
    twin_base = {key: base for base, twins in families.items() for key in twins.values()}

    def as_base(name: str) -> str:
        base = twin_base.get(name)
        return base if base in mergeable else name

    changed = True
    while changed:
        changed = False
        for base in sorted(mergeable):
            twins = families[base]
            inputs = map_schema_refs(schemas[twins["-Input"]], as_base)
            outputs = map_schema_refs(schemas[twins["-Output"]], as_base)
            if inputs != outputs:
                mergeable.discard(base)
                changed = True
    return mergeable
