"""Revyl test YAML: parse with line numbers, validate, and convert to and from blocks.

The emulator answers `validate-yaml`, `from-yaml` and the conversions with this module, so
an error points at the line and column PyYAML reports, the way Revyl's validator does.
"""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

Severity = Literal["error", "warning"]
Block = dict[str, Any]

ACTION_TYPES = ("instructions", "extraction", "manual", "validation", "code_execution",
                "module_import")
BLOCK_TYPES = (*ACTION_TYPES, "if", "while")
PLATFORMS = {"ios": "iOS", "android": "Android"}
_TEST_KEYS = ("metadata", "build", "variables", "blocks", "env", "setup", "teardown")
_NEEDS_DESCRIPTION = ("instructions", "extraction", "manual", "validation")
# The step type Revyl infers when a block does not name one (StepType in the spec).
_STEP_TYPES = {"instructions": "instruction", "validation": "validation", "extraction": "extract",
               "manual": "instruction", "code_execution": "code_execution",
               "module_import": "module_import"}
# libyaml when PyYAML was built with it (several times faster); safe either way.
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_VARIABLE = re.compile(r"\{\{\s*([\w-]+)\s*\}\}")
# The last segment of a field path: `.key`, `[index]`, or a top-level `key`.
_PARENT = re.compile(r"(?:^|\.)[^.\[\]]+$|\[\d+\]$")


@dataclass(frozen=True)
class Message:
    severity: Severity
    code: str
    message: str
    field_path: str
    line: int | None = None
    column: int | None = None
    suggestion: str | None = None

    def as_json(self) -> dict[str, Any]:
        # The CLI reads `line`/`column` or `line_number`/`column_number`; send both.
        return {"severity": self.severity, "code": self.code, "message": self.message,
                "field_path": self.field_path, "line": self.line, "column": self.column,
                "line_number": self.line, "column_number": self.column,
                "suggestion": self.suggestion}


@dataclass
class Report:
    """Everything the validator found, plus the parsed document when it parsed."""

    messages: list[Message] = field(default_factory=list)
    document: Any = None

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.messages if m.severity == "error"]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.severity == "warning"]

    @property
    def is_valid(self) -> bool:
        return not self.errors


class _Positions:
    """Line and column (1-based) of every mapping key and sequence item, by field path."""

    def __init__(self, root: yaml.Node | None) -> None:
        self._where: dict[str, tuple[int, int]] = {}
        if root is not None:
            self._walk(root, "")

    def _walk(self, node: yaml.Node, path: str) -> None:
        self._where.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{path}.{key.value}" if path else str(key.value)
                self._where[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                self._walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, f"{path}[{index}]")

    def of(self, path: str) -> tuple[int | None, int | None]:
        # A missing field is reported where its parent is.
        while path:
            if path in self._where:
                return self._where[path]
            parent = _PARENT.sub("", path)
            if parent == path:  # a key the pattern cannot split: report it at the document
                break
            path = parent
        return self._where.get("", (None, None))


class _Checker:
    def __init__(self, positions: _Positions) -> None:
        self.positions = positions
        self.messages: list[Message] = []

    def add(self, severity: Severity, code: str, message: str, path: str,
            suggestion: str | None = None) -> None:
        line, column = self.positions.of(path)
        self.messages.append(Message(severity, code, message, path, line, column, suggestion))

    def blocks(self, blocks: Any, path: str, defined: set[str]) -> None:
        if not isinstance(blocks, list) or not blocks:
            self.add("error", "MISSING_BLOCKS", "A test needs a non-empty list of blocks", path)
            return
        for index, block in enumerate(blocks):
            self.block(block, f"{path}[{index}]", defined)

    def block(self, block: Any, path: str, defined: set[str]) -> None:
        if not isinstance(block, dict):
            self.add("error", "INVALID_BLOCK", "Each block must be a mapping", path)
            return
        kind = block.get("type")
        if kind not in BLOCK_TYPES:
            close = difflib.get_close_matches(str(kind), BLOCK_TYPES, n=1)
            self.add("error", "INVALID_BLOCK_TYPE",
                     f"Unknown block type {kind!r}; expected one of {', '.join(BLOCK_TYPES)}",
                     f"{path}.type", f"Did you mean '{close[0]}'?" if close else None)
            return
        description = block.get("step_description")
        if kind in _NEEDS_DESCRIPTION and not (isinstance(description, str) and description.strip()):
            self.add("error", "MISSING_STEP_DESCRIPTION",
                     f"A '{kind}' block needs a step_description", f"{path}.step_description")
        if isinstance(description, str):
            for name in _VARIABLE.findall(description):
                if name not in defined:
                    self.add("warning", "UNDEFINED_VARIABLE",
                             f"Variable '{name}' is used before it is defined",
                             f"{path}.step_description",
                             "Define it under test.variables or extract it in an earlier block")
        if kind == "extraction":
            if block.get("variable_name"):
                defined.add(str(block["variable_name"]))
            else:
                self.add("error", "MISSING_VARIABLE_NAME",
                         "An 'extraction' block needs a variable_name", f"{path}.variable_name")
        if kind in ("if", "while") and not block.get("condition"):
            self.add("error", "MISSING_CONDITION", f"An '{kind}' block needs a condition",
                     f"{path}.condition")
        if kind == "if":
            self.blocks(block.get("then"), f"{path}.then", defined)
            if "else" in block:
                self.blocks(block["else"], f"{path}.else", defined)
        if kind == "while":
            self.blocks(block.get("body"), f"{path}.body", defined)


def _parse(text: str) -> tuple[Any, _Positions, Message | None]:
    try:
        root = yaml.compose(text, Loader=LOADER)
        document = yaml.load(text, Loader=LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = error.problem or error.context or "invalid YAML"
        return None, _Positions(None), Message(
            "error", "YAML_SYNTAX_ERROR", f"YAML syntax error: {problem}", "", line, column)
    except yaml.YAMLError as error:
        return None, _Positions(None), Message("error", "YAML_SYNTAX_ERROR", str(error), "")
    return document, _Positions(root), None


def validate(text: str, validation_type: str = "full_test") -> Report:
    """Check a test YAML (`full_test`) or a bare block list (`blocks_only`)."""
    document, positions, syntax_error = _parse(text)
    if syntax_error is not None:
        return Report([syntax_error])
    checker = _Checker(positions)
    if validation_type == "blocks_only":
        blocks = document.get("blocks") if isinstance(document, dict) else document
        checker.blocks(blocks, "blocks" if isinstance(document, dict) else "", set())
        return Report(checker.messages, document)
    test = document.get("test") if isinstance(document, dict) else None
    if not isinstance(test, dict):
        checker.add("error", "MISSING_TEST_ROOT", "The YAML must have a top-level 'test' mapping",
                    "test")
        return Report(checker.messages, document)
    for key in test:
        if key not in _TEST_KEYS:
            close = difflib.get_close_matches(str(key), _TEST_KEYS, n=1)
            checker.add("warning", "UNKNOWN_FIELD", f"Unknown field 'test.{key}' is ignored",
                        f"test.{key}", f"Did you mean '{close[0]}'?" if close else None)
    metadata = test.get("metadata")
    if not isinstance(metadata, dict):
        checker.add("error", "MISSING_METADATA", "test.metadata with a name and platform is required",
                    "test.metadata")
    else:
        name = metadata.get("name")
        if not (isinstance(name, str) and name.strip()):
            checker.add("error", "MISSING_REQUIRED_FIELD", "test.metadata.name is required",
                        "test.metadata.name")
        platform = metadata.get("platform")
        if str(platform).lower() not in PLATFORMS:
            checker.add("error", "INVALID_PLATFORM",
                        f"Unknown platform {platform!r}; expected 'ios' or 'android'",
                        "test.metadata.platform")
    variables = test.get("variables")
    defined = {str(name) for name in variables} if isinstance(variables, dict) else set()
    checker.blocks(test.get("blocks"), "test.blocks", defined)
    return Report(checker.messages, document)


def metadata_of(document: dict[str, Any]) -> dict[str, Any]:
    """name, platform (as the API spells it), tags, variables and build name of a valid YAML."""
    test = document["test"]
    metadata = dict(test.get("metadata") or {})
    metadata["platform"] = PLATFORMS[str(metadata["platform"]).lower()]
    if isinstance(test.get("build"), dict) and test["build"].get("name"):
        metadata["build_name"] = test["build"]["name"]
    if isinstance(test.get("variables"), dict):
        metadata["variables"] = {str(k): str(v) for k, v in test["variables"].items()}
    return metadata


def to_blocks(yaml_blocks: list[Any]) -> list[Block]:
    """YAML blocks (`then`/`else`/`body`) -> the API's normalized blocks, each given an id."""
    converted: list[Block] = []
    for source in yaml_blocks:
        block: Block = {"id": str(source.get("id") or uuid.uuid4()), "type": source["type"],
                        "step_description": str(source.get("step_description") or
                                                source.get("condition") or "")}
        if source["type"] == "if":
            block["condition"] = str(source.get("condition", ""))
            block["thenChildren"] = to_blocks(source.get("then") or [])
            block["elseChildren"] = to_blocks(source.get("else") or [])
        elif source["type"] == "while":
            block["condition"] = str(source.get("condition", ""))
            block["children"] = to_blocks(source.get("body") or [])
        else:
            block["step_type"] = str(source.get("step_type") or _STEP_TYPES[source["type"]])
            for key in ("variable_name", "variable_scope", "module_id", "script_id", "module",
                        "script", "file", "file_uri"):
                if source.get(key) is not None:
                    block[key] = str(source[key])
        converted.append(block)
    return converted


def from_blocks(blocks: list[Block]) -> list[dict[str, Any]]:
    """API blocks -> YAML blocks, dropping ids and inferred step types (the inverse of `to_blocks`)."""
    converted: list[dict[str, Any]] = []
    for block in blocks:
        item: dict[str, Any] = {"type": block["type"]}
        if block["type"] in ("if", "while"):
            item["condition"] = block.get("condition") or block.get("step_description") or ""
            if block["type"] == "if":
                item["then"] = from_blocks(block.get("thenChildren") or [])
                if block.get("elseChildren"):
                    item["else"] = from_blocks(block["elseChildren"])
            else:
                item["body"] = from_blocks(block.get("children") or [])
        else:
            for key in ("step_description", "variable_name", "variable_scope", "module_id",
                        "script_id", "module", "script", "file", "file_uri"):
                if block.get(key) is not None:
                    item[key] = block[key]
            if block.get("step_type") not in (None, _STEP_TYPES.get(block["type"])):
                item["step_type"] = block["step_type"]
        converted.append(item)
    return converted


def dump_test(metadata: dict[str, Any], blocks: list[Block]) -> str:
    """A test YAML document for `metadata` and API `blocks`."""
    test: dict[str, Any] = {}
    meta = {key: metadata[key] for key in ("name", "platform", "tags") if metadata.get(key)}
    if "platform" in meta:
        meta["platform"] = str(meta["platform"]).lower()
    if meta:
        test["metadata"] = meta
    test["blocks"] = from_blocks(blocks)
    return yaml.safe_dump({"test": test}, sort_keys=False, allow_unicode=True)


def iter_steps(blocks: list[Block]) -> Iterator[str]:
    """Step descriptions in execution order (both branches of an `if`), for progress display."""
    for block in blocks:
        if block.get("type") in ("if", "while"):
            yield f"Check: {block.get('condition') or block.get('step_description') or ''}"
            yield from iter_steps(block.get("thenChildren") or block.get("children") or [])
            yield from iter_steps(block.get("elseChildren") or [])
        else:
            yield str(block.get("step_description") or block.get("type"))
