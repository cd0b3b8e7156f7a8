"""Tests (the definitions, not their runs), each with the versions its edits made."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound
from .ids import new_id


@dataclass(frozen=True)
class TestVersion:
    id: str
    version: int
    tasks: list[dict[str, Any]]
    created_at: float = field(default_factory=time.time)


@dataclass
class Test:
    id: str
    name: str
    platform: str
    blocks: list[dict[str, Any]]
    app_id: str | None = None
    tags: list[str] = field(default_factory=list)
    created_at: float = field(default_factory=time.time)
    version: int = 1
    description: str | None = None
    pinned_version: str | None = None
    run_config: dict[str, Any] | None = None
    orientation: str | None = None
    device_model: str | None = None
    os_version: str | None = None
    retries: int = 1
    versions: list[TestVersion] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.versions:
            self.versions.append(TestVersion(new_id(), self.version, copy.deepcopy(self.blocks)))

    def bump(self) -> None:
        """One more version, holding the blocks as they are now."""
        self.version += 1
        self.versions.append(TestVersion(new_id(), self.version, copy.deepcopy(self.blocks)))


@dataclass
class TestsState:
    rows: dict[str, Test] = field(default_factory=dict)

    def require(self, test_id: str) -> Test:
        if test_id not in self.rows:
            raise NotFound("Test not found")
        return self.rows[test_id]
