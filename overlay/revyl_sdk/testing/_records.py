"""The emulator's rows: apps, builds, tests, workflows, staged uploads and runs."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._scenario import Script

ACTIVE_TEST = ("queued", "starting", "running", "verifying", "stopping")
TERMINAL = ("completed", "failed", "cancelled", "timeout")


def new_id() -> str:
    return str(uuid.uuid4())


def iso(moment: float | None) -> str | None:
    """A Unix time as FastAPI renders an aware datetime (`...Z`)."""
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat().replace("+00:00", "Z")


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
class Build:
    id: str
    app_id: str
    version: str
    object_key: str
    package_name: str | None
    metadata: dict[str, Any]
    uploaded_at: float = field(default_factory=time.time)


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
class Workflow:
    id: str
    name: str
    test_ids: list[str]
    created_at: float = field(default_factory=time.time)


@dataclass
class StagedUpload:
    """An upload session or multipart upload: where its bytes land before a build exists."""

    id: str
    app_id: str
    version: str
    file_name: str
    object_key: str
    content_type: str
    s3_upload_id: str | None = None  # set for multipart uploads
    file_size: int | None = None
    part_size: int | None = None
    expires_at: float = 0.0
    row_backed: bool = False  # the legacy upload-url flow, finalized by complete-upload
    build_id: str | None = None  # the build it became


@dataclass
class MultipartObject:
    """An S3 multipart upload: parts received so far, then the assembled object."""

    key: str
    parts: dict[int, tuple[str, int]] = field(default_factory=dict)  # number -> (ETag, size)
    state: str = "open"  # open | completed | aborted


@dataclass
class TestTask:
    """One execution of a test: what the status endpoint, SSE and reports describe."""

    id: str
    test: Test
    script: Script
    step_names: list[str]
    build_id: str | None = None
    app_package: str | None = None
    workflow_task_id: str | None = None
    status: str = "queued"
    progress: float = 0.0
    current_step: str | None = None
    current_step_index: int = 0
    steps_completed: int = 0
    error_message: str | None = None
    success: bool | None = None
    created_at: float = field(default_factory=time.time)
    started_at: float | None = None
    completed_at: float | None = None
    updated_at: float = field(default_factory=time.time)
    share_token: str | None = None
    driver: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def total_steps(self) -> int:
        return len(self.step_names)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL

    @property
    def passed(self) -> bool:
        return self.status == "completed" and self.success is True

    def execution_seconds(self) -> float | None:
        if self.started_at is None:
            return None
        return round((self.completed_at or time.time()) - self.started_at, 3)


@dataclass
class WorkflowTask:
    id: str
    workflow: Workflow
    children: list[TestTask]
    status: str = "queued"
    success: bool | None = None
    error_message: str | None = None
    created_at: float = field(default_factory=time.time)
    started_at: float | None = None
    completed_at: float | None = None
    updated_at: float = field(default_factory=time.time)
    concurrency_limit: int = 3
    share_token: str | None = None
    driver: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL

    @property
    def completed_tests(self) -> int:
        return sum(child.terminal for child in self.children)

    @property
    def passed_tests(self) -> int:
        return sum(child.passed for child in self.children)

    @property
    def failed_tests(self) -> int:
        return sum(child.terminal and not child.passed for child in self.children)

    @property
    def progress(self) -> float:
        if not self.children:
            return 100.0 if self.terminal else 0.0
        return round(100.0 * self.completed_tests / len(self.children), 1)

    def duration_seconds(self) -> float | None:
        if self.started_at is None:
            return None
        return round((self.completed_at or time.time()) - self.started_at, 3)
