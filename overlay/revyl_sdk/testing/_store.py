"""All emulator state behind one lock: the org's rows, its event feed, scripts and faults."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from ._device_sessions import DeviceStore
from ._feed import Feed
from ._records import (
    App,
    Build,
    MultipartObject,
    StagedUpload,
    Test,
    TestTask,
    Workflow,
    WorkflowTask,
)
from ._scenario import Faults, Script


class NotFound(Exception):
    """Answered as 404 with `detail` = the message, like the backend's HTTPException."""


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
    base_url: str = ""
    lock: threading.RLock = field(default_factory=threading.RLock)
    apps: dict[str, App] = field(default_factory=dict)
    builds: dict[str, Build] = field(default_factory=dict)
    tests: dict[str, Test] = field(default_factory=dict)
    workflows: dict[str, Workflow] = field(default_factory=dict)
    uploads: dict[str, StagedUpload] = field(default_factory=dict)
    multiparts: dict[str, MultipartObject] = field(default_factory=dict)  # by S3 upload id
    test_tasks: dict[str, TestTask] = field(default_factory=dict)
    workflow_tasks: dict[str, WorkflowTask] = field(default_factory=dict)
    scripts: dict[str, Script] = field(default_factory=dict)
    scripts_by_name: dict[str, Script] = field(default_factory=dict)  # for tests created later
    default_script: Script = field(default_factory=Script)
    faults: Faults = field(default_factory=Faults)
    feed: Feed = field(default_factory=Feed)
    closing: bool = False  # set on shutdown so open SSE streams end
    signing_key: bytes = field(default_factory=lambda: os.urandom(32))
    devices: DeviceStore = field(default_factory=DeviceStore)

    def app(self, app_id: str) -> App:
        if app_id not in self.apps:
            raise NotFound("App not found")
        return self.apps[app_id]

    def build(self, build_id: str) -> Build:
        if build_id not in self.builds:
            raise NotFound("Build not found")
        return self.builds[build_id]

    def test(self, test_id: str) -> Test:
        if test_id not in self.tests:
            raise NotFound("Test not found")
        return self.tests[test_id]

    def workflow(self, workflow_id: str) -> Workflow:
        if workflow_id not in self.workflows:
            raise NotFound("Workflow not found")
        return self.workflows[workflow_id]

    def test_task(self, task_id: str) -> TestTask:
        if task_id not in self.test_tasks:
            raise NotFound("Test execution task not found")
        return self.test_tasks[task_id]

    def workflow_task(self, task_id: str) -> WorkflowTask:
        if task_id not in self.workflow_tasks:
            raise NotFound("Workflow execution not found")
        return self.workflow_tasks[task_id]

    def builds_of(self, app_id: str) -> list[Build]:
        """Newest first, as the backend lists them."""
        return sorted((b for b in self.builds.values() if b.app_id == app_id),
                      key=lambda b: b.uploaded_at, reverse=True)

    def script_for(self, test_id: str) -> Script:
        named = self.tests[test_id].name if test_id in self.tests else None
        script = self.scripts.get(test_id) or self.scripts_by_name.get(named or "") or self.default_script
        settings = self.settings
        return replace(
            script,
            step_seconds=settings.step_seconds if script.step_seconds is None else script.step_seconds,
            queued_seconds=(settings.queued_seconds if script.queued_seconds is None
                            else script.queued_seconds),
        )

    def object_path(self, key: str) -> Path:
        return self.settings.storage_dir / key
