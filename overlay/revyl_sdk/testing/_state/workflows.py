"""Workflows (the definitions, not their runs) and their settings."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound


@dataclass
class Workflow:
    id: str
    name: str
    test_ids: list[str]
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)
    run_config: dict[str, Any] | None = None
    override_run_config: bool = False
    concurrency_limit: int | None = None  # None: the org's capacity only
    build_config: dict[str, Any] | None = None
    location_config: dict[str, Any] | None = None
    quarantined: set[str] = field(default_factory=set)  # test ids whose failure is ignored


@dataclass
class WorkflowsState:
    rows: dict[str, Workflow] = field(default_factory=dict)

    def require(self, workflow_id: str) -> Workflow:
        if workflow_id not in self.rows:
            raise NotFound("Workflow not found")
        return self.rows[workflow_id]
