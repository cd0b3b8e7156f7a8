"""Awaited waits: `AsyncTestRun.wait`, `AsyncWorkflowRun.wait` and `monitor.wait_all`.

Performs the effects of the shared wait plan (`wait_plan`) on the event loop: it awaits
the run's subscription to the client's one stream, sleeps, and sends status and report
requests through the hub's request slots. `await_all` gathers one such wait per run.
`wait_sync` is the same, blocking; cancelling the task here is its Ctrl-C.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._core.base_client import AsyncAPIClient
from .._core.exceptions import RevylError
from .._core.logging import logger
from .._core.runtime import run_async
from .hub import AsyncHub, AsyncSubscription
from .results import AsyncTestResult, AsyncWorkflowResult, ChildResult
from .status import RunKind, RunState
from .wait_plan import Ending, FetchChildren, Listen, ReadStatus, StopListening, WaitOptions, plan
from .wait_reports import (
    build_result,
    child_results,
    state_of_test_status,
    state_of_workflow_status,
    workflow_report_call,
)

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


async def _wait(target: AsyncTarget, options: WaitOptions) -> Ending:
    """One wait: the plan run by `run_async`, its effects performed here."""
    subscription: AsyncSubscription | None = None

    async def listen(effect: Listen) -> object:
        nonlocal subscription
        if subscription is None:
            subscription = target.hub.subscribe(target.kind, target.task_id, target.started_at)
        return await subscription.get(effect.timeout)

    async def read_status(effect: ReadStatus) -> object:
        async with target.hub.request_slots:
            return await target.read_status()

    async def fetch_children(effect: FetchChildren) -> object:
        async with target.hub.request_slots:
            return await target.fetch_children()

    async def stop_listening(effect: StopListening) -> None:
        nonlocal subscription
        if subscription is not None:
            target.hub.unsubscribe(subscription)
            subscription = None

    handlers: dict[type[Any], Callable[[Any], Awaitable[object]]] = {
        Listen: listen, ReadStatus: read_status, FetchChildren: fetch_children, StopListening: stop_listening}
    try:
        return await run_async(target.api, plan(target.kind, target.task_id, options, target.hub.settings, None),
                               handlers)
    except asyncio.CancelledError:
        if options.cancel_on_interrupt:
            await _cancel_quietly(target.task_id, target.cancel)
        raise
    finally:
        if subscription is not None:
            target.hub.unsubscribe(subscription)


async def _cancel_quietly(task_id: str, cancel: Callable[[], Awaitable[object]]) -> None:
    # The cancellation is what the caller must see; a failed cancel is only worth a warning.
    try:
        await cancel()
    except RevylError as error:
        logger.warning("could not cancel run %s after the interrupt: %s", task_id, error)


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
    return await _wait_group(runs, options, _await_one)


async def settle_all(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions
                     ) -> list[AsyncTestResult | AsyncWorkflowResult | RevylError]:
    """`wait_all` that lets every wait finish: each run's result, or the error its wait
    ended with (`WaitTimeout`, ...), in the order of `runs`. An interrupt still stops all."""

    async def settled(run: AsyncTestRun | AsyncWorkflowRun, quiet: WaitOptions
                      ) -> AsyncTestResult | AsyncWorkflowResult | RevylError:
        try:
            return await _await_one(run, quiet)
        except RevylError as error:
            return error

    return await _wait_group(runs, options, settled)


async def _await_one(run: AsyncTestRun | AsyncWorkflowRun, options: WaitOptions
                     ) -> AsyncTestResult | AsyncWorkflowResult:
    from .runs import AsyncTestRun

    return await (await_test(run, options) if isinstance(run, AsyncTestRun) else await_workflow(run, options))


R = TypeVar("R")


async def _wait_group(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions,
                      wait_one: Callable[[AsyncTestRun | AsyncWorkflowRun, WaitOptions], Awaitable[R]]
                      ) -> list[R]:
    # The group cancels on interrupt itself, and only the runs still going.
    quiet = dataclasses.replace(options, cancel_on_interrupt=False)
    tasks = [asyncio.ensure_future(wait_one(run, quiet)) for run in runs]
    try:
        return list(await asyncio.gather(*tasks))
    except asyncio.CancelledError:
        if options.cancel_on_interrupt:
            await asyncio.gather(*(_cancel_quietly(str(run.task_id), run.cancel)
                                   for run, task in zip(runs, tasks, strict=True)
                                   if task.cancelled()))
        raise
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


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
