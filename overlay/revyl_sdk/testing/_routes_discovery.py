"""Listing tests and workflows, test run history, workflow info: what lookups by name use."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from . import _render as render
from ._http import store_of
from ._records import Test, TestTask, Workflow, WorkflowTask, iso
from ._store import Store

router = APIRouter()

# The vocabulary of the list endpoints' "last status" (TestStatusCounts, WorkflowLastExecution).
_LAST_STATUS = {"completed": "success", "failed": "failure", "timeout": "timeout", "cancelled": "cancelled"}


def _last_run(store: Store, test: Test) -> TestTask | None:
    runs = [task for task in store.test_tasks.values() if task.test.id == test.id and task.terminal]
    return max(runs, key=lambda task: task.completed_at or 0.0, default=None)


def _last_status(task: TestTask | None) -> str | None:
    if task is None:
        return None
    return "success" if task.passed else _LAST_STATUS.get(task.status, "failure")


def _listed_test(store: Store, test: Test) -> dict[str, Any]:
    """Test, as `get_tests` lists it: the definition plus its last run."""
    last = _last_run(store, test)
    return {**render.test(test), "last_status": _last_status(last),
            "last_execution_time": iso(last.completed_at) if last else None,
            "last_duration": last.execution_seconds() if last else None,
            "last_execution_id": last.id if last else None}


@router.get("/api/v1/tests/get_simple_tests")
async def simple_tests(request: Request, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        tests = sorted(store.tests.values(), key=lambda test: test.created_at, reverse=True)  # newest first
        page = tests[max(offset, 0):max(offset, 0) + max(limit, 0)]
        return {"tests": [{"id": test.id, "name": test.name, "platform": test.platform.lower(),
                           "app_id": test.app_id,
                           "app_name": store.apps[test.app_id].name if test.app_id in store.apps else None,
                           "tags": [render.tag(name) for name in test.tags]} for test in page],
                "count": len(tests)}


def _matches(store: Store, test: Test, search: str | None, platform: str | None, app_id: str | None,
             tags: str | None, status: str) -> bool:
    wanted_tags = {tag.strip().lower() for tag in (tags or "").split(",") if tag.strip()}
    last = _last_status(_last_run(store, test))
    return all((
        not search or search.lower() in test.name.lower(),
        not platform or platform.lower() == test.platform.lower(),
        not app_id or app_id == test.app_id,
        not wanted_tags or bool(wanted_tags & {tag.lower() for tag in test.tags}),
        status == "all" or (status == "passing" and last == "success")
        or (status == "failing" and last not in (None, "success")) or (status == "notRun" and last is None),
    ))


@router.get("/api/v1/tests/get_tests")
async def query_tests(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    search: str | None = None,
    status: Literal["all", "passing", "failing", "notRun"] = "all",
    platform: str | None = None,
    app_id: str | None = None,
    tags: str | None = None,
    sort_by: Literal["lastRun", "name", "status", "platform", "build", "duration"] = "lastRun",
    sort_dir: Literal["asc", "desc"] = "desc",
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        found = [test for test in store.tests.values()
                 if _matches(store, test, search, platform, app_id, tags, status)]
        if sort_by == "name":
            found.sort(key=lambda test: test.name.lower(), reverse=sort_dir == "desc")
        else:  # lastRun and the rest: newest first, as the app shows them
            found.sort(key=lambda test: test.created_at, reverse=sort_dir == "desc")
        page = found[offset:offset + limit]
        statuses = [_last_status(_last_run(store, test)) for test in store.tests.values()]
        return {
            "tests": [_listed_test(store, test) for test in page], "count": len(page),
            "total_count": len(found), "offset": offset, "limit": limit,
            "has_more": offset + len(page) < len(found),
            "status_counts": {"total": len(statuses), "passing": statuses.count("success"),
                              "failing": sum(s not in (None, "success") for s in statuses),
                              "not_run": statuses.count(None), "running": 0},
            "apps": [render.app(store, app) for app in store.apps.values()],
        }


@router.get("/api/v1/tests/get_test_enhanced_history")
async def test_history(
    request: Request,
    test_id: str,
    limit: Annotated[int, Query(ge=1)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    status: str | None = None,
    sort_order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        store.test(test_id)
        # Runs still going are listed too: Revyl's CLI reads its `test status` from here.
        runs = [task for task in store.test_tasks.values() if task.test.id == test_id
                and (status is None or task.status == status)]
        runs.sort(key=lambda task: task.created_at, reverse=sort_order == "desc")
        page = runs[offset:offset + limit]
        return {
            "items": [{"id": task.id, "test_uid": task.test.id,
                       "execution_time": iso(task.completed_at or task.created_at), "status": task.status,
                       "duration": task.execution_seconds(),
                       "enhanced_task": render.enhanced_task(task), "has_report": task.started_at is not None}
                      for task in page],
            "total_count": len(runs), "requested_count": limit, "found_count": len(page),
        }


def _last_execution(store: Store, workflow: Workflow) -> tuple[dict[str, Any], list[WorkflowTask]]:
    runs = sorted((task for task in store.workflow_tasks.values() if task.workflow.id == workflow.id),
                  key=lambda task: task.created_at, reverse=True)
    if not runs:
        return {"status": "not_run"}, runs
    last = runs[0]
    status = ("running" if not last.terminal else "success" if last.success
              else _LAST_STATUS.get(last.status, "failure"))
    return {"status": status, "duration": last.duration_seconds(), "last_run": iso(last.created_at),
            "started_at": iso(last.started_at), "id": last.id, "failed_count": last.failed_tests,
            "total_tests": len(last.children)}, runs


@router.get("/api/v1/workflows/get_with_last_status")
async def workflows_with_last_status(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    history_limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        workflows = sorted(store.workflows.values(), key=lambda workflow: workflow.created_at)
        page = workflows[offset:offset + limit]
        data = []
        for workflow in page:
            last, runs = _last_execution(store, workflow)
            data.append({**render.workflow(workflow), "last_execution": last, "test_count": len(workflow.test_ids),
                         "last_run": last.get("last_run"),
                         "execution_history": [
                             {"status": "success" if run.success else _LAST_STATUS.get(run.status, "unknown"),
                              "created_at": iso(run.created_at), "duration": run.duration_seconds()}
                             for run in runs[:history_limit]]})
        return {"data": data, "count": len(page), "total_count": len(workflows), "offset": offset,
                "limit": limit, "has_more": offset + len(page) < len(workflows)}


@router.get("/api/v1/workflows/get_workflow_info")
async def workflow_info(request: Request, workflow_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.workflow(store.workflow(workflow_id))


@router.get("/api/v1/workflows/get_info/{workflow_id}")
async def workflow_summary(request: Request, workflow_id: str) -> dict[str, Any]:
    """The workflow with each test's name, platform and last run, wrapped in `data` (untyped)."""
    store = store_of(request)
    with store.lock:
        workflow = store.workflow(workflow_id)
        tests = [store.tests[test_id] for test_id in workflow.test_ids if test_id in store.tests]
        return {"data": {**render.workflow(workflow), "test_info": [_test_info(store, test) for test in tests]}}


def _test_info(store: Store, test: Test) -> dict[str, Any]:
    """One test of a workflow's lightweight info: name, platform and its latest run, as it stands."""
    runs = [task for task in store.test_tasks.values() if task.test.id == test.id]
    last = max(runs, key=lambda task: task.created_at, default=None)
    return {"id": test.id, "name": test.name, "platform": test.platform,
            "last_status": last.status if last else None,
            "last_execution_time": iso(last.created_at) if last else None,
            "last_duration": last.execution_seconds() if last else None}
