"""The checks a test file must pass before push sends anything, each naming file and line.

These are the local ones (what a test needs to be created or updated at all); Revyl's own
check of the file (`validate-yaml`) runs after them, still before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .layout import LocalTest
from .results import FileError

__all__ = ["BLOCK_TYPES", "problems"]

ACTION_TYPES = ("instructions", "extraction", "manual", "validation", "code_execution", "module_import")
BLOCK_TYPES = (*ACTION_TYPES, "if", "while")
_NEEDS_DESCRIPTION = ("instructions", "extraction", "validation")
_PLATFORMS = ("android", "ios")
_CHILDREN = {"then": "if", "else": "if", "body": "while"}

Path = tuple[str | int, ...]


def problems(local: LocalTest) -> list[FileError]:
    """Everything wrong with one file (empty: it may be pushed)."""
    if local.decoded is None:
        line = local.problem.line if local.problem else 0
        where = f"{local.path}:{line}" if line else str(local.path)
        return [FileError(local.alias, where, local.problem.message if local.problem else "unreadable")]
    return [FileError(local.alias, local.where(path), message) for path, message in _test_problems(local)]


def _test_problems(local: LocalTest) -> Iterator[tuple[Path, str]]:
    test = local.test
    metadata = test["metadata"]
    if not str(metadata.get("name", "")).strip():
        yield ("metadata", "name"), "metadata.name is required"
    platform = str(metadata.get("platform", ""))
    if platform.lower() not in _PLATFORMS:
        yield ("metadata", "platform"), f"metadata.platform must be 'ios' or 'android', got {platform!r}"
    if not local.remote_id and not test.get("build", {}).get("name"):
        yield ("build",), "a new test needs build.name: the app it tests (Revyl creates no test without one)"
    if not test["blocks"]:
        yield ("blocks",), "blocks must list at least one step"
    yield from _blocks(test["blocks"], ("blocks",))


def _blocks(blocks: Sequence[Mapping[str, Any]], path: Path) -> Iterator[tuple[Path, str]]:
    for index, block in enumerate(blocks):
        yield from _block(block, (*path, index))


def _block(block: Mapping[str, Any], path: Path) -> Iterator[tuple[Path, str]]:
    kind = block.get("type", "")
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
    if kind not in BLOCK_TYPES:
        yield (*path, "type"), f"{where}.type must be one of {', '.join(BLOCK_TYPES)}, got {kind!r}"
        return
    if kind in _NEEDS_DESCRIPTION and not block.get("step_description", "").strip():
        yield (*path, "step_description"), f"{where}: {kind} blocks need a step_description"
    if kind in ("if", "while") and not (block.get("condition") or block.get("step_description")):
        yield path, f"{where}: {kind} blocks need a condition"
    if kind == "module_import" and not (block.get("module") or block.get("module_id")):
        yield path, f"{where}: module_import blocks need a module (its name) or module_id"
    if kind == "code_execution" and not (block.get("script") or block.get("script_id")):
        yield path, f"{where}: code_execution blocks need a script (its name) or script_id"
    for key, owner in _CHILDREN.items():
        if key in block and kind != owner:
            yield (*path, key), f"{where}.{key} belongs to {owner} blocks, not {kind} blocks"
        elif key in block:
            yield from _blocks(block[key], (*path, key))
    if kind == "if" and not block.get("then"):
        yield path, f"{where}: if blocks need steps under then"
    if kind == "while" and not block.get("body"):
        yield path, f"{where}: while blocks need steps under body"
