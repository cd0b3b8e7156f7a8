"""Pass: make file parts of multipart bodies real binary parts.

FastAPI (OpenAPI 3.1) declares an `UploadFile` as `type: string, contentMediaType: ...`. The
generator only recognises `format: binary` as a file, so without this it would send
`str(file)` as a text part. Every such part of every multipart body gets `format: binary`.
"""

from typing import Any

from regen.spec import (
    Spec,
    component_schemas,
    map_operations,
    schema_name_of_ref,
    with_component_schemas,
)

MULTIPART = "multipart/form-data"


def binary_file_parts(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the fixed spec and the fields fixed, as `Schema.field` (or `METHOD path.field`)."""
    fixed: list[str] = []
    referenced: set[str] = set()

    def fix_inline_body(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        body_schema = _multipart_schema(operation)
        if body_schema is None:
            return operation
        ref = body_schema.get("$ref")
        if isinstance(ref, str):
            name = schema_name_of_ref(ref)
            if name is not None:
                referenced.add(name)
            return operation
        new_schema, fields = _with_binary_parts(body_schema)
        if not fields:
            return operation
        fixed.extend(f"{method.upper()} {path}.{field}" for field in fields)
        content = {**operation["requestBody"]["content"], MULTIPART: {"schema": new_schema}}
        return {**operation, "requestBody": {**operation["requestBody"], "content": content}}

    doc = map_operations(doc, fix_inline_body)
    schemas = component_schemas(doc)
    replaced: dict[str, Any] = {}
    for name in sorted(referenced & schemas.keys()):
        new_schema, fields = _with_binary_parts(schemas[name])
        if fields:
            replaced[name] = new_schema
            fixed.extend(f"{name}.{field}" for field in fields)
    if not replaced:
        return doc, fixed
    return with_component_schemas(doc, {**schemas, **replaced}), fixed


def _multipart_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    media = operation.get("requestBody", {}).get("content", {}).get(MULTIPART)
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _with_binary_parts(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return schema, []
    new_properties = {name: _as_binary(part) for name, part in properties.items()}
    fields = [name for name in properties if new_properties[name] is not properties[name]]
    return ({**schema, "properties": new_properties}, fields) if fields else (schema, [])


def _as_binary(part: Any) -> Any:
    """The part with every declared-file string (also inside arrays and anyOf) made binary."""
    if not isinstance(part, dict):
        return part
    if part.get("type") == "string" and "contentMediaType" in part and "format" not in part:
        return {**part, "format": "binary"}
    new_part = part
    if "items" in part and (items := _as_binary(part["items"])) is not part["items"]:
        new_part = {**new_part, "items": items}
    for combinator in ("anyOf", "oneOf"):
        options = part.get(combinator)
        if isinstance(options, list):
            new_options = [_as_binary(option) for option in options]
            if any(new is not old for new, old in zip(new_options, options, strict=True)):
                new_part = {**new_part, combinator: new_options}
    return new_part
