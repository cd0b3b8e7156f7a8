"""Test and module steps as people write them (Revyl's YAML) into the API's JSON, free of I/O.

Revyl's YAML nests an `if` block's steps under `then` / `else` and a `while` block's under
`body`; the API calls them `thenChildren` / `elseChildren` / `children`. Everything else
keeps its name. Blocks already in the API's shape pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._core.exceptions import RevylError

__all__ = ["Steps", "blocks_to_tasks", "steps_of"]

Steps = list[dict[str, Any]]
"""Test or module steps: a list of blocks, each a mapping with a `type`."""

_CHILD_KEYS = {"then": "thenChildren", "else": "elseChildren", "body": "children"}


def blocks_to_tasks(blocks: Sequence[Mapping[str, Any]], where: str = "blocks") -> list[dict[str, Any]]:
    """The API's `tasks` for YAML-shaped `blocks`; a block without a `type` is a clear error."""
    if isinstance(blocks, (str, bytes)) or not isinstance(blocks, Sequence):
        raise RevylError(f"{where} must be a list of blocks, got {type(blocks).__name__}")
    return [_block(block, f"{where}[{index}]") for index, block in enumerate(blocks)]


def _block(block: Mapping[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(block, Mapping):
        raise RevylError(f"{where} must be a mapping with a 'type', got {type(block).__name__}")
    if not isinstance(block.get("type"), str) or not block["type"]:
        raise RevylError(f"{where} has no 'type' (instructions, validation, extraction, if, while ...)")
    task: dict[str, Any] = {}
    for key, value in block.items():
        api_key = _CHILD_KEYS.get(key, key)
        if api_key in task:
            raise RevylError(f"{where} gives both {key!r} and {api_key!r}: they are the same steps")
        is_children = api_key in _CHILD_KEYS.values()
        task[api_key] = blocks_to_tasks(value, f"{where}.{key}") if is_children and value is not None else value
    return task


def steps_of(blocks: Sequence[Mapping[str, Any]] | None, tasks: Sequence[Mapping[str, Any]] | None,
             ) -> list[dict[str, Any]] | None:
    """The API's tasks from either `blocks` (YAML shape) or `tasks` (API shape), not both."""
    if blocks is not None and tasks is not None:
        raise RevylError("give the steps as blocks= (Revyl's YAML shape) or tasks= (the API's), not both")
    if blocks is not None:
        return blocks_to_tasks(blocks)
    return None if tasks is None else blocks_to_tasks(tasks, "tasks")
