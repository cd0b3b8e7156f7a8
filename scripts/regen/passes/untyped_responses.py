"""Pass: give a parseable type to 200 responses FastAPI left as the empty schema `{}`.

FastAPI writes `{}` for a handler without a response model: "some JSON". The generator turns
that into `Any`, which is faithful, and parses it (`response.json()`) as long as the endpoint
has another typed response (its 422, usually). When *every* response is untyped, the
generator's template drops parsing altogether: `_parse_response` returns None for 200 and no
`sync()`/`asyncio()` is emitted. Only for those endpoints the 200 body is declared a JSON
object with any properties (these are diagnostic/status handlers returning a dict), which the
generator parses into a small model keeping every key in `additional_properties`.
"""

from typing import Any

from regen.spec import Spec, map_operations, operation_key

JSON = "application/json"
ANY_JSON_OBJECT = {"type": "object", "additionalProperties": True}


def type_untyped_responses(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and the operations whose 200 was declared a JSON object."""
    typed: list[str] = []

    def type_200(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        responses = operation.get("responses", {})
        ok = responses.get("200")
        if not isinstance(ok, dict) or ok.get("content", {}).get(JSON, {}).get("schema") != {}:
            return operation
        if not all(_is_untyped(response) for response in responses.values()):
            return operation
        typed.append(operation_key(method, path))
        content = {**ok["content"], JSON: {**ok["content"][JSON], "schema": ANY_JSON_OBJECT}}
        return {**operation, "responses": {**responses, "200": {**ok, "content": content}}}

    return map_operations(doc, type_200), typed


def _is_untyped(response: Any) -> bool:
    if not isinstance(response, dict) or "$ref" in response:
        return False
    content = response.get("content") or {}
    return all(media.get("schema", {}) == {} for media in content.values())
