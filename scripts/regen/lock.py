"""The lock file (openapi.lock.json) and the drift summary printed against the previous one.

Each operation gets a short fingerprint of its parameters, request body and responses with
every `$ref` replaced by the fingerprint of what it points to, so a change deep inside a
shared model shows up on every operation that uses it.
"""

import hashlib
import json
from typing import Any

from regen.spec import Spec, component_schemas, iter_operations, operation_key, schema_name_of_ref

FINGERPRINT_LENGTH = 12
DRIFT_LINES_PER_KIND = 10


def operation_fingerprints(doc: Spec) -> dict[str, str]:
    schemas = component_schemas(doc)
    memo: dict[str, str] = {}
    in_progress: set[str] = set()

    def schema_fingerprint(name: str) -> str:
        if name in memo:
            return memo[name]
        if name in in_progress or name not in schemas:  # a cycle, or a dangling ref
            return f"ref:{name}"
        in_progress.add(name)
        memo[name] = _digest(resolved(schemas[name]))
        in_progress.discard(name)
        return memo[name]

    def resolved(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            name = schema_name_of_ref(ref) if isinstance(ref, str) else None
            inner = {k: resolved(v) for k, v in node.items() if k != "$ref" or name is None}
            return {**inner, "$ref": schema_fingerprint(name)} if name is not None else inner
        if isinstance(node, list):
            return [resolved(item) for item in node]
        return node

    return {
        operation_key(method, path): _digest(
            resolved({key: operation.get(key) for key in ("parameters", "requestBody", "responses")})
        )
        for path, method, operation in sorted(iter_operations(doc), key=lambda op: (op[0], op[1]))
    }


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:FINGERPRINT_LENGTH]


def drift_summary(previous: dict[str, Any] | None, current: dict[str, Any]) -> list[str]:
    """Short text lines: operations added, removed and changed since the previous lock."""
    now: dict[str, str] = current["operation_fingerprints"]
    if previous is None or not isinstance(previous.get("operation_fingerprints"), dict):
        return [f"drift: no previous lock to compare with ({len(now)} operations recorded)"]
    before: dict[str, str] = previous["operation_fingerprints"]
    added = sorted(now.keys() - before.keys())
    removed = sorted(before.keys() - now.keys())
    changed = sorted(key for key in now.keys() & before.keys() if now[key] != before[key])
    unchanged = len(now) - len(added) - len(changed)
    lines = [
        f"drift vs previous lock: {len(added)} added, {len(removed)} removed, "
        f"{len(changed)} changed, {unchanged} unchanged"
    ]
    for mark, keys in (("+", added), ("-", removed), ("~", changed)):
        lines += [f"  {mark} {key}" for key in keys[:DRIFT_LINES_PER_KIND]]
        if len(keys) > DRIFT_LINES_PER_KIND:
            lines.append(f"  {mark} ... and {len(keys) - DRIFT_LINES_PER_KIND} more")
    return lines


def render_lock(lock: dict[str, Any]) -> bytes:
    return (json.dumps(lock, indent=2, ensure_ascii=False) + "\n").encode()
