"""Runs of tests and workflows, and the scripts they follow."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from .errors import NotFound
from .scripts import Script
from .tests import Test
from .workflows import Workflow

ACTIVE_TEST = ("queued", "starting", "running", "verifying", "stopping")
TERMINAL = ("completed", "failed", "cancelled", "timeout")


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
    quarantined: frozenset[str] = frozenset()  # test ids whose failure does not fail the run

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
        """Failed children, a quarantined test's failure not counted (clients fail a run on any)."""
        return sum(child.terminal and not child.passed and child.test.id not in self.quarantined
                   for child in self.children)

    @property
    def progress(self) -> float:
        if not self.children:
            return 100.0 if self.terminal else 0.0
        return round(100.0 * self.completed_tests / len(self.children), 1)

    def duration_seconds(self) -> float | None:
        if self.started_at is None:
            return None
        return round((self.completed_at or time.time()) - self.started_at, 3)


@dataclass
class RunsState:
    """Every run (test runs by task id, workflow runs by execution id) and how later runs unfold."""

    tests: dict[str, TestTask] = field(default_factory=dict)
    workflows: dict[str, WorkflowTask] = field(default_factory=dict)
    scripts: dict[str, Script] = field(default_factory=dict)
    scripts_by_name: dict[str, Script] = field(default_factory=dict)  # for tests created later
    default_script: Script = field(default_factory=Script)

    def require_test(self, task_id: str) -> TestTask:
        if task_id not in self.tests:
            raise NotFound("Test execution task not found")
        return self.tests[task_id]

    def require_workflow(self, task_id: str) -> WorkflowTask:
        if task_id not in self.workflows:
            raise NotFound("Workflow execution not found")
        return self.workflows[task_id]
