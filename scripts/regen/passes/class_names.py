"""Pass: make sure no two component schemas become the same Python class.

The generator refuses the second schema whose title maps to an existing class name (and then
drops everything referring to it). Runs after the twin and mangled-name passes, for whatever
collisions remain: each schema in a colliding group is titled after its own key when that is
unique, else numbered in key order (`Name1`, `Name2`).
"""

from collections import defaultdict
from itertools import count

from regen.naming import class_name, schema_class_name
from regen.spec import Spec, component_schemas, with_component_schemas


def unique_class_names(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and `key: titled New` for each retitled schema."""
    schemas = component_schemas(doc)
    keys_by_class: dict[str, list[str]] = defaultdict(list)
    for key, schema in schemas.items():
        keys_by_class[schema_class_name(key, schema)].append(key)
    taken = set(keys_by_class)

    new_titles: dict[str, str] = {}
    for name, keys in sorted(keys_by_class.items()):
        if len(keys) < 2:
            continue
        from_keys = [class_name(key) for key in keys]
        for key, candidate in sorted(zip(keys, from_keys, strict=True)):
            # A key-derived name is used when it is unambiguous; `name` itself is free for one.
            usable = from_keys.count(candidate) == 1 and (candidate == name or candidate not in taken)
            title = candidate if usable else next(f"{name}{n}" for n in count(1) if f"{name}{n}" not in taken)
            taken.add(title)
            new_titles[key] = title
    if not new_titles:
        return doc, []
    retitled = {
        key: {**schema, "title": new_titles[key]} if key in new_titles else schema for key, schema in schemas.items()
    }
    return with_component_schemas(doc, retitled), [f"{k}: titled {t}" for k, t in new_titles.items()]
