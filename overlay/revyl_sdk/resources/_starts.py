"""Where a test or workflow run start that lost its answer looks for the run it made.

`_core/reconcile.py` holds the rules; this says which records each start reads: a test's
recent runs (`get_test_enhanced_history`, newest first), a workflow's execution history
from the moment the start was sent (`start_date`). Revyl lists a run as soon as it is
queued (BEHAVIOR §2).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._core.base_client import APICall
from .._core.calls import call
from .._core.reconcile import Found, Recovery

if TYPE_CHECKING:
    from revyl_api.models import (
        ExecuteTestAsyncAPIResponse,
        ExecuteWorkflowAsyncAPIResponse,
        TestEnhancedHistoryItem,
        WorkflowStatusResponse,
    )

# A start is looked for among this many of the newest runs; a test started more often than
# this within the lookup window cannot be told apart anyway.
_RECENT_RUNS = 50
_ADOPTED = "adopted after the start's answer was lost"


def test_run_recovery(test_id: str, body: dict[str, Any]) -> Recovery[ExecuteTestAsyncAPIResponse]:
    """The test's recent runs of its own (not inside a workflow), on the asked build when one was."""
    build = body.get("build_version_id")

    def lookup(since: datetime) -> APICall[Sequence[Found[ExecuteTestAsyncAPIResponse]]]:
        from revyl_api.api.tests import get_test_enhanced_history
        from revyl_api.models import TestEnhancedHistoryResponse

        del since  # this history has no date filter; the plan compares creation times
        history = call(get_test_enhanced_history, TestEnhancedHistoryResponse, test_id=test_id,
                       limit=_RECENT_RUNS, offset=0, sort_order="desc")
        return history.map(lambda page: [found for item in page.items if (found := _test_run(item, build))])

    return Recovery("test", test_id, lookup, lambda answer: answer.task_id or str(answer.id),
                    where=f"client.tests.history({test_id!r})")


def _test_run(item: TestEnhancedHistoryItem, build: str | None) -> Found[ExecuteTestAsyncAPIResponse] | None:
    from revyl_api.models import ExecuteTestAsyncAPIResponse

    task = item.enhanced_task
    if _given(task.workflow_execution_id):
        return None  # a workflow's child run, not a start of the test
    if build is not None and _given(task.resolved_build_id) and str(task.resolved_build_id) != str(build):
        return None
    created = task.created_at if isinstance(task.created_at, datetime) else None
    answer = ExecuteTestAsyncAPIResponse(status=str(task.status) if _given(task.status) else "queued",
                                         message=_ADOPTED, id=task.id, task_id=str(task.id))
    return Found(str(task.id), created, answer)


def workflow_run_recovery(workflow_id: str) -> Recovery[ExecuteWorkflowAsyncAPIResponse]:
    """The workflow's executions since the start was sent."""

    def lookup(since: datetime) -> APICall[Sequence[Found[ExecuteWorkflowAsyncAPIResponse]]]:
        from revyl_api.api.workflow_status import get_workflow_execution_history
        from revyl_api.models import WorkflowExecutionHistoryResponse

        history = call(get_workflow_execution_history, WorkflowExecutionHistoryResponse, workflow_id=workflow_id,
                       limit=_RECENT_RUNS, offset=0, start_date=since.isoformat().replace("+00:00", "Z"))
        return history.map(lambda page: [found for item in page.executions if (found := _workflow_run(item))])

    return Recovery("workflow", workflow_id, lookup, lambda answer: answer.task_id or str(answer.id),
                    where=f"client.workflows.history({workflow_id!r})")


def _workflow_run(item: WorkflowStatusResponse) -> Found[ExecuteWorkflowAsyncAPIResponse] | None:
    from revyl_api.models import ExecuteWorkflowAsyncAPIResponse
    from revyl_api.types import Unset

    if item.execution_id is None or isinstance(item.execution_id, Unset):
        return None
    # Filtered by creation date on the server; a queued run has no `started_at` yet.
    started = _parse_time(item.started_at) if isinstance(item.started_at, str) else None
    answer = ExecuteWorkflowAsyncAPIResponse(status=str(item.status), message=_ADOPTED, id=item.execution_id,
                                             task_id=str(item.execution_id))
    return Found(str(item.execution_id), started, answer)


def _given(value: object) -> bool:
    from revyl_api.types import Unset

    return value is not None and not isinstance(value, Unset) and value != ""


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
