"""Apps: the rows and their lookup."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .errors import NotFound


@dataclass
class App:
    id: str
    name: str
    platform: str  # "iOS" | "Android", as AppPlatform spells it
    description: str | None
    created_at: float = field(default_factory=time.time)
    static_url: str | None = None
    system_prompt: str | None = None
    current_build_id: str | None = None


@dataclass
class AppsState:
    rows: dict[str, App] = field(default_factory=dict)

    def require(self, app_id: str) -> App:
        if app_id not in self.rows:
            raise NotFound("App not found")
        return self.rows[app_id]
