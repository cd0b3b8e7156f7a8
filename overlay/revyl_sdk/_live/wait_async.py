"""Awaited waits: `AsyncTestRun.wait`, `AsyncWorkflowRun.wait` and `monitor.wait_all`.

Performs the effects of the shared wait plan (`wait_plan`) on the event loop: it awaits
the run's subscription to the client's one stream, sleeps, and sends status and report
requests through the hub's request slots. `await_all` is the group plan: one `Gather` of
the runs' waits.
`wait_sync` is the same, blocking; cancelling the task here is its Ctrl-C.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .._core.base_client import AsyncAPIClient
from .._core.exceptions import RevylError
from .._core.runtime import run_async
from .hub import AsyncHub, AsyncSubscription
from .results import AsyncTestResult, AsyncWorkflowResult, ChildResult
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
    from .runs import AsyncTestRun, AsyncWorkflowRun

__all__ = ["AsyncTarget", "await_all", "await_test", "await_workflow", "settle_all"]


@dataclass(frozen=True)
class AsyncTarget:
    """What the driver needs to know about a run, and the calls it makes about it."""

    kind: RunKind
    task_id: str
    started_at: float | None
    hub: AsyncHub
    read_status: Callable[[], Awaitable[RunState]]
    fetch_children: Callable[[], Awaitable[tuple[ChildResult, ...]]]
    cancel: Callable[[], Awaitable[object]]
    share_link: Callable[[], Awaitable[str]]
    api: AsyncAPIClient


class _Waits:
    """The handlers of the wait effects for `targets`, each effect naming its run by place."""

    def __init__(self, targets: Sequence[AsyncTarget]) -> None:
        self._targets = targets
        self.subscriptions: Subscriptions[AsyncSubscription] = Subscriptions(targets)

    def handlers(self) -> dict[type[Any], Callable[[Any], Awaitable[object]]]:
        return {Subscribe: self._subscribe, Listen: self._listen, ReadStatus: self._read_status,
                FetchChildren: self._fetch_children, StopListening: self._stop_listening,
                CancelRun: self._cancel}

    async def _subscribe(self, effect: Subscribe) -> None:
        self.subscriptions.of(effect.run)

    async def _listen(self, effect: Listen) -> object:
        return await self.subscriptions.of(effect.run).get(effect.timeout)

    async def _read_status(self, effect: ReadStatus) -> object:
        target = self._targets[effect.run]
        async with target.hub.request_slots:
            return await target.read_status()

    async def _fetch_children(self, effect: FetchChildren) -> object:
        target = self._targets[effect.run]
        async with target.hub.request_slots:
            return await target.fetch_children()

    async def _stop_listening(self, effect: StopListening) -> None:
        self.subscriptions.leave(effect.run)

    async def _cancel(self, effect: CancelRun) -> object:
        return await self._targets[effect.run].cancel()


async def _wait(target: AsyncTarget, options: WaitOptions) -> Ending:
    """One wait: the plan run by `run_async`, its effects performed by `_Waits`."""
    waits = _Waits([target])
    try:
        return await run_async(target.api, plan(_waited(target), options, target.hub.settings),
                               waits.handlers())
    finally:
        waits.subscriptions.close()


def _waited(target: AsyncTarget) -> Waited:
    return Waited(target.kind, target.task_id)


async def await_test(run: AsyncTestRun, options: WaitOptions) -> AsyncTestResult:
    target = _test_target(run)
    return build_result(AsyncTestResult, await _wait(target, options), _once(target.share_link), target.api)


async def await_workflow(run: AsyncWorkflowRun, options: WaitOptions) -> AsyncWorkflowResult:
    target = _workflow_target(run)
    return build_result(AsyncWorkflowResult, await _wait(target, options),
                        _once(target.share_link), target.api)


async def await_all(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions
                    ) -> list[AsyncTestResult | AsyncWorkflowResult]:
    """Wait for every run on the client's one stream; results in the order of `runs`.

    Every run is subscribed up front, so none misses news while it waits its turn. The first
    failure stops the other waits (not their runs) and is raised. An interrupt (Ctrl-C, or
    its task cancelled) cancels the unfinished runs too when `cancel_on_interrupt` is set.
    """
    # Without `settle` a failed wait raises instead of taking a place in the list.
    return cast("list[AsyncTestResult | AsyncWorkflowResult]", await _wait_group(runs, options, settle=False))


async def settle_all(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions
                     ) -> list[AsyncTestResult | AsyncWorkflowResult | RevylError]:
    """`wait_all` that lets every wait finish: each run's result, or the error its wait
    ended with (`WaitTimeout`, ...), in the order of `runs`. An interrupt still stops all."""
    return await _wait_group(runs, options, settle=True)


async def _wait_group(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions, *,
                      settle: bool) -> list[AsyncTestResult | AsyncWorkflowResult | RevylError]:
    from .runs import AsyncTestRun

    if not runs:
        return []
    targets = [_test_target(run) if isinstance(run, AsyncTestRun) else _workflow_target(run)
               for run in runs]
    waits = _Waits(targets)
    try:
        outcomes = await run_async(targets[0].api, group([_waited(target) for target in targets], options,
                                                         targets[0].hub.settings, limit=None, settle=settle),
                                   waits.handlers())
    finally:
        waits.subscriptions.close()
    return [settled(outcome, functools.partial(_result_of, target))
            for target, outcome in zip(targets, outcomes, strict=True)]


def _result_of(target: AsyncTarget, ending: Ending) -> AsyncTestResult | AsyncWorkflowResult:
    if target.kind == "test":
        return build_result(AsyncTestResult, ending, _once(target.share_link), target.api)
    return build_result(AsyncWorkflowResult, ending, _once(target.share_link), target.api)


def _test_target(run: AsyncTestRun) -> AsyncTarget:
    task_id = str(run.task_id)

    async def read_status() -> RunState:
        return state_of_test_status(task_id, await run.get_status())

    async def share_link() -> str:
        return await run._resource._client.reports.share_link(task_id)

    return AsyncTarget(kind="test", task_id=task_id, started_at=run._started_at,
                       hub=run._resource._client._hub, read_status=read_status,
                       fetch_children=_no_children, cancel=run.cancel, share_link=share_link,
                       api=run._resource._api)


def _workflow_target(run: AsyncWorkflowRun) -> AsyncTarget:
    task_id, api = str(run.task_id), run._resource._api

    async def read_status() -> RunState:
        return state_of_workflow_status(task_id, await run.get_status())

    async def fetch_children() -> tuple[ChildResult, ...]:
        return child_results(await api.execute(workflow_report_call(task_id)))

    async def share_link() -> str:
        return await run._resource._client.reports.workflow_share_link(task_id)

    return AsyncTarget(kind="workflow", task_id=task_id, started_at=run._started_at,
                       hub=run._resource._client._hub, read_status=read_status,
                       fetch_children=fetch_children, cancel=run.cancel, share_link=share_link,
                       api=api)


async def _no_children() -> tuple[ChildResult, ...]:
    return ()


def _once(fetch: Callable[[], Awaitable[str]]) -> Callable[[], Awaitable[str]]:
    """`fetch`, run on the first call only; later calls return its first answer."""
    answers: list[str] = []

    async def first_answer() -> str:
        if not answers:
            answers.append(await fetch())
        return answers[0]

    return first_answer
