"""Reading a test file as Revyl's CLI reads it, and writing the form it writes.

`decode` turns YAML text into the file's canonical form: the fields of `schema` in their
order, empty ones dropped by the CLI's rules, unknown keys dropped, and every scalar as the
CLI takes it (text fields keep the text as written: `pin: 0123` is "0123"). Writing the
canonical form with `goyaml.dump` gives the CLI's bytes, so the checksum of a test is the
SHA-256 of `dump(canonical["test"])`. Problems are reported with their line.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from . import goyaml
from .keys import sorted_keys
from .schema import BLOCK, FILE, Field, Kind, Struct

__all__ = ["Decoded", "FileProblem", "checksum", "decode", "encode_file"]

HEADER = "# Revyl Test Definition\n\n"
_NULLS = frozenset(["", "~", "null", "Null", "NULL"])
# libyaml's parser when PyYAML has it: reading a repo of tests is mostly parsing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class FileProblem(Exception):
    """What is wrong in a test file, and where (1-based line; 0 when not known)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class Decoded:
    """A file's canonical form and the line of each value in it."""

    canonical: dict[str, Any]
    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Path) -> int:
        """The line of `path`, else of the nearest enclosing value that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 0)


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.style in (None, "") and node.value in _NULLS \
        and node.tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:str")


class _Reader:
    def __init__(self) -> None:
        self.lines: dict[Path, int] = {}

    def value(self, spec: Field, node: Node, path: Path) -> Any:
        """The full (not yet canonical) value of `spec` at `node`; None for a null."""
        self.lines.setdefault(path, _line(node))
        if _is_null(node):
            return None
        if spec.kind is Kind.TEXT:
            return self._text(node, spec.key)
        if spec.kind is Kind.INTEGER:
            return self._integer(node, spec.key)
        if spec.kind is Kind.NUMBER:
            return self._number(node, spec.key)
        if spec.kind is Kind.TEXT_LIST:
            items = self._items(node, spec)
            return ["" if _is_null(item) else self._text(item, spec.key) for item in items]
        if spec.kind is Kind.TEXT_MAP:
            return {key: "" if _is_null(value) else self._text(value, key)
                    for key, value in self._pairs(node, spec.key, path).items()}
        if spec.kind is Kind.BLOCKS:
            return [self.struct(BLOCK, item, (*path, index)) or {} for index, item in
                    enumerate(self._items(node, spec))]
        assert spec.struct is not None
        return self.struct(spec.struct, node, path)

    def struct(self, struct: Struct, node: Node, path: Path) -> dict[str, Any] | None:
        self.lines.setdefault(path, _line(node))
        if _is_null(node):
            return None
        values: dict[str, Any] = {}
        for key, child in self._pairs(node, struct.name, path).items():
            spec = struct.field(key)
            if spec is not None:  # the CLI drops keys it does not know
                values[key] = self.value(spec, child, (*path, key))
        return values

    def _pairs(self, node: Node, what: str, path: Path) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            raise FileProblem(_line(node), f"{what} must be a mapping")
        pairs: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise FileProblem(_line(key_node), f"a key of {what} must be text")
            if key_node.value in pairs:
                raise FileProblem(_line(key_node), f"{key_node.value!r} appears twice in {what}")
            pairs[key_node.value] = value_node
            self.lines[(*path, key_node.value)] = _line(key_node)
        return pairs

    @staticmethod
    def _items(node: Node, spec: Field) -> list[Node]:
        if not isinstance(node, SequenceNode):
            raise FileProblem(_line(node), f"{spec.key} must be a {spec.kind.value}")
        return list(node.value)

    @staticmethod
    def _text(node: Node, key: str) -> str:
        if not isinstance(node, ScalarNode):
            shape = "list" if isinstance(node, SequenceNode) else "mapping"
            raise FileProblem(_line(node), f"{key} must be text, not a {shape}")
        return str(node.value)

    @staticmethod
    def _integer(node: Node, key: str) -> int:
        number = _Reader._number(node, key)
        if not number.is_integer():
            raise FileProblem(_line(node), f"{key} must be a whole number, got {node.value!r}")
        return int(number)

    @staticmethod
    def _number(node: Node, key: str) -> float:
        text = node.value if isinstance(node, ScalarNode) and node.style in (None, "") else None
        try:
            number = float(str(text).replace("_", ""))
        except ValueError:
            number = math.nan
        if text is None or math.isnan(number):
            raise FileProblem(_line(node), f"{key} must be a number, got {getattr(node, 'value', node)!r}")
        return number


def _is_zero(value: Any) -> bool:
    return value in (None, "", 0, [], {})


def canonical(struct: Struct, values: dict[str, Any]) -> dict[str, Any]:
    """What the CLI writes of `values`: its fields in order, the empty ones per the rules."""
    out: dict[str, Any] = {}
    for spec in struct.fields:
        value = _canonical_value(spec, values.get(spec.key))
        if spec.always or (spec.section and values.get(spec.key) is not None) or not _is_zero(value):
            out[spec.key] = _zero(spec) if value is None else value
    return out


def _canonical_value(spec: Field, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.BLOCKS:
        return [canonical(BLOCK, block) for block in value]
    if spec.kind is Kind.TEXT_MAP:
        return {key: value[key] for key in sorted_keys(value)}
    if spec.kind is Kind.STRUCT:
        assert spec.struct is not None
        inner = canonical(spec.struct, value)
        # A struct that is not a pointer is left out when every field in it is empty.
        return inner if spec.section or not all(_is_zero(v) for v in inner.values()) else None
    if spec.kind is Kind.NUMBER:
        return float(value)
    return value


def _zero(spec: Field) -> Any:
    if spec.kind is Kind.STRUCT:
        assert spec.struct is not None
        return canonical(spec.struct, {})
    return {Kind.TEXT: "", Kind.INTEGER: 0, Kind.NUMBER: 0.0, Kind.BLOCKS: []}.get(spec.kind)


def decode(text: str) -> Decoded:
    """The canonical form of a test file's text; raises `FileProblem`."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise FileProblem(int(mark.line) + 1 if mark else 0, f"not valid YAML: {problem}") from None
    if node is None:
        raise FileProblem(1, "the file is empty")
    reader = _Reader()
    values = reader.struct(FILE, node, ()) or {}
    return Decoded(canonical(FILE, values), reader.lines)


def checksum(test: dict[str, Any]) -> str:
    """`_meta.checksum` as the CLI computes it, of a canonical `test` section."""
    return hashlib.sha256(goyaml.dump(test).encode("utf-8")).hexdigest()


def encode_file(meta: dict[str, Any], test: dict[str, Any]) -> str:
    """The whole file, as the CLI writes it (`meta` and `test` canonical)."""
    return HEADER + goyaml.dump({"_meta": meta, "test": test})
