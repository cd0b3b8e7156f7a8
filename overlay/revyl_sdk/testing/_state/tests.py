"""Tests (the definitions, not their runs)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound


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


@dataclass
class TestsState:
    rows: dict[str, Test] = field(default_factory=dict)

    def require(self, test_id: str) -> Test:
        if test_id not in self.rows:
            raise NotFound("Test not found")
        return self.rows[test_id]
