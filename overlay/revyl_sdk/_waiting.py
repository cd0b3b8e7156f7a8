"""Waiting for runs to end: one sans-IO plan, run by a sync or an async driver.

The plan (`_Plan.run`) is a generator. It yields effects (listen to the stream, read the
status, sleep, fetch the child report) and receives their outcomes, so every rule lives
in one place whatever the I/O:

- "auto" follows the shared stream and falls back to polling when the stream fails or is
  missing (404). "sse" raises instead. "polling" never opens the stream.
- A terminal event is confirmed by one status read. A read that says terminal wins, as it
  is the later word; if the read lags or fails, the event's ending stands.
- When the stream goes quiet about the run for `quiet_timeout`, or the run vanishes from
  a fresh snapshot, one status read settles whether it ended unseen.
- Polling backs off from `poll_interval` to `poll_max_interval`. It raises at once on
  401/403/404 and tolerates `poll_error_budget` transient failures in a row.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import enum
import functools
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from revyl_api.api.workflow_share import (
    generate_workflow_shareable_link,
    get_unified_workflow_report,
)
from revyl_api.models import (
    GenerateWorkflowShareableLinkRequest,
    GenerateWorkflowShareableLinkResponse,
    TestStatusResponse,
    UnifiedWorkflowReportRequest,
    UnifiedWorkflowReportResponse,
    WorkflowStatusResponse,
)
from revyl_api.types import Unset

from ._base_client import APICall
from ._calls import call
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    RevylError,
)
from ._hub import AsyncHub, AsyncSubscription, Signal, StreamLost, SyncHub, SyncSubscription
from ._logging import logger
from ._results import (
    AsyncTestResult,
    AsyncWorkflowResult,
    ChildResult,
    TestResult,
    WaitTimeout,
    WorkflowResult,
)
from ._status import (
    Progress,
    RunKind,
    RunState,
    is_test_success,
    state_of_test_run,
    state_of_workflow_run,
)
from ._stream import MonitorSettings, is_transient_status

if TYPE_CHECKING:
    from ._runs import AsyncTestRun, AsyncWorkflowRun, TestRun, WorkflowRun

T = TypeVar("T")

WaitMode = Literal["auto", "sse", "polling"]
ProgressCallback = Callable[[Progress], object]
_MODES = ("auto", "sse", "polling")


# -- the plan -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Listen:
    timeout: float | None


@dataclass(frozen=True, slots=True)
class _Sleep:
    seconds: float


class _Do(enum.Enum):
    READ_STATUS = "read status"
    FETCH_CHILDREN = "fetch child results"
    STOP_LISTENING = "stop listening"


Effect = _Listen | _Sleep | _Do
Final = tuple[RunState, tuple[ChildResult, ...]]


def _is_transient(error: Exception) -> bool:
    """Worth another read: no response (`APIConnectionError`), a 408/429/5xx, or an
    answer that could not be read; not a 4xx such as 401, 403 or 404."""
    if isinstance(error, APIStatusError):
        return is_transient_status(error.status_code)
    return isinstance(error, RevylError)


class _Plan:
    """How one wait unfolds, free of I/O: `run()` yields effects and returns the ending."""

    def __init__(self, kind: RunKind, task_id: str, *, mode: WaitMode, timeout: float | None,
                 deadline: float | None, on_progress: ProgressCallback | None,
                 settings: MonitorSettings) -> None:
        self._kind = kind
        self._task_id = task_id
        self._mode = mode
        self._timeout = timeout
        self._deadline = deadline
        self._on_progress = on_progress
        self._settings = settings
        self._reported: Progress | None = None
        self._child_ids: tuple[str, ...] = ()

    def run(self) -> Generator[Effect, Any, Final]:
        final = yield from self._follow()
        self._report(final)
        children: tuple[ChildResult, ...] = ()
        if self._kind == "workflow":
            try:
                children = yield _Do.FETCH_CHILDREN
            except (RevylError, KeyError, ValueError, TypeError) as error:
                # The per-test report is extra detail; the run's ending is already known.
                logger.info("no child report for workflow run %s: %s", self._task_id, error)
            children = children or tuple(ChildResult(task_id=child) for child in self._child_ids)
        return final, children

    def _follow(self) -> Generator[Effect, Any, RunState]:
        if self._mode != "polling":
            try:
                return (yield from self._listen())
            except StreamLost as lost:
                if self._mode == "sse" or isinstance(
                    lost.error, AuthenticationError | PermissionDeniedError
                ):
                    raise lost.error from None
                logger.info("monitor stream unavailable (%s); polling run %s",
                            lost.error, self._task_id)
            yield _Do.STOP_LISTENING
        return (yield from self._poll())

    def _listen(self) -> Generator[Effect, Any, RunState]:
        quiet_until = time.monotonic() + self._settings.quiet_timeout
        while True:
            self._check_deadline()
            message = yield _Listen(self._remaining(quiet_until))
            if message is Signal.WAKE:
                continue
            if isinstance(message, RunState):
                quiet_until = time.monotonic() + self._settings.quiet_timeout
                if message.terminal:
                    # Reported once settled, so `on_progress` sees a single final state.
                    self._child_ids = message.child_ids or self._child_ids
                    confirmed = yield from self._read_once()
                    return confirmed if confirmed is not None and confirmed.terminal else message
                self._report(message)
                continue
            # Silence about this run, or it vanished from a snapshot: did it end unseen?
            self._check_deadline()  # the silence may be the deadline's
            quiet_until = time.monotonic() + self._settings.quiet_timeout
            state = yield from self._read_once()
            if state is not None:
                self._report(state)
                if state.terminal:
                    return state

    def _poll(self) -> Generator[Effect, Any, RunState]:
        interval = self._settings.poll_interval
        failures = 0
        while True:
            self._check_deadline()
            try:
                state: RunState = yield _Do.READ_STATUS
            except Exception as error:
                failures += 1
                if not _is_transient(error) or failures > self._settings.poll_error_budget:
                    raise
                logger.info("status read %d of run %s failed: %s", failures, self._task_id, error)
            else:
                failures = 0
                self._report(state)
                if state.terminal:
                    return state
            yield _Sleep(self._remaining(time.monotonic() + interval) or 0.0)
            interval = min(interval * 1.5, self._settings.poll_max_interval)

    def _read_once(self) -> Generator[Effect, Any, RunState | None]:
        """One status read; None when it failed in a way worth ignoring (see `_is_transient`)."""
        try:
            state: RunState = yield _Do.READ_STATUS
        except Exception as error:
            if not _is_transient(error):
                raise
            logger.info("status read of run %s failed: %s", self._task_id, error)
            return None
        return state

    def _remaining(self, until: float) -> float | None:
        """Seconds to `until`, or to the deadline if sooner; never negative."""
        end = until if self._deadline is None else min(until, self._deadline)
        return max(0.0, end - time.monotonic())

    def _check_deadline(self) -> None:
        if self._deadline is not None and time.monotonic() >= self._deadline:
            raise WaitTimeout(self._task_id, self._timeout or 0.0, self._reported)

    def _report(self, state: RunState) -> None:
        self._child_ids = state.child_ids or self._child_ids
        progress = state.as_progress()
        if progress != self._reported:
            self._reported = progress
            if self._on_progress is not None:
                self._on_progress(progress)


class _Steps(Generic[T]):
    """Feeds outcomes into a plan; the one stepping rule both drivers share."""

    def __init__(self, plan: Generator[Effect, Any, T]) -> None:
        self._plan = plan
        self.result: T

    def advance(self, value: object, error: Exception | None) -> Effect | None:
        """The plan's next effect, or None once it has returned (see `result`)."""
        try:
            return self._plan.throw(error) if error is not None else self._plan.send(value)
        except StopIteration as done:
            self.result = done.value
            return None

    def close(self) -> None:
        self._plan.close()


# -- what a driver needs to know about a run --------------------------------------------

@dataclass(frozen=True)
class SyncTarget:
    kind: RunKind
    task_id: str
    started_at: float | None
    hub: SyncHub
    read_status: Callable[[], RunState]
    fetch_children: Callable[[], tuple[ChildResult, ...]]
    cancel: Callable[[], object]
    share_link: Callable[[], str]


@dataclass(frozen=True)
class AsyncTarget:
    kind: RunKind
    task_id: str
    started_at: float | None
    hub: AsyncHub
    read_status: Callable[[], Awaitable[RunState]]
    fetch_children: Callable[[], Awaitable[tuple[ChildResult, ...]]]
    cancel: Callable[[], Awaitable[object]]
    share_link: Callable[[], Awaitable[str]]


class _Abandoned(BaseException):
    """`wait_all` gave up on this wait (another failed, or the user interrupted)."""


@dataclass(frozen=True)
class WaitOptions:
    """The options of `run.wait()`, checked once for every way of waiting."""

    timeout: float | None
    on_progress: ProgressCallback | None
    mode: WaitMode
    cancel_on_interrupt: bool

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ValueError(f"mode must be one of {', '.join(_MODES)}; got {self.mode!r}")


def _plan(kind: RunKind, task_id: str, options: WaitOptions, settings: MonitorSettings,
          deadline: float | None) -> _Steps[Final]:
    if deadline is None and options.timeout is not None:
        deadline = time.monotonic() + options.timeout
    return _Steps(_Plan(kind, task_id, mode=options.mode, timeout=options.timeout,
                        deadline=deadline, on_progress=options.on_progress,
                        settings=settings).run())


# -- sync driver ------------------------------------------------------------------------

def _wait_sync(target: SyncTarget, options: WaitOptions, *, deadline: float | None = None,
               subscription: SyncSubscription | None = None,
               stop: threading.Event | None = None) -> Final:
    steps = _plan(target.kind, target.task_id, options, target.hub.settings, deadline)

    def perform(effect: Effect) -> object:
        nonlocal subscription
        if stop is not None and stop.is_set():
            raise _Abandoned
        if isinstance(effect, _Listen):
            if subscription is None:
                subscription = target.hub.subscribe(target.kind, target.task_id, target.started_at)
            return subscription.get(effect.timeout)
        if isinstance(effect, _Sleep):
            if stop is None:
                time.sleep(effect.seconds)
            else:
                stop.wait(effect.seconds)
            return None
        if effect is _Do.READ_STATUS:
            with target.hub.request_slots:
                return target.read_status()
        if effect is _Do.FETCH_CHILDREN:
            with target.hub.request_slots:
                return target.fetch_children()
        if subscription is not None:  # _Do.STOP_LISTENING
            target.hub.unsubscribe(subscription)
            subscription = None
        return None

    try:
        effect = steps.advance(None, None)
        while effect is not None:
            try:
                value, error = perform(effect), None
            except Exception as exc:
                value, error = None, exc
            effect = steps.advance(value, error)
        return steps.result
    except KeyboardInterrupt:
        if options.cancel_on_interrupt:
            _cancel_quietly(target.task_id, target.cancel)
        raise
    finally:
        steps.close()
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
    return _result(TestResult, _wait_sync(target, options), functools.cache(target.share_link))


def wait_for_workflow(run: WorkflowRun, options: WaitOptions) -> WorkflowResult:
    target = _workflow_target(run)
    return _result(WorkflowResult, _wait_sync(target, options),
                   functools.cache(target.share_link))


def wait_all(runs: Sequence[TestRun | WorkflowRun], options: WaitOptions,
             *, max_threads: int = 32) -> list[TestResult | WorkflowResult]:
    """Wait for every run, one lightweight thread each, all on the client's one stream.

    Every run is subscribed up front so that none misses news while queued for a thread.
    """
    from ._runs import TestRun

    if not runs:
        return []
    targets = [_test_target(run) if isinstance(run, TestRun) else _workflow_target(run)
               for run in runs]
    deadline = None if options.timeout is None else time.monotonic() + options.timeout
    quiet = WaitOptions(options.timeout, options.on_progress, options.mode, False)
    stop = threading.Event()
    subscriptions = [_subscribe_early(target, options.mode) for target in targets]
    pool = concurrent.futures.ThreadPoolExecutor(min(len(runs), max_threads), "revyl-wait")
    futures = [pool.submit(_wait_sync, target, quiet, deadline=deadline,
                           subscription=subscription, stop=stop)
               for target, subscription in zip(targets, subscriptions, strict=True)]
    try:
        return [_result_of(target, future.result()) for target, future in zip(targets, futures,
                                                                              strict=True)]
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


def _subscribe_early(target: SyncTarget, mode: WaitMode) -> SyncSubscription | None:
    if mode == "polling":
        return None
    try:
        return target.hub.subscribe(target.kind, target.task_id, target.started_at)
    except StreamLost:
        return None  # the wait itself will meet the same failure and handle it per mode


def _result_of(target: SyncTarget, final: Final) -> TestResult | WorkflowResult:
    link = functools.cache(target.share_link)
    if target.kind == "test":
        return _result(TestResult, final, link)
    return _result(WorkflowResult, final, link)


def _test_target(run: TestRun) -> SyncTarget:
    task_id = str(run.task_id)
    return SyncTarget(
        kind="test", task_id=task_id, started_at=run._started_at, hub=run._resource._client._hub,
        read_status=lambda: _test_state(task_id, run.get_status()),
        fetch_children=lambda: (), cancel=run.cancel,
        share_link=lambda: run._resource._client.reports.share_link(task_id),
    )


def _workflow_target(run: WorkflowRun) -> SyncTarget:
    task_id, api = str(run.task_id), run._resource._api
    return SyncTarget(
        kind="workflow", task_id=task_id, started_at=run._started_at,
        hub=run._resource._client._hub,
        read_status=lambda: _workflow_state(task_id, run.get_status()),
        fetch_children=lambda: _children(api.execute(_report_call(task_id))),
        cancel=run.cancel,
        share_link=lambda: api.execute(_share_link_call(task_id)),
    )


# -- async driver -----------------------------------------------------------------------

async def _wait_async(target: AsyncTarget, options: WaitOptions) -> Final:
    steps = _plan(target.kind, target.task_id, options, target.hub.settings, None)
    subscription: AsyncSubscription | None = None

    async def perform(effect: Effect) -> object:
        nonlocal subscription
        if isinstance(effect, _Listen):
            if subscription is None:
                subscription = target.hub.subscribe(target.kind, target.task_id, target.started_at)
            return await subscription.get(effect.timeout)
        if isinstance(effect, _Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        if effect is _Do.READ_STATUS:
            async with target.hub.request_slots():
                return await target.read_status()
        if effect is _Do.FETCH_CHILDREN:
            async with target.hub.request_slots():
                return await target.fetch_children()
        if subscription is not None:  # _Do.STOP_LISTENING
            target.hub.unsubscribe(subscription)
            subscription = None
        return None

    try:
        effect = steps.advance(None, None)
        while effect is not None:
            try:
                value, error = await perform(effect), None
            except Exception as exc:
                value, error = None, exc
            effect = steps.advance(value, error)
        return steps.result
    except asyncio.CancelledError:
        if options.cancel_on_interrupt:
            await _acancel_quietly(target.task_id, target.cancel)
        raise
    finally:
        steps.close()
        if subscription is not None:
            target.hub.unsubscribe(subscription)


async def _acancel_quietly(task_id: str, cancel: Callable[[], Awaitable[object]]) -> None:
    try:
        await cancel()
    except RevylError as error:
        logger.warning("could not cancel run %s after the interrupt: %s", task_id, error)


async def await_test(run: AsyncTestRun, options: WaitOptions) -> AsyncTestResult:
    target = _async_test_target(run)
    return _result(AsyncTestResult, await _wait_async(target, options), _once(target.share_link))


async def await_workflow(run: AsyncWorkflowRun, options: WaitOptions) -> AsyncWorkflowResult:
    target = _async_workflow_target(run)
    return _result(AsyncWorkflowResult, await _wait_async(target, options),
                   _once(target.share_link))


async def await_all(runs: Sequence[AsyncTestRun | AsyncWorkflowRun], options: WaitOptions
                    ) -> list[AsyncTestResult | AsyncWorkflowResult]:
    """Wait for every run concurrently on the client's one stream; results in `runs` order.

    The first failure cancels the other waits (not their runs). Cancelling this call
    cancels the unfinished runs too when `cancel_on_interrupt` is set.
    """
    from ._runs import AsyncTestRun

    quiet = WaitOptions(options.timeout, options.on_progress, options.mode, False)
    tasks: list[asyncio.Task[AsyncTestResult | AsyncWorkflowResult]] = [
        asyncio.ensure_future(await_test(run, quiet) if isinstance(run, AsyncTestRun)
                              else await_workflow(run, quiet))
        for run in runs
    ]
    try:
        return list(await asyncio.gather(*tasks))
    except asyncio.CancelledError:
        if options.cancel_on_interrupt:
            await asyncio.gather(*(_acancel_quietly(str(run.task_id), run.cancel)
                                   for run, task in zip(runs, tasks, strict=True)
                                   if task.cancelled()))
        raise
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _async_test_target(run: AsyncTestRun) -> AsyncTarget:
    task_id = str(run.task_id)

    async def read_status() -> RunState:
        return _test_state(task_id, await run.get_status())

    async def share_link() -> str:
        return await run._resource._client.reports.share_link(task_id)

    return AsyncTarget(kind="test", task_id=task_id, started_at=run._started_at,
                       hub=run._resource._client._hub, read_status=read_status,
                       fetch_children=_no_children, cancel=run.cancel, share_link=share_link)


def _async_workflow_target(run: AsyncWorkflowRun) -> AsyncTarget:
    task_id, api = str(run.task_id), run._resource._api

    async def read_status() -> RunState:
        return _workflow_state(task_id, await run.get_status())

    async def fetch_children() -> tuple[ChildResult, ...]:
        return _children(await api.execute(_report_call(task_id)))

    async def share_link() -> str:
        return await api.execute(_share_link_call(task_id))

    return AsyncTarget(kind="workflow", task_id=task_id, started_at=run._started_at,
                       hub=run._resource._client._hub, read_status=read_status,
                       fetch_children=fetch_children, cancel=run.cancel, share_link=share_link)


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


# -- shared: status reads, reports, results -----------------------------------------------

def _test_state(task_id: str, response: TestStatusResponse) -> RunState:
    return state_of_test_run((task_id,), response.to_dict())


def _workflow_state(task_id: str, response: WorkflowStatusResponse) -> RunState:
    return state_of_workflow_run((task_id,), response.to_dict())


def _report_call(task_id: str) -> APICall[UnifiedWorkflowReportResponse]:
    return call(get_unified_workflow_report, UnifiedWorkflowReportResponse,
                body=UnifiedWorkflowReportRequest(workflow_task_id=task_id))


def _share_link_call(task_id: str) -> APICall[str]:
    # As for test reports: an explicit null expiration means the link never expires.
    body = GenerateWorkflowShareableLinkRequest.from_dict(
        {"workflow_task_id": task_id, "expiration_hours": None})
    return call(generate_workflow_shareable_link, GenerateWorkflowShareableLinkResponse,
                body=body).map(lambda response: response.shareable_link)


def _children(report: UnifiedWorkflowReportResponse) -> tuple[ChildResult, ...]:
    if isinstance(report.child_tasks, Unset):
        return ()
    children = []
    for info in report.child_tasks:
        row = info.to_dict()
        state = state_of_test_run((info.task_id,), row)
        children.append(ChildResult(
            task_id=info.task_id,
            test_id=_text(row.get("test_id")),
            test_name=_text(row.get("test_name")),
            platform=_text(row.get("platform")),
            status=state.status or None,
            passed=(is_test_success(state.status, state.success, state.error_message)
                    if state.terminal else None),
            duration=state.duration,
            error_message=state.error_message or None,
        ))
    return tuple(children)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


ResultT = TypeVar("ResultT", TestResult, AsyncTestResult, WorkflowResult, AsyncWorkflowResult)


def _result(cls: type[ResultT], final: Final, link: Callable[[], Any]) -> ResultT:
    """A `cls` filled from the run's final state (and, for a workflow, its children)."""
    state, children = final
    workflow: dict[str, Any] = {} if state.kind == "test" else {
        "passed_tests": state.passed_tests, "failed_tests": state.failed_tests,
        "children": children,
    }
    return cls(task_id=state.task_id, status=state.status, passed=state.passed,
               duration=state.duration, steps_done=state.steps_done,
               steps_total=state.steps_total, error_message=state.error_message or None,
               _link=link, **workflow)
