"""Blocking waits: `TestRun.wait`, `WorkflowRun.wait` and `monitor.wait_all`.

Performs the effects of the shared wait plan (`wait_plan`) on the calling thread: it
blocks on the run's subscription to the client's one stream, sleeps, and sends status and
report requests through the hub's request slots. `wait_all` runs one such wait per run on
a pool of lightweight threads. `wait_async` is the same with `await`.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .._core.base_client import SyncAPIClient
from .._core.effects import Sleep
from .._core.exceptions import RevylError
from .._core.logging import logger
from .._core.runtime import Stop, run_sync
from .hub import Signal, StreamLost, SyncHub, SyncSubscription
from .results import ChildResult, TestResult, WorkflowResult
from .status import RunKind, RunState
from .wait_plan import Ending, FetchChildren, Listen, ReadStatus, StopListening, WaitMode, WaitOptions, plan
from .wait_reports import (
    build_result,
    child_results,
    state_of_test_status,
    state_of_workflow_status,
    workflow_report_call,
)

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


class _Abandoned(BaseException):
    """`wait_all` gave up on this wait (another failed, or the user interrupted)."""


def _wait(target: SyncTarget, options: WaitOptions, *, deadline: float | None = None,
          subscription: SyncSubscription | None = None,
          stop: threading.Event | None = None) -> Ending:
    """One wait: the plan run by `run_sync`, its effects performed here. `stop` is set when
    `wait_all` gives up on this wait; every effect checks it first."""

    def checked(perform: Callable[[Any, Stop], object]) -> Callable[[Any, Stop], object]:
        def perform_unless_stopped(effect: Any, runtime_stop: Stop) -> object:
            if stop is not None and stop.is_set():
                raise _Abandoned
            return perform(effect, runtime_stop)
        return perform_unless_stopped

    def listen(effect: Listen, runtime_stop: Stop) -> object:
        nonlocal subscription
        if subscription is None:
            subscription = target.hub.subscribe(target.kind, target.task_id, target.started_at)
        return subscription.get(effect.timeout)

    def sleep(effect: Sleep, runtime_stop: Stop) -> None:
        (stop or runtime_stop).wait(effect.seconds)

    def read_status(effect: ReadStatus, runtime_stop: Stop) -> object:
        with target.hub.request_slots:
            return target.read_status()

    def fetch_children(effect: FetchChildren, runtime_stop: Stop) -> object:
        with target.hub.request_slots:
            return target.fetch_children()

    def stop_listening(effect: StopListening, runtime_stop: Stop) -> None:
        nonlocal subscription
        if subscription is not None:
            target.hub.unsubscribe(subscription)
            subscription = None

    handlers: dict[type[Any], Callable[[Any, Stop], object]] = {
        Listen: listen, Sleep: sleep, ReadStatus: read_status, FetchChildren: fetch_children,
        StopListening: stop_listening}
    try:
        return run_sync(target.api, plan(target.kind, target.task_id, options, target.hub.settings, deadline),
                        {kind: checked(perform) for kind, perform in handlers.items()})
    except KeyboardInterrupt:
        if options.cancel_on_interrupt:
            _cancel_quietly(target.task_id, target.cancel)
        raise
    finally:
        if subscription is not None:
            target.hub.unsubscribe(subscription)


def _cancel_quietly(task_id: str, cancel: Callable[[], object]) -> None:
    # The interrupt is what the caller must see; a failed cancel is only worth a warning.
    try:
        cancel()
    except RevylError as error:
        logger.warning("could not cancel run %s after the interrupt: %s", task_id, error)


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
    deadline = None if options.timeout is None else time.monotonic() + options.timeout
    # The group cancels on interrupt itself, and only the runs still going.
    quiet = dataclasses.replace(options, cancel_on_interrupt=False)
    stop = threading.Event()
    subscriptions = [_subscribe_early(target, options.mode) for target in targets]
    pool = concurrent.futures.ThreadPoolExecutor(min(len(runs), max_threads), "revyl-wait")
    futures = [pool.submit(_wait, target, quiet, deadline=deadline,
                           subscription=subscription, stop=stop)
               for target, subscription in zip(targets, subscriptions, strict=True)]
    try:
        return [_settled(target, future) if settle else _result_of(target, future.result())
                for target, future in zip(targets, futures, strict=True)]
    except BaseException as error:
        stop.set()
        for subscription in subscriptions:
            if subscription is not None:
                subscription.put(Signal.WAKE)
        if isinstance(error, KeyboardInterrupt) and options.cancel_on_interrupt:
            for target, future in zip(targets, futures, strict=True):
                if not future.done():
                    _cancel_quietly(target.task_id, target.cancel)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for target, subscription in zip(targets, subscriptions, strict=True):
            if subscription is not None:
                target.hub.unsubscribe(subscription)


def _settled(target: SyncTarget, future: concurrent.futures.Future[Ending]
             ) -> TestResult | WorkflowResult | RevylError:
    try:
        return _result_of(target, future.result())
    except RevylError as error:
        return error


def _subscribe_early(target: SyncTarget, mode: WaitMode) -> SyncSubscription | None:
    if mode == "polling":
        return None
    try:
        return target.hub.subscribe(target.kind, target.task_id, target.started_at)
    except StreamLost:
        return None  # the wait itself will meet the same failure and handle it per mode


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
