"""Pass: give every operation a meaningful first tag, since the generator puts each operation
in the module named after its first tag (`Tests` -> `revyl_api.api.tests`).

- A tag the backend uses as a marker (`public`) is never the module; real tags go first.
- An untagged operation would land in the generator's catch-all `default` module; it gets a
  tag from its path instead: `/api/v1/reports-v3/...` -> `reports_v3`, `/api/v1/scm/...` ->
  `scm`. Paths outside `/api/` (health checks and the like) get `service`.
"""

import re
from typing import Any

from regen.spec import Spec, map_operations, operation_key

MARKER_TAGS = frozenset({"public"})
API_PREFIX = re.compile(r"^/api/v\d+/(?P<segment>[^/{}]+)")
NON_API_TAG = "service"


def assign_module_tags(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and `METHOD path: tag` for each operation given a tag from its path."""
    derived: list[str] = []

    def retag(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        tags = list(dict.fromkeys(operation.get("tags") or []))  # dedupe, keep order
        real = [tag for tag in tags if tag not in MARKER_TAGS]
        if not real:
            real = [tag_from_path(path)]
            derived.append(f"{operation_key(method, path)}: {real[0]}")
        new_tags = real + [tag for tag in tags if tag not in real]
        return operation if new_tags == operation.get("tags") else {**operation, "tags": new_tags}

    return map_operations(doc, retag), derived


def tag_from_path(path: str) -> str:
    match = API_PREFIX.match(path)
    if match is None:
        return NON_API_TAG
    return re.sub(r"\W+", "_", match["segment"]).strip("_").lower() or NON_API_TAG
