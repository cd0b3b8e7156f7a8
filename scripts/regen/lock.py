"""The lock file (openapi.lock.json) and the drift summary printed against the previous one.

Each operation gets a short fingerprint of its parameters, request body and responses with
every `$ref` replaced by the fingerprint of what it points to, so a change deep inside a
shared model shows up on every operation that uses it.
"""

import json
from typing import Any

from regen.spec import ComponentDigests, Spec, component_schemas, iter_operations, operation_key, short_digest

DRIFT_LINES_PER_KIND = 10


def operation_fingerprints(doc: Spec) -> dict[str, str]:
    digests = ComponentDigests(component_schemas(doc), cycle=lambda name: f"ref:{name}")
    return {
        operation_key(method, path): short_digest(
            digests.resolved({key: operation.get(key) for key in ("parameters", "requestBody", "responses")})
        )
        for path, method, operation in sorted(iter_operations(doc), key=lambda op: (op[0], op[1]))
    }


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
