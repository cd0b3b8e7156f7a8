"""Bounds on what a request may carry, so no input makes the emulator spin or swell.

A body over `MAX_BODY_BYTES` gets 413 before any handler runs. Free-form JSON deeper than
`MAX_JSON_DEPTH` and test YAML over its size, depth or node budget fail body validation,
so they get FastAPI's 422 naming the field, like any other invalid field.
"""

from __future__ import annotations

from typing import Annotated, Any

import yaml
from pydantic import AfterValidator

from .._areas.tests.documents import LOADER

MAX_BODY_BYTES = 8 * 1024 * 1024  # API bodies only; builds go to the object store
MAX_JSON_DEPTH = 64
MAX_YAML_CHARS = 1024 * 1024
MAX_YAML_DEPTH = 64
MAX_YAML_NODES = 20_000  # counting every alias as the nodes it stands for



def json_depth_checked(value: Any) -> Any:
    """`value` itself, if no object or array in it is nested deeper than MAX_JSON_DEPTH."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_JSON_DEPTH:
                    raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
                stack.append((child, depth + 1))
    return value


def yaml_budget_checked(text: str) -> str:
    """`text` itself, unless it is too long, nested too deep, recursive, or expands too far.

    One pass over the parser's events, counting an alias as the size of its anchor, so an
    alias bomb is refused before anything builds it. Syntax errors are left to the validator,
    which reports them with their line and column.
    """
    if len(text) > MAX_YAML_CHARS:
        raise ValueError(f"YAML longer than {MAX_YAML_CHARS} characters")
    nodes = 0
    sizes: dict[str, int] = {}  # anchor -> how many nodes it stands for
    open_collections: list[tuple[str | None, int]] = []  # (anchor, node count when opened)
    try:
        for event in yaml.parse(text, Loader=LOADER):
            if isinstance(event, yaml.AliasEvent):
                if any(anchor == event.anchor for anchor, _ in open_collections):
                    raise ValueError(f"alias *{event.anchor} refers to its own enclosing node")
                nodes += sizes.get(event.anchor or "", 1)
            elif isinstance(event, yaml.ScalarEvent):
                nodes += 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                nodes += 1
                open_collections.append((event.anchor, nodes))
                if len(open_collections) > MAX_YAML_DEPTH:
                    raise ValueError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, opened_at = open_collections.pop()
                if anchor:
                    sizes[anchor] = nodes - opened_at + 1
            if nodes > MAX_YAML_NODES:
                raise ValueError(f"YAML expands to more than {MAX_YAML_NODES} nodes")
    except yaml.MarkedYAMLError as error:
        # libyaml stops at 1,000 levels with a scanner error of its own; anything else is a
        # syntax error, which the validator reports with its line and column.
        if "maximum nesting depth" in str(error.problem):
            raise ValueError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels") from None
    except yaml.YAMLError:
        pass
    return text


JsonObject = Annotated[dict[str, Any], AfterValidator(json_depth_checked)]
JsonObjects = Annotated[list[dict[str, Any]], AfterValidator(json_depth_checked)]
YamlText = Annotated[str, AfterValidator(yaml_budget_checked)]
