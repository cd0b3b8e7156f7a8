"""Pass: drop component schemas nothing generated refers to any more.

Excluding operations leaves their models behind; generating those would only add import
time and names no caller can reach.
"""

from regen.spec import Spec, component_schemas, reachable_schemas, with_component_schemas


def drop_unreferenced_schemas(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and the names of the schemas dropped."""
    schemas = component_schemas(doc)
    roots = {key: value for key, value in doc.items() if key != "components"}
    roots["components"] = {k: v for k, v in doc.get("components", {}).items() if k != "schemas"}
    reachable = reachable_schemas(schemas, roots)
    dropped = [name for name in schemas if name not in reachable]
    if not dropped:
        return doc, []
    kept = {name: schema for name, schema in schemas.items() if name in reachable}
    return with_component_schemas(doc, kept), dropped
