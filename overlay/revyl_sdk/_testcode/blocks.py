"""Test steps between the file (YAML blocks) and the API (`tasks` JSON), both ways.

The file nests an `if` block's steps under `then` / `else` and a `while` block's under
`body`; the API calls them `thenChildren` / `elseChildren` / `children`. A pulled block
keeps no server `id`, no `step_type` that is the default for its type, no `if`/`while`
description that only repeats the condition, and names modules and scripts by name where
the name is known. A pushed block carries the ids of the modules and scripts it names
(resolved on the outgoing copy: the file keeps the names), as Revyl's CLI sends them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .decode import canonical
from .schema import BLOCK, Kind

__all__ = ["DEFAULT_STEP_TYPES", "UnknownName", "blocks_from_tasks", "tasks_from_blocks"]

DEFAULT_STEP_TYPES = {
    "instructions": "instruction", "validation": "validation", "extraction": "extract",
    "code_execution": "code_execution", "module_import": "module_import", "if": "decision", "while": "loop",
}
CHILDREN = {"then": "thenChildren", "else": "elseChildren", "body": "children"}
_REFERENCES = {"module": "module_id", "script": "script_id"}  # name key -> id key


@dataclass(frozen=True)
class UnknownName(Exception):
    """A block names a module or script the organisation does not have."""

    kind: str  # "module" / "script"
    name: str
    path: tuple[str | int, ...]  # of the block, under `test`

    def __str__(self) -> str:
        return f'{self.kind} "{self.name}" not found; use the exact name of an existing {self.kind}'


def blocks_from_tasks(tasks: Sequence[Mapping[str, Any]], modules: Mapping[str, str],
                      scripts: Mapping[str, str]) -> list[dict[str, Any]]:
    """The file's blocks for the API's `tasks`; `modules` / `scripts` map ids to names."""
    return [_pulled(task, modules, scripts) for task in tasks if isinstance(task, Mapping)]


def _pulled(task: Mapping[str, Any], modules: Mapping[str, str], scripts: Mapping[str, str]) -> dict[str, Any]:
    block: dict[str, Any] = {}
    for spec in BLOCK.fields:
        value = task.get(CHILDREN.get(spec.key, spec.key))
        if value is None or spec.key == "id":
            continue
        if spec.kind is Kind.BLOCKS and isinstance(value, Sequence):
            block[spec.key] = blocks_from_tasks(value, modules, scripts)
        elif spec.kind is Kind.INTEGER and isinstance(value, int) and not isinstance(value, bool):
            block[spec.key] = value
        elif spec.kind is Kind.TEXT and isinstance(value, str | int | float) and not isinstance(value, bool):
            block[spec.key] = str(value)
    kind = block.get("type", "")
    if block.get("step_type") == DEFAULT_STEP_TYPES.get(kind):
        del block["step_type"]
    if kind in ("if", "while") and block.get("step_description") == block.get("condition"):
        block.pop("step_description", None)
    if kind == "code_execution" and "script_id" not in block and block.get("step_description") in scripts:
        block["script_id"] = block.pop("step_description")  # the legacy form: the script's id as the step
    for name_key, names in (("module", modules), ("script", scripts)):
        known = names.get(block.get(_REFERENCES[name_key], ""))
        if known is not None:
            block[name_key] = known
            del block[_REFERENCES[name_key]]
    return canonical(BLOCK, block)


def tasks_from_blocks(blocks: Sequence[Mapping[str, Any]], modules: Mapping[str, str],
                      scripts: Mapping[str, str], path: tuple[str | int, ...] = ("blocks",)) -> list[dict[str, Any]]:
    """The API's `tasks` for canonical `blocks`; `modules` / `scripts` map names to ids.

    Raises `UnknownName` for a module or script name with no exact (case-sensitive) match.
    """
    return [_pushed(block, modules, scripts, (*path, index)) for index, block in enumerate(blocks)]


def _pushed(block: Mapping[str, Any], modules: Mapping[str, str], scripts: Mapping[str, str],
            path: tuple[str | int, ...]) -> dict[str, Any]:
    task = dict(block)
    for name_key, names in (("module", modules), ("script", scripts)):
        id_key = _REFERENCES[name_key]
        if name_key in task and id_key not in task:
            if task[name_key] not in names:
                raise UnknownName(name_key, task[name_key], path)
            task[id_key] = names[task[name_key]]
    for key in CHILDREN:
        if key in block:
            task[key] = tasks_from_blocks(block[key], modules, scripts, (*path, key))
    ordered = {(CHILDREN.get(spec.key, spec.key)): task[spec.key] for spec in BLOCK.fields if spec.key in task}
    return ordered
