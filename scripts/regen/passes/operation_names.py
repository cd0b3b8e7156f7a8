"""Pass: turn FastAPI's default operationIds into the function names users call.

FastAPI builds `{function}{path with non-word chars as _}_{method}`, e.g.
`execute_test_id_async_api_v1_execution_api_execute_test_id_async_post`; the suffix is
stripped to leave the handler's name, `execute_test_id_async`. Two operations left with the
same name in one module would overwrite each other's file, so every member of such a group
gets a discriminator: the HTTP method when that tells them apart, else the part of the path
they do not share (`{config_id}` reads `by_config_id`). Derived from the spec alone, so the
names are the same on every run.
"""

import re
from collections import defaultdict
from typing import Any

from regen.naming import function_module_name, module_name
from regen.spec import Spec, iter_operations, map_operations, operation_key

DEFAULT_TAG = "default"


def clean_operation_ids(doc: Spec) -> tuple[Spec, list[str]]:
    """Return the spec and one report line per operation renamed to resolve a collision."""
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for path, method, operation in iter_operations(doc):
        module = module_name((operation.get("tags") or [DEFAULT_TAG])[0])
        name = strip_fastapi_suffix(operation.get("operationId"), path, method)
        groups[(module, function_module_name(name))].append((path, method, name))

    final: dict[tuple[str, str], str] = {}
    report: list[str] = []
    for (module, _), members in sorted(groups.items()):
        if len(members) == 1:
            path, method, name = members[0]
            final[(path, method)] = name
            continue
        for (path, method, name), suffix in zip(members, _discriminators(members), strict=True):
            final[(path, method)] = f"{name}_{suffix}"
            report.append(f"{module}.{name}: {operation_key(method, path)} -> {name}_{suffix}")

    def rename(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        name = final[(path, method)]
        return operation if operation.get("operationId") == name else {**operation, "operationId": name}

    return map_operations(doc, rename), report


def strip_fastapi_suffix(operation_id: Any, path: str, method: str) -> str:
    """The handler name inside a FastAPI default operationId (other ids are kept as they are)."""
    if not isinstance(operation_id, str) or not operation_id:
        return f"{method}_{_path_words(path.split('/'))}"
    suffix = re.sub(r"\W", "_", path) + "_" + method
    if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
        return operation_id[: -len(suffix)].rstrip("_") or operation_id
    return operation_id


def _discriminators(members: list[tuple[str, str, str]]) -> list[str]:
    methods = [method for _, method, _ in members]
    if len(set(methods)) == len(methods):
        return methods
    split_paths = [path.strip("/").split("/") for path, _, _ in members]
    shared = 0
    while all(len(parts) > shared for parts in split_paths) and (len({parts[shared] for parts in split_paths}) == 1):
        shared += 1
    tails = [_path_words(parts[shared:]) or _path_words(parts[-1:]) for parts in split_paths]
    if len(set(tails)) == len(tails):
        return tails
    return [f"{tail}_{method}" for tail, method in zip(tails, methods, strict=True)]


def _path_words(segments: list[str]) -> str:
    words = []
    for segment in segments:
        if segment.startswith("{") and segment.endswith("}"):
            words.append(f"by_{segment[1:-1]}")
        elif segment:
            words.append(segment)
    return re.sub(r"\W+", "_", "_".join(words)).strip("_").lower()
