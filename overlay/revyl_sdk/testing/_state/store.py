"""All emulator state behind one lock: one state object per area, the event feed, scripts and faults.

A new area adds its state module here and one field on `Store`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from .apps import AppsState
from .builds import BuildsState
from .canned import Canned
from .catalog import CatalogState
from .devices import DevicesState
from .faults import Faults
from .feed import Feed
from .objects import ObjectStoreState, presign
from .runs import RunsState
from .tests import TestsState
from .traffic import InFlight
from .workflows import WorkflowsState


@dataclass(frozen=True)
class Settings:
    api_key: str
    step_seconds: float
    queued_seconds: float
    heartbeat_seconds: float
    part_size: int
    presign_ttl_seconds: int
    app_url: str
    storage_dir: Path


ORG_ID = "8e5c2a10-4b3f-4d7e-9a61-2f0c8b7d5e34"
USER_ID = "3d9f6b2e-1c47-4a85-b0e2-7a6c5d4f3e21"


@dataclass
class Store:
    settings: Settings
    objects: ObjectStoreState
    base_url: str = ""
    lock: threading.RLock = field(default_factory=threading.RLock)
    apps: AppsState = field(default_factory=AppsState)
    builds: BuildsState = field(default_factory=BuildsState)
    tests: TestsState = field(default_factory=TestsState)
    workflows: WorkflowsState = field(default_factory=WorkflowsState)
    catalog: CatalogState = field(default_factory=CatalogState)
    runs: RunsState = field(default_factory=RunsState)
    devices: DevicesState = field(default_factory=DevicesState)
    faults: Faults = field(default_factory=Faults)
    canned: Canned = field(default_factory=Canned)
    feed: Feed = field(default_factory=Feed)
    in_flight: InFlight = field(default_factory=InFlight)
    closing: bool = False  # set on shutdown so open SSE streams end

    @classmethod
    def new(cls, settings: Settings) -> Store:
        return cls(settings, ObjectStoreState(settings.storage_dir))

    def presign(self, method: str, key: str, *, extra: dict[str, str] | None = None,
                content_type: str | None = None) -> str:
        """A presigned URL of this emulator's object store for `method` on `key`."""
        return presign(self.objects.signing_key, self.base_url, method, key,
                       ttl=self.settings.presign_ttl_seconds, extra=extra, content_type=content_type)
