"""The fields of a test file, in the order and with the empty-value rules of Revyl's CLI.

The CLI reads `.revyl/tests/<alias>.yaml` into Go structs and writes them back; what it
writes (and hashes for `_meta.checksum`) is decided by those structs: their field order,
which fields are left out when empty (`omitempty`), and which sections are written as `{}`
when given empty (pointers). `Struct` declares the same, as data. Keys the CLI does not know
are dropped on reading, as the CLI drops them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["BLOCK", "FILE", "META", "TEST", "Field", "Kind", "Struct"]


class Kind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    TEXT_LIST = "list of text"
    TEXT_MAP = "mapping of names to text"
    STRUCT = "mapping"
    BLOCKS = "list of blocks"


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    always: bool = False  # written even when empty (no `omitempty`)
    struct: Struct | None = None
    section: bool = False  # a pointer: written (`{}` when empty) whenever it is given at all


@dataclass(frozen=True)
class Struct:
    name: str
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field | None:
        return next((field for field in self.fields if field.key == key), None)


def _text(*keys: str) -> tuple[Field, ...]:
    return tuple(Field(key, Kind.TEXT) for key in keys)


# The block's own recursion: `then` / `else` / `body` hold blocks (see `Kind.BLOCKS`).
BLOCK = Struct("block", (
    Field("id", Kind.TEXT),
    Field("type", Kind.TEXT, always=True),
    *_text("step_type", "step_description", "condition"),
    Field("then", Kind.BLOCKS),
    Field("else", Kind.BLOCKS),
    Field("body", Kind.BLOCKS),
    *_text("variable_name", "module_id", "script_id"),
    Field("timeout_seconds", Kind.INTEGER),
    *_text("script", "module", "file", "file_uri"),
))

TEST = Struct("test", (
    Field("metadata", Kind.STRUCT, always=True, struct=Struct("metadata", (
        Field("name", Kind.TEXT, always=True),
        *_text("platform", "description"),
        Field("tags", Kind.TEXT_LIST),
    ))),
    Field("build", Kind.STRUCT, struct=Struct("build", (
        Field("name", Kind.TEXT, always=True),
        *_text("pinned_version", "system_prompt"),
    ))),
    Field("device", Kind.STRUCT, section=True, struct=Struct("device", _text("model", "os_version", "orientation"))),
    Field("variables", Kind.TEXT_MAP),
    Field("env_vars", Kind.TEXT_LIST),
    Field("location", Kind.STRUCT, section=True, struct=Struct("location", (
        Field("latitude", Kind.NUMBER, always=True),
        Field("longitude", Kind.NUMBER, always=True),
    ))),
    Field("blocks", Kind.BLOCKS, always=True),
))

META = Struct("_meta", (
    Field("remote_id", Kind.TEXT),
    Field("remote_version", Kind.INTEGER, always=True),
    Field("local_version", Kind.INTEGER, always=True),
    *_text("last_synced_at", "last_synced_by", "checksum"),
))

FILE = Struct("file", (
    Field("_meta", Kind.STRUCT, always=True, struct=META),
    Field("test", Kind.STRUCT, always=True, struct=TEST),
))
