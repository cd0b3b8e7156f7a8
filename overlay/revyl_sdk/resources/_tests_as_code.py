"""`client.tests.status / diff / pull / push`: tests kept as YAML in the repo, exactly as
Revyl's CLI keeps them (`.revyl/config.yaml`, `.revyl/tests/<alias>.yaml`), so either tool
can drive the same repo. The rules and requests live in `_testcode` (sans-IO plans).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._core.resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._testcode.results import DiffResult, PullResult, PushResult, TestsStatus
    from ._test_sync import ProjectDir

__all__ = ["AsyncTestsAsCode", "TestsAsCode"]


class TestsAsCode(SyncResource):
    def status(self, project_dir: ProjectDir, *, remote_only: bool = True) -> TestsStatus:
        """How each test in `project_dir/.revyl/tests/` compares with Revyl: synced, modified
        locally, changed remotely, conflict (both), local only, missing remotely or invalid;
        with `remote_only`, also the organisation's tests no file holds. Reads Revyl's test
        list page by page (not test by test) and writes nothing; `.clean` is True when all agree.
        """
        from .._core.runtime import run_sync
        from ._test_sync import status_plan

        return run_sync(self._api, status_plan(project_dir, remote_only))

    def diff(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None) -> DiffResult:
        """For each test file (or the `tests` named, by alias or id), a unified diff of
        Revyl's version against the file, both as the YAML a pull writes; empty when synced."""
        from .._core.runtime import run_sync
        from ._test_sync import diff_plan

        return run_sync(self._api, diff_plan(project_dir, tests))

    def pull(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None, force: bool = False,
             dry_run: bool = False) -> PullResult:
        """Write Revyl's tests into `project_dir/.revyl/tests/<alias>.yaml` as Revyl's CLI does
        (creating `.revyl/config.yaml` if missing): every test of the organisation, or the
        `tests` named (file alias, test id or name). A test changed only in Revyl is rewritten;
        a file with changes of its own is a conflict and stays as it is unless `force`.
        `dry_run` says what would be pulled and writes nothing.
        """
        from .._core.runtime import run_sync
        from ._test_sync import pull_plan

        return run_sync(self._api, pull_plan(project_dir, tests, force, dry_run))

    def push(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None, force: bool = False,
             dry_run: bool = False) -> PushResult:
        """Create or update in Revyl every test file changed since its last sync (or the
        `tests` named). Every file is checked first, locally and by Revyl, with app, module,
        script and launch-variable names resolved: on any problem (`result.errors`, each with
        file and line) nothing is sent. A test changed in Revyl since the file was synced is a
        conflict and is left alone, unless `force` overwrites it. `dry_run` checks and says
        what would be pushed, sending no change.
        """
        from .._core.runtime import run_sync
        from ._test_sync import push_plan

        return run_sync(self._api, push_plan(project_dir, tests, force, dry_run))


class AsyncTestsAsCode(AsyncResource):
    async def status(self, project_dir: ProjectDir, *, remote_only: bool = True) -> TestsStatus:
        """How each test in `project_dir/.revyl/tests/` compares with Revyl: synced, modified
        locally, changed remotely, conflict (both), local only, missing remotely or invalid;
        with `remote_only`, also the organisation's tests no file holds. Reads Revyl's test
        list page by page (not test by test) and writes nothing; `.clean` is True when all agree.
        """
        from .._core.runtime import run_async
        from ._test_sync import status_plan

        return await run_async(self._api, status_plan(project_dir, remote_only))

    async def diff(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None) -> DiffResult:
        """For each test file (or the `tests` named, by alias or id), a unified diff of
        Revyl's version against the file, both as the YAML a pull writes; empty when synced."""
        from .._core.runtime import run_async
        from ._test_sync import diff_plan

        return await run_async(self._api, diff_plan(project_dir, tests))

    async def pull(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None, force: bool = False,
             dry_run: bool = False) -> PullResult:
        """Write Revyl's tests into `project_dir/.revyl/tests/<alias>.yaml` as Revyl's CLI does
        (creating `.revyl/config.yaml` if missing): every test of the organisation, or the
        `tests` named (file alias, test id or name). A test changed only in Revyl is rewritten;
        a file with changes of its own is a conflict and stays as it is unless `force`.
        `dry_run` says what would be pulled and writes nothing.
        """
        from .._core.runtime import run_async
        from ._test_sync import pull_plan

        return await run_async(self._api, pull_plan(project_dir, tests, force, dry_run))

    async def push(self, project_dir: ProjectDir, *, tests: Sequence[str] | str | None = None, force: bool = False,
             dry_run: bool = False) -> PushResult:
        """Create or update in Revyl every test file changed since its last sync (or the
        `tests` named). Every file is checked first, locally and by Revyl, with app, module,
        script and launch-variable names resolved: on any problem (`result.errors`, each with
        file and line) nothing is sent. A test changed in Revyl since the file was synced is a
        conflict and is left alone, unless `force` overwrites it. `dry_run` checks and says
        what would be pushed, sending no change.
        """
        from .._core.runtime import run_async
        from ._test_sync import push_plan

        return await run_async(self._api, push_plan(project_dir, tests, force, dry_run))
