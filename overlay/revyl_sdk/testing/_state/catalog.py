"""What tests refer to besides apps: tags, variables (per test, global, launch), modules,
code-execution scripts and org files; rows keyed by id."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import NotFound
from .ids import new_id


@dataclass
class Row:
    """Fields every catalogue row has: an id and its times."""

    id: str = field(default_factory=new_id)
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)

    def touch(self) -> None:
        self.updated_at = time.time()


@dataclass
class Tag(Row):
    name: str = ""
    color: str | None = None
    description: str | None = None


@dataclass
class TestVariable(Row):
    test_id: str = ""
    name: str = ""
    value: str | None = None


@dataclass
class GlobalVariable(Row):
    name: str = ""
    value: str | None = None
    description: str | None = None
    is_secret: bool = False


@dataclass
class LaunchVariable(Row):
    key: str = ""
    value: str = ""
    description: str | None = None
    test_ids: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ModuleVersion:
    id: str
    version: int
    name: str
    description: str | None
    blocks: list[Any]
    created_at: float


@dataclass
class Module(Row):
    name: str = ""
    description: str | None = None
    blocks: list[Any] = field(default_factory=list)
    version: int = 1
    versions: list[ModuleVersion] = field(default_factory=list)

    def snapshot(self) -> None:
        self.versions.append(ModuleVersion(new_id(), self.version, self.name, self.description,
                                           list(self.blocks), time.time()))


@dataclass
class CodeScript(Row):
    name: str = ""
    code: str = ""
    runtime: str = "python"
    description: str | None = None


@dataclass
class OrgFile(Row):
    filename: str = ""
    file_size: int = 0
    content_type: str | None = None
    description: str | None = None
    status: str = "pending"

    @property
    def object_key(self) -> str:
        return f"org-files/{self.id}/{self.filename}"


RowT = TypeVar("RowT", bound=Row)


@dataclass
class Table(Generic[RowT]):
    """Rows of one kind; `require` is the 404 the backend answers for a missing one."""

    what: str
    rows: dict[str, RowT] = field(default_factory=dict)

    def add(self, row: RowT) -> RowT:
        self.rows[row.id] = row
        return row

    def require(self, row_id: str) -> RowT:
        if row_id not in self.rows:
            raise NotFound(f"{self.what} not found")
        return self.rows[row_id]

    def newest_first(self) -> list[RowT]:
        return sorted(self.rows.values(), key=lambda row: row.created_at, reverse=True)


@dataclass
class CatalogState:
    tags: Table[Tag] = field(default_factory=lambda: Table("Tag"))
    variables: Table[TestVariable] = field(default_factory=lambda: Table("Variable"))
    globals: Table[GlobalVariable] = field(default_factory=lambda: Table("Global variable"))
    launch: Table[LaunchVariable] = field(default_factory=lambda: Table("Launch variable"))
    modules: Table[Module] = field(default_factory=lambda: Table("Module"))
    scripts: Table[CodeScript] = field(default_factory=lambda: Table("Script"))
    files: Table[OrgFile] = field(default_factory=lambda: Table("File"))
