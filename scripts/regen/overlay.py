"""Patch pass: apply OpenAPI Overlay 1.0 documents (scripts/patches/*.yaml) to the spec.

Each action selects nodes with an RFC 9535 JSONPath `target`, then either removes them
(`remove: true`) or merges `update` into them. Semantics, chosen so a patch can run on every
spec version:
- A target that matches nothing is a silent no-op (the patch does not apply to that spec),
  counted in the report so a test can see it.
- `update` merges objects recursively and replaces scalars, as the Overlay spec says. Arrays get
  the update's items appended *unless an equal item is already there*: that one deviation makes
  every patch idempotent, so applying it to a spec already in the desired state changes nothing.
"""

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml

from regen.errors import RegenError
from regen.spec import Spec


@dataclass(frozen=True)
class OverlayAction:
    target: str
    update: Any = None
    remove: bool = False


@dataclass(frozen=True)
class Overlay:
    name: str
    title: str
    actions: tuple[OverlayAction, ...]


@dataclass(frozen=True)
class ActionResult:
    overlay: str
    target: str
    matched: int


def load_overlays(directory: Path) -> list[Overlay]:
    """Every `*.yaml` in `directory`, in file-name order (the order they are applied in)."""
    return [load_overlay(path) for path in sorted(directory.glob("*.yaml"))]


def load_overlay(path: Path) -> Overlay:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RegenError(f"patch {path.name}: cannot read it as YAML") from error
    return parse_overlay(document, path.name)


def parse_overlay(document: Any, name: str) -> Overlay:
    def fail(problem: str) -> RegenError:
        return RegenError(f"patch {name}: {problem}")

    if not isinstance(document, dict) or not str(document.get("overlay", "")).startswith("1."):
        raise fail("not an Overlay 1.x document (needs `overlay: 1.0.0`)")
    info = document.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise fail("`info` needs a title and a version")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise fail("`actions` must be a non-empty list")
    actions = []
    for index, raw in enumerate(raw_actions):
        if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
            raise fail(f"action {index} needs a string `target`")
        has_update, remove = "update" in raw, raw.get("remove") is True
        if has_update == remove:
            raise fail(f"action {index} needs exactly one of `update` or `remove: true`")
        try:
            jsonpath.compile(raw["target"])
        except jsonpath.JSONPathError as error:
            raise fail(f"action {index} target is not valid JSONPath: {error}") from error
        actions.append(OverlayAction(target=raw["target"], update=raw.get("update"), remove=remove))
    return Overlay(name=name, title=str(info["title"]), actions=tuple(actions))


def apply_overlays(doc: Spec, overlays: list[Overlay]) -> tuple[Spec, list[ActionResult]]:
    """Return a patched copy of `doc` and how many nodes each action matched."""
    if not overlays:
        return doc, []
    patched = _copy_tree(doc)  # actions edit in place, so they get a private copy
    results = []
    for overlay in overlays:
        for action in overlay.actions:
            nodes = jsonpath.find(action.target, patched)
            if action.remove:
                _remove(nodes)
            else:
                for node in nodes:
                    _update(node, copy.deepcopy(action.update), overlay.name)
            results.append(ActionResult(overlay.name, action.target, len(nodes)))
    return patched, results


def _remove(nodes: jsonpath.JSONPathNodeList) -> None:
    # Deepest first, and later array items before earlier ones, so locations stay valid.
    def order(node: jsonpath.JSONPathNode) -> tuple[int, int]:
        last = node.location[-1] if node.location else 0
        return len(node.location), last if isinstance(last, int) else 0

    for node in sorted(nodes, key=order, reverse=True):
        if node.parent is None:
            raise RegenError("patch: removing the whole document is not allowed")
        container: Any = node.parent.value
        key = node.location[-1]
        if isinstance(container, dict):
            container.pop(key, None)
        elif isinstance(container, list) and isinstance(key, int) and key < len(container):
            del container[key]


def _update(node: jsonpath.JSONPathNode, update: Any, overlay_name: str) -> None:
    target = node.value
    if isinstance(target, dict) and isinstance(update, dict):
        merge_into(target, update)
    elif isinstance(target, list):
        _append_missing(target, update if isinstance(update, list) else [update])
    else:
        raise RegenError(
            f"patch {overlay_name}: {node.path()} is a {type(target).__name__}; "
            "`update` needs an object or array target"
        )


def merge_into(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merge_into(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            _append_missing(current, value)
        else:
            target[key] = value


def _append_missing(target: list[Any], items: list[Any]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _copy_tree(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _copy_tree(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_copy_tree(item) for item in node]
    return node
