"""Pass: an enum the client reads also takes values the spec does not list yet.

With `literal_enums`, the generator parses an enum field with `check_<enum>(value)`, which
raises TypeError on any value outside the spec's list. Revyl adds values over time (`StepType`
gained six across the spec history, `CleanupLevel` and `GrounderType` one each), and one new
`SessionStatus` from the server would make every status read, `run.wait()` and stream event
fail to parse for every SDK user.

So every *use* of an enum inside something the client only reads, that is, a component
schema reachable from a response and from no request, or an inline response schema, becomes
`anyOf: [<the enum>, {"type": "string"}]` (`integer` for integer enums). The generator then
types the field `Enum | str` and its parse tries the literal check first and keeps any other
value as a plain str, with no warning. The Literal alias itself is untouched, so callers
still get its values for completion and comparison.

What stays strict, and why:
- Uses reachable from a request (parameters, request body models) keep the bare Literal. A
  type checker catches a typo in a value the caller sends, and so does the SDK at run time:
  the overlay builds request bodies with the generated `from_dict` (`build_model`), whose
  literal check turns `to_yaml([{"type": "teleport"}])` into a clear error before sending.
- An enum used both ways is split per use site: e.g. `CloudAgentProviderId` is open in
  `AgentRun`, a response-only model, and strict in `SpawnAgentRequest` and query parameters.
- A model that is itself both sent and received (`ActionBlock`, `TestRunConfig`, ...) is one
  class with one `from_dict`, so it cannot be split without renaming public classes. It stays
  strict, for the request check above. The cost: a read that returns one (`get_test_info`,
  workflow details, build configurations) still fails on an unlisted value there. None of
  the operations the SDK wraps returns one (tested on the pinned spec).

Generated names do not move. An enum already inside an `anyOf`/`oneOf` keeps its position and
the plain type is appended (member names such as `..._type_0` come from positions). A wrapped
inline enum is given, as its title, the name the generator would have derived its class name
from, so `WorkflowLastExecutionStatus` stays `WorkflowLastExecutionStatus`. Defaults behave as
before: beside a `$ref` the generator ignores them, and they stay there; an inline enum's
default moves to the wrapper, where the union applies it exactly as the literal did.

Not opened: `const` (single-value discriminators) and enums of booleans or mixed types, which
the generator does not make literals of anyway.
"""

from typing import Any

from regen.spec import (
    Spec,
    component_schemas,
    iter_operations,
    map_operations,
    operation_key,
    reachable_schemas,
    schema_name_of_ref,
    with_component_schemas,
)

PLAIN_TYPES: dict[type, str] = {str: "string", int: "integer"}
# Keys that narrow a schema of the plain type, so that it would not take just any value.
NARROWING_KEYS = ("enum", "const", "format", "pattern", "$ref", "anyOf", "oneOf", "allOf")


def open_read_enums(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and `where: Enum | type` for each enum use opened."""
    schemas = component_schemas(doc)
    enums = {name: schema for name, schema in schemas.items() if isinstance(schema, dict) and "enum" in schema}
    operations = [operation for _, _, operation in iter_operations(doc)]
    read = reachable_schemas(schemas, [operation.get("responses", {}) for operation in operations])
    sent = reachable_schemas(
        schemas, [[operation.get("parameters", []), operation.get("requestBody", {})] for operation in operations]
    )
    read_only = read - sent - enums.keys()
    opener = _Opener(enums)

    new_schemas = {
        name: opener.open(schema, name, name) if name in read_only else schema for name, schema in schemas.items()
    }
    if any(new_schemas[name] is not schema for name, schema in schemas.items()):
        doc = with_component_schemas(doc, new_schemas)

    def open_responses(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            return operation
        new_responses = {
            status: _open_response(opener, response, status, f"{operation_key(method, path)} {status}")
            for status, response in responses.items()
        }
        if all(new_responses[status] is response for status, response in responses.items()):
            return operation
        return {**operation, "responses": new_responses}

    return map_operations(doc, open_responses), opener.report


def plain_type(enum_schema: dict[str, Any]) -> dict[str, str] | None:
    """The schema an enum's unlisted values parse as; None when the enum is no literal."""
    values = [value for value in enum_schema.get("enum") or [] if value is not None]
    kinds = {type(value) for value in values}  # type(), not isinstance: True is no integer here
    if len(kinds) != 1:
        return None
    json_type = PLAIN_TYPES.get(kinds.pop())
    return {"type": json_type} if json_type else None


class _Opener:
    """Rewrites the enum uses under one schema, recording each in `report`."""

    def __init__(self, enums: dict[str, dict[str, Any]]) -> None:
        self.enums = enums
        self.report: list[str] = []

    def open(self, node: Any, name: str, where: str) -> Any:
        """`node` with its enum uses opened; `name` is what the generator calls it."""
        if not isinstance(node, dict):
            return node
        plain = self._plain_type_of_use(node)
        if plain is not None:
            return self._wrap(node, plain, name, where)
        changes: dict[str, Any] = {}
        for key in ("anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                changes[key] = self._open_members(node, key, name, where)
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and (plain := self._plain_type_of_use(all_of[0])):
            # The generator reads a one-`$ref` allOf as that ref, its default included; as an
            # anyOf the union applies that default the same way.
            self._record(where, all_of[0], plain)
            rest = {key: value for key, value in node.items() if key != "allOf"}
            return {**rest, "anyOf": [all_of[0], plain]}
        if isinstance(all_of, list):
            changes["allOf"] = _same_or_new(all_of, [self.open(member, name, where) for member in all_of])
        if isinstance(node.get("items"), dict):
            changes["items"] = self.open(node["items"], f"{name}_item", f"{where}[]")
        if isinstance(node.get("additionalProperties"), dict):
            extra = node["additionalProperties"]
            changes["additionalProperties"] = self.open(extra, "AdditionalProperty", f"{where}{{}}")
        properties = node.get("properties")
        if isinstance(properties, dict):
            new_properties = {key: self.open(value, key, f"{where}.{key}") for key, value in properties.items()}
            changed = any(new_properties[key] is not value for key, value in properties.items())
            changes["properties"] = new_properties if changed else properties
        if all(node[key] is value for key, value in changes.items()):
            return node
        return {**node, **changes}

    def _plain_type_of_use(self, node: Any) -> dict[str, str] | None:
        """The fallback for an enum use (a `$ref` to an enum, or an inline enum); else None."""
        if not isinstance(node, dict):
            return None
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = schema_name_of_ref(ref)
            return plain_type(self.enums[target]) if target in self.enums else None
        return plain_type(node) if "enum" in node else None

    def _wrap(self, node: dict[str, Any], plain: dict[str, str], name: str, where: str) -> dict[str, Any]:
        self._record(where, node, plain)
        ref = node.get("$ref")
        if isinstance(ref, str):
            # Siblings stay beside the `$ref`, where the generator ignores them, as it did
            # before. The field's docstring was the enum's description: the wrapper keeps it.
            target = self.enums[schema_name_of_ref(ref) or ""]
            description = target.get("description", node.get("description"))
            wrapper: dict[str, Any] = {"anyOf": [node, plain]}
            return {**wrapper, "description": description} if description else wrapper
        inner: dict[str, Any] = {key: node[key] for key in ("type", "enum") if key in node}
        inner["title"] = node.get("title") or name  # the generator names the literal after it
        outer = {key: value for key, value in node.items() if key not in ("type", "enum")}
        return {**outer, "anyOf": [inner, plain]}

    def _open_members(self, node: dict[str, Any], key: str, name: str, where: str) -> list[Any]:
        members: list[Any] = node[key]
        offset = len(node.get("anyOf") or []) if key == "oneOf" else 0  # the generator chains them
        plains: list[dict[str, str]] = []
        opened: list[Any] = []
        for index, member in enumerate(members):
            plain = self._plain_type_of_use(member)
            if plain is None:
                opened.append(self.open(member, _member_name(node, member, name, offset + index), where))
                continue
            opened.append(member)  # in place: the generator names members by position
            if plain not in plains and not any(_takes_any(other, plain) for other in members):
                plains.append(plain)
                self._record(where, member, plain)
        return [*opened, *plains] if plains else _same_or_new(members, opened)

    def _record(self, where: str, use: dict[str, Any], plain: dict[str, str]) -> None:
        ref = use.get("$ref")
        label = schema_name_of_ref(ref) if isinstance(ref, str) else "inline enum"
        self.report.append(f"{where}: {label} | {plain['type']}")


def _open_response(opener: _Opener, response: Any, status: str, where: str) -> Any:
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict):
        return response
    new_content = {}
    for media_type, media in content.items():
        schema = media.get("schema") if isinstance(media, dict) else None
        new_schema = opener.open(schema, f"response_{status}", where)
        new_content[media_type] = media if new_schema is schema else {**media, "schema": new_schema}
    if all(new_content[media_type] is media for media_type, media in content.items()):
        return response
    return {**response, "content": new_content}


def _member_name(union: dict[str, Any], member: Any, name: str, index: int) -> str:
    """The name the generator gives a union member: its own title if distinct, else its position."""
    title = member.get("title") if isinstance(member, dict) else None
    if isinstance(title, str) and title != union.get("title"):
        return f"{name}_{title}"
    return f"{name}_type_{index}"


def _takes_any(member: Any, plain: dict[str, str]) -> bool:
    """Whether a union member already takes every value of the plain type."""
    return (
        isinstance(member, dict)
        and member.get("type") == plain["type"]
        and not any(key in member for key in NARROWING_KEYS)
    )


def _same_or_new(old: list[Any], new: list[Any]) -> list[Any]:
    return old if all(a is b for a, b in zip(old, new, strict=True)) else new

