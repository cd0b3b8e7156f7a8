"""`client.tests`: find tests, start runs (by id or name), read their status, cancel them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_task_id, require_uuid
from .._core.exceptions import ConflictError
from .._core.names import is_uuid, pick_by_name
from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from .._live.runs import AsyncTestRun, TestRun
from ._blocks import Steps
from ._discovery import (
    HISTORY_PAGE,
    TESTS_PAGE,
    log_resolved,
    named_test,
    offset_pages,
    page_of,
    simple_tests_pages,
)
from ._test_edits import (
    DuplicateOptions,
    TestEdit,
    TestFieldOptions,
    TestUpdateOptions,
    create_call,
    delete_call,
    device_target_call,
    duplicate_call,
    restore_call,
    versions_pages,
)
from ._tests_as_code import AsyncTestsAsCode, TestsAsCode

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import (
        CancelTestResponse,
        DuplicateTestResponse,
        ExecuteTestAsyncAPIResponse,
        SimpleTestItem,
        Test,
        TestDeleteResponse,
        TestEnhancedHistoryItem,
        TestRestoreVersionResponse,
        TestStatusResponse,
        TestVersionInfo,
        UpdateDeviceTargetResponse,
    )

    from .._core.effects import Plan
    from .._live.results import AsyncTestResult, TestResult
    from .._live.wait_plan import WaitArguments


class TestRunOptions(RequestOptions, total=False):
    """What `tests.run` accepts besides the test id (fields of the API's `TaskID` body)."""

    build_version_id: str
    retries: int
    variable_overrides: dict[str, str]
    device_model: str
    os_version: str
    launch_env_vars: dict[str, str]
    launch_env_var_ids: list[str]
    app_link: str
    llm_model_name: str


class TestListOptions(RequestOptions, total=False):
    """Filters of `tests.list`, as the API has them."""

    platform: str
    """"ios" or "android"."""
    tag: str
    """Only tests carrying this tag."""
    search: str
    """Text the test's name contains."""
    app_id: str


class TestHistoryOptions(RequestOptions, total=False):
    status: str
    """Only runs that ended with this status (e.g. "failed")."""


def _list_pages(options: TestListOptions) -> PageCall[Test]:
    from revyl_api.api.tests import query_tests_endpoint
    from revyl_api.models import TestListResponse

    query, request = split_request_options(dict(options))
    if "tag" in query:
        query["tags"] = query.pop("tag")

    def page_at(limit: int, offset: int) -> APICall[PageOf[Test]]:
        listing = call(query_tests_endpoint, TestListResponse, limit=limit, offset=offset, **query, **request)
        return listing.map(lambda response: page_of(response.tests, limit, response.has_more))

    return offset_pages(TESTS_PAGE, page_at)


def _get_call(test_id: str, options: RequestOptions) -> APICall[Test]:
    from revyl_api.api.tests import get_test_by_id_endpoint
    from revyl_api.models import Test

    return call(get_test_by_id_endpoint, Test, test_id=test_id, **options)


def _history_pages(test_id: str, options: TestHistoryOptions) -> PageCall[TestEnhancedHistoryItem]:
    from revyl_api.api.tests import get_test_enhanced_history
    from revyl_api.models import TestEnhancedHistoryResponse

    query, request = split_request_options(dict(options))

    def page_at(limit: int, offset: int) -> APICall[PageOf[TestEnhancedHistoryItem]]:
        listing = call(get_test_enhanced_history, TestEnhancedHistoryResponse, test_id=test_id, limit=limit,
                       offset=offset, sort_order="desc", **query, **request)
        return listing.map(lambda response: page_of(response.items, limit))

    return offset_pages(HISTORY_PAGE, page_at)


def _run_call(test_id: str, options: TestRunOptions) -> APICall[ExecuteTestAsyncAPIResponse]:
    from revyl_api.api.tests import execute_test_id_async
    from revyl_api.models import ExecuteTestAsyncAPIResponse, TaskID

    body, request = split_request_options(dict(options))
    return call(
        execute_test_id_async,
        ExecuteTestAsyncAPIResponse,
        safety=Safety.UNSAFE,
        body=build_model(TaskID, {"test_id": require_uuid(test_id, "test_id"), **body}, "test run options"),
        **request,
    )


def _start(test_id: str, options: TestRunOptions, api: object) -> Plan[ExecuteTestAsyncAPIResponse]:
    """The start, sent once; a lost answer is reconciled with the test's runs (see _core/reconcile.py)."""
    from .._core.reconcile import ledger_for, start_once
    from ._starts import test_run_recovery

    body, _ = split_request_options(dict(options))
    return start_once(_run_call(test_id, options), test_run_recovery(test_id, body), ledger_for(api))


def _status_call(task_id: str, options: RequestOptions) -> APICall[TestStatusResponse]:
    from revyl_api.api.tests import get_test_execution_task
    from revyl_api.models import TestStatusResponse

    return call(get_test_execution_task, TestStatusResponse, task_id=task_id, **options)


def _cancel_call(task_id: str, options: RequestOptions) -> APICall[CancelTestResponse]:
    # Cancelling twice is harmless: the second answer is `success: false`, already terminal.
    from revyl_api.api.tests import cancel_test
    from revyl_api.models import CancelTestResponse

    return call(cancel_test, CancelTestResponse, task_id=task_id, **options)


class Tests(TestsAsCode, SyncResource):
    def list(self, **options: Unpack[TestListOptions]) -> SyncPager[Test]:
        """Every test of the organisation (filtered by `platform`, `tag`, `search`), page by page."""
        return SyncPager(self._api, _list_pages(options))

    def get(self, test_id: str, **options: Unpack[RequestOptions]) -> Test:
        """The test `test_id` with its blocks."""
        return self._api.execute(_get_call(test_id, options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> SimpleTestItem:
        """The test called `name` (exact, else ignoring case): its id, name, platform, app and tags.

        Raises `NameNotFoundError` (with the closest names) or `AmbiguousNameError` (with
        every candidate's id).
        """
        tests = SyncPager(self._api, simple_tests_pages(options))
        return pick_by_name("test", name, map(named_test, tests)).item

    def history(self, test_id: str, **options: Unpack[TestHistoryOptions]) -> SyncPager[TestEnhancedHistoryItem]:
        """Past runs of `test_id`, newest first, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _history_pages(test_id, options))

    def _resolve(self, test: str) -> str:
        if is_uuid(test):
            return test.strip()
        found = self.find(test)
        log_resolved("test", test, found.id)
        return found.id

    @overload
    def run(self, test_id: str, *, wait: Literal[False] = False, **options: Unpack[TestRunOptions]) -> TestRun: ...
    @overload
    def run(self, test_id: str, *, wait: Literal[True], **options: Unpack[TestRunOptions]) -> TestResult: ...

    def run(self, test_id: str, *, wait: bool = False, **options: Unpack[TestRunOptions]) -> TestRun | TestResult:
        """Start the test `test_id` (its id, or its name) on a Revyl device; returns at once
        with the run's `task_id`. A name is looked up first (see `find`); an unknown or
        ambiguous one raises before anything starts.

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a read
        timeout), the run it made is found in the test's history and returned, or it is sent
        once more when the history proves none was made; `RunMayHaveStartedError` when it
        cannot tell.

        `wait=True` returns the `TestResult` instead, as the run's `wait()` would.
        """
        from .._core.runtime import run_sync

        run = TestRun._started(self, run_sync(self._api, _start(self._resolve(test_id), options, self._api)))
        return run.wait() if wait else run

    def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> TestStatusResponse:
        """The current status of the run `task_id` (as returned by `run`)."""
        return self._api.execute(_status_call(task_id, options))

    def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> CancelTestResponse:
        """Ask Revyl to stop the run; `success` is False when it had already finished."""
        return self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> TestRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return TestRun(self, require_task_id(task_id))

    def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> TestResult:
        """Wait for the run `task_id`, wherever it was started; see `TestRun.wait`."""
        return self.run_handle(task_id).wait(**options)

    # -- managing tests: create, change, copy, version ------------------------------------

    def create(self, *, name: str, platform: str, app_id: str, blocks: Steps | None = None,
               tasks: Steps | None = None, **options: Unpack[TestFieldOptions]) -> Test:
        """Create a test of the app `app_id` on `platform` ('android' / 'ios', any case).

        Its steps are `blocks` in Revyl's YAML shape (`then` / `else` / `body`) or `tasks` in
        the API's shape; neither makes a test with no steps yet. Returns the test with its
        `id` and `version`.
        """
        return self._api.execute(create_call(name, platform, app_id, blocks, tasks, options))

    def update(self, test_id: str, *, expected_version: int | None = None,
               **fields: Unpack[TestUpdateOptions]) -> Test:
        """Change only the fields given (a rename leaves platform, steps and settings alone).

        With `expected_version` (the `version` you last read), a test changed since raises
        `VersionConflictError` naming both versions, and nothing is changed. `run_config` is
        merged into the current one, under the version it was read at.
        """
        edit = TestEdit.of(test_id, expected_version, fields)
        if edit.needs_current:
            edit = edit.merged_with(self.get(test_id))
        try:
            return self._api.execute(edit.call())
        except ConflictError as conflict:
            raise edit.stale(conflict, self.get(test_id)) from None

    def delete(self, test_id: str, **options: Unpack[RequestOptions]) -> TestDeleteResponse:
        """Delete the test (its runs' reports stay)."""
        return self._api.execute(delete_call(test_id, options))

    def duplicate(self, test_id: str, *, new_name: str, **options: Unpack[DuplicateOptions]) -> DuplicateTestResponse:
        """Copy the test under `new_name` (with its variables and cookies unless told not to);
        the copy's id is `test_id` of the answer."""
        return self._api.execute(duplicate_call(test_id, new_name, options))

    def versions(self, test_id: str, **options: Unpack[RequestOptions]) -> SyncPager[TestVersionInfo]:
        """Every saved version of the test's steps, newest first, paged as you iterate with `for`."""
        return SyncPager(self._api, versions_pages(test_id, options))

    def restore(self, test_id: str, version: int, **options: Unpack[RequestOptions]) -> TestRestoreVersionResponse:
        """Bring back the steps of `version`; this saves them as a new version."""
        return self._api.execute(restore_call(test_id, version, options))

    def set_device_target(self, test_id: str, *, device_model: str | None = None, os_version: str | None = None,
                          orientation: str | None = None,
                          **options: Unpack[RequestOptions]) -> UpdateDeviceTargetResponse:
        """The device the test runs on; only what is given changes (see `devices.targets()`)."""
        return self._api.execute(device_target_call(test_id, device_model, os_version, orientation, options))


class AsyncTests(AsyncTestsAsCode, AsyncResource):
    def list(self, **options: Unpack[TestListOptions]) -> AsyncPager[Test]:
        """Every test of the organisation (filtered by `platform`, `tag`, `search`), page by page."""
        return AsyncPager(self._api, _list_pages(options))

    async def get(self, test_id: str, **options: Unpack[RequestOptions]) -> Test:
        """The test `test_id` with its blocks."""
        return await self._api.execute(_get_call(test_id, options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> SimpleTestItem:
        """The test called `name` (exact, else ignoring case): its id, name, platform, app and tags.

        Raises `NameNotFoundError` (with the closest names) or `AmbiguousNameError` (with
        every candidate's id).
        """
        tests = [named_test(item) async for item in AsyncPager(self._api, simple_tests_pages(options))]
        return pick_by_name("test", name, tests).item

    def history(self, test_id: str, **options: Unpack[TestHistoryOptions]) -> AsyncPager[TestEnhancedHistoryItem]:
        """Past runs of `test_id`, newest first, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _history_pages(test_id, options))

    async def _resolve(self, test: str) -> str:
        if is_uuid(test):
            return test.strip()
        found = await self.find(test)
        log_resolved("test", test, found.id)
        return found.id

    @overload
    async def run(
        self, test_id: str, *, wait: Literal[False] = False, **options: Unpack[TestRunOptions]
    ) -> AsyncTestRun: ...
    @overload
    async def run(self, test_id: str, *, wait: Literal[True], **options: Unpack[TestRunOptions]) -> AsyncTestResult: ...

    async def run(
        self, test_id: str, *, wait: bool = False, **options: Unpack[TestRunOptions]
    ) -> AsyncTestRun | AsyncTestResult:
        """Start the test `test_id` (its id, or its name) on a Revyl device; returns at once
        with the run's `task_id`. A name is looked up first (see `find`); an unknown or
        ambiguous one raises before anything starts.

        The start is never sent twice blindly: when its answer is lost (a 5xx, a reset, a read
        timeout), the run it made is found in the test's history and returned, or it is sent
        once more when the history proves none was made; `RunMayHaveStartedError` when it
        cannot tell.

        `wait=True` returns the `AsyncTestResult` instead, as the run's `wait()` would.
        """
        from .._core.runtime import run_async

        test = await self._resolve(test_id)
        run = AsyncTestRun._started(self, await run_async(self._api, _start(test, options, self._api)))
        return await run.wait() if wait else run

    async def get_status(self, task_id: str, **options: Unpack[RequestOptions]) -> TestStatusResponse:
        """The current status of the run `task_id` (as returned by `run`)."""
        return await self._api.execute(_status_call(task_id, options))

    async def cancel(self, task_id: str, **options: Unpack[RequestOptions]) -> CancelTestResponse:
        """Ask Revyl to stop the run; `success` is False when it had already finished."""
        return await self._api.execute(_cancel_call(task_id, options))

    def run_handle(self, task_id: str) -> AsyncTestRun:
        """A handle on the run `task_id`, wherever it was started (Revyl's CLI, another process).

        Sends nothing; `get_status`, `cancel` and `wait` work as on a handle from `run`.
        """
        return AsyncTestRun(self, require_task_id(task_id))

    async def wait(self, task_id: str, **options: Unpack[WaitArguments]) -> AsyncTestResult:
        """Wait for the run `task_id`, wherever it was started; see `AsyncTestRun.wait`."""
        return await self.run_handle(task_id).wait(**options)

    # -- managing tests: create, change, copy, version ------------------------------------

    async def create(self, *, name: str, platform: str, app_id: str, blocks: Steps | None = None,
                     tasks: Steps | None = None, **options: Unpack[TestFieldOptions]) -> Test:
        """Create a test of the app `app_id` on `platform` ('android' / 'ios', any case).

        Its steps are `blocks` in Revyl's YAML shape (`then` / `else` / `body`) or `tasks` in
        the API's shape; neither makes a test with no steps yet. Returns the test with its
        `id` and `version`.
        """
        return await self._api.execute(create_call(name, platform, app_id, blocks, tasks, options))

    async def update(self, test_id: str, *, expected_version: int | None = None,
                     **fields: Unpack[TestUpdateOptions]) -> Test:
        """Change only the fields given (a rename leaves platform, steps and settings alone).

        With `expected_version` (the `version` you last read), a test changed since raises
        `VersionConflictError` naming both versions, and nothing is changed. `run_config` is
        merged into the current one, under the version it was read at.
        """
        edit = TestEdit.of(test_id, expected_version, fields)
        if edit.needs_current:
            edit = edit.merged_with(await self.get(test_id))
        try:
            return await self._api.execute(edit.call())
        except ConflictError as conflict:
            raise edit.stale(conflict, await self.get(test_id)) from None

    async def delete(self, test_id: str, **options: Unpack[RequestOptions]) -> TestDeleteResponse:
        """Delete the test (its runs' reports stay)."""
        return await self._api.execute(delete_call(test_id, options))

    async def duplicate(self, test_id: str, *, new_name: str,
                        **options: Unpack[DuplicateOptions]) -> DuplicateTestResponse:
        """Copy the test under `new_name` (with its variables and cookies unless told not to);
        the copy's id is `test_id` of the answer."""
        return await self._api.execute(duplicate_call(test_id, new_name, options))

    def versions(self, test_id: str, **options: Unpack[RequestOptions]) -> AsyncPager[TestVersionInfo]:
        """Every saved version of the test's steps, newest first, paged as you iterate with `async for`."""
        return AsyncPager(self._api, versions_pages(test_id, options))

    async def restore(self, test_id: str, version: int,
                      **options: Unpack[RequestOptions]) -> TestRestoreVersionResponse:
        """Bring back the steps of `version`; this saves them as a new version."""
        return await self._api.execute(restore_call(test_id, version, options))

    async def set_device_target(self, test_id: str, *, device_model: str | None = None,
                                os_version: str | None = None, orientation: str | None = None,
                                **options: Unpack[RequestOptions]) -> UpdateDeviceTargetResponse:
        """The device the test runs on; only what is given changes (see `devices.targets()`)."""
        return await self._api.execute(device_target_call(test_id, device_model, os_version, orientation, options))
