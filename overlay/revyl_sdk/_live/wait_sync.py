"""Blocking waits: `TestRun.wait`, `WorkflowRun.wait` and `monitor.wait_all`.

Performs the effects of the shared wait plan (`wait_plan`) on the calling thread: it
blocks on the run's subscription to the client's one stream, sleeps, and sends status and
report requests through the hub's request slots. `wait_all` is the group plan: one
`Gather` of the runs' waits, on at most `max_threads` threads. `wait_async` is the same
with `await`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .._core.base_client import SyncAPIClient
from .._core.exceptions import RevylError
from .._core.runtime import Stop, run_sync
from .hub import Signal, SyncHub, SyncSubscription
from .results import ChildResult, TestResult, WorkflowResult
from .status import RunKind, RunState
from .wait_plan import (
    CancelRun,
    Ending,
    FetchChildren,
    Listen,
    ReadStatus,
    StopListening,
    Subscribe,
    Waited,
    WaitOptions,
    group,
    plan,
)
from .wait_reports import (
    build_result,
    child_results,
    state_of_test_status,
    state_of_workflow_status,
    workflow_report_call,
)
from .wait_shared import Subscriptions, settled

if TYPE_CHECKING:
    from .runs import TestRun, WorkflowRun

__all__ = ["SyncTarget", "settle_all", "wait_all", "wait_for_test", "wait_for_workflow"]


@dataclass(frozen=True)
class SyncTarget:
    """What the driver needs to know about a run, and the calls it makes about it."""

    kind: RunKind
    task_id: str
    started_at: float | None
    hub: SyncHub
    read_status: Callable[[], RunState]
    fetch_children: Callable[[], tuple[ChildResult, ...]]
    cancel: Callable[[], object]
    share_link: Callable[[], str]
    api: SyncAPIClient


class _Waits:
    """The handlers of the wait effects for `targets`, each effect naming its run by place."""

    def __init__(self, targets: Sequence[SyncTarget]) -> None:
        self._targets = targets
        self.subscriptions: Subscriptions[SyncSubscription] = Subscriptions(targets)

    def handlers(self) -> dict[type[Any], Callable[[Any, Stop], object]]:
        return {Subscribe: self._subscribe, Listen: self._listen, ReadStatus: self._read_status,
                FetchChildren: self._fetch_children, StopListening: self._stop_listening,
                CancelRun: self._cancel}

    def _subscribe(self, effect: Subscribe, stop: Stop) -> None:
        self.subscriptions.of(effect.run)

    def _listen(self, effect: Listen, stop: Stop) -> object:
        subscription = self.subscriptions.of(effect.run)
        # A plan stopped by its group must not sleep out its timeout in the queue.
        with stop.waking(lambda: subscription.put(Signal.WAKE)):
            return subscription.get(effect.timeout)

    def _read_status(self, effect: ReadStatus, stop: Stop) -> object:
        target = self._targets[effect.run]
        with target.hub.request_slots:
            return target.read_status()

    def _fetch_children(self, effect: FetchChildren, stop: Stop) -> object:
        target = self._targets[effect.run]
        with target.hub.request_slots:
            return target.fetch_children()

    def _stop_listening(self, effect: StopListening, stop: Stop) -> None:
        self.subscriptions.leave(effect.run)

    def _cancel(self, effect: CancelRun, stop: Stop) -> object:
        return self._targets[effect.run].cancel()


def _wait(target: SyncTarget, options: WaitOptions) -> Ending:
    """One wait: the plan run by `run_sync`, its effects performed by `_Waits`."""
    waits = _Waits([target])
    try:
        return run_sync(target.api, plan(_waited(target), options, target.hub.settings), waits.handlers())
    finally:
        waits.subscriptions.close()


def _waited(target: SyncTarget) -> Waited:
    return Waited(target.kind, target.task_id)


def wait_for_test(run: TestRun, options: WaitOptions) -> TestResult:
    target = _test_target(run)
    return build_result(TestResult, _wait(target, options), functools.cache(target.share_link), target.api)


def wait_for_workflow(run: WorkflowRun, options: WaitOptions) -> WorkflowResult:
    target = _workflow_target(run)
    return build_result(WorkflowResult, _wait(target, options),
                        functools.cache(target.share_link), target.api)


def wait_all(runs: Sequence[TestRun | WorkflowRun], options: WaitOptions,
             *, max_threads: int = 32) -> list[TestResult | WorkflowResult]:
    """Wait for every run on the client's one stream; results in the order of `runs`.

    Every run is subscribed up front, so none misses news while it waits its turn. The first
    failure stops the other waits (not their runs) and is raised. An interrupt (Ctrl-C, or
    its task cancelled) cancels the unfinished runs too when `cancel_on_interrupt` is set.
    """
    # Without `settle` a failed wait raises instead of taking a place in the list.
    return cast("list[TestResult | WorkflowResult]", _wait_group(runs, options, max_threads=max_threads,
                                                                 settle=False))


def settle_all(runs: Sequence[TestRun | WorkflowRun], options: WaitOptions,
               *, max_threads: int = 32) -> list[TestResult | WorkflowResult | RevylError]:
    """`wait_all` that lets every wait finish: each run's result, or the error its wait
    ended with (`WaitTimeout`, ...), in the order of `runs`. An interrupt still stops all."""
    return _wait_group(runs, options, max_threads=max_threads, settle=True)


def _wait_group(runs: Sequence[TestRun | WorkflowRun], options: WaitOptions, *, max_threads: int,
                settle: bool) -> list[TestResult | WorkflowResult | RevylError]:
    from .runs import TestRun

    if not runs:
        return []
    targets = [_test_target(run) if isinstance(run, TestRun) else _workflow_target(run)
               for run in runs]
    waits = _Waits(targets)
    try:
        outcomes = run_sync(targets[0].api, group([_waited(target) for target in targets], options,
                                                  targets[0].hub.settings, limit=max_threads, settle=settle),
                            waits.handlers())
    finally:
        waits.subscriptions.close()
    return [settled(outcome, functools.partial(_result_of, target))
            for target, outcome in zip(targets, outcomes, strict=True)]


def _result_of(target: SyncTarget, ending: Ending) -> TestResult | WorkflowResult:
    link = functools.cache(target.share_link)
    if target.kind == "test":
        return build_result(TestResult, ending, link, target.api)
    return build_result(WorkflowResult, ending, link, target.api)


def _test_target(run: TestRun) -> SyncTarget:
    task_id = str(run.task_id)
    return SyncTarget(
        kind="test", task_id=task_id, started_at=run._started_at, hub=run._resource._client._hub,
        read_status=lambda: state_of_test_status(task_id, run.get_status()),
        fetch_children=lambda: (), cancel=run.cancel,
        share_link=lambda: run._resource._client.reports.share_link(task_id), api=run._resource._api,
    )


def _workflow_target(run: WorkflowRun) -> SyncTarget:
    task_id, api = str(run.task_id), run._resource._api
    return SyncTarget(
        kind="workflow", task_id=task_id, started_at=run._started_at,
        hub=run._resource._client._hub,
        read_status=lambda: state_of_workflow_status(task_id, run.get_status()),
        fetch_children=lambda: child_results(api.execute(workflow_report_call(task_id))),
        cancel=run.cancel,
        share_link=lambda: run._resource._client.reports.workflow_share_link(task_id), api=api,
    )
