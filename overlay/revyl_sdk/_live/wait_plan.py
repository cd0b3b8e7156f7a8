"""How a wait for a run unfolds, free of I/O: the rules both wait drivers follow.

The plan (`_Plan.run`) is a generator. It yields effects (listen to the stream, read the
status, sleep, fetch the child report) and receives their outcomes, so every rule lives
here once; `_core.runtime` steps it and `wait_sync` / `wait_async` hand it the handlers
that perform these effects, blocking or awaiting:

- "auto" follows the shared stream and falls back to polling when the stream fails or is
  missing (404, or absent from the client's spec). "sse" raises instead. "polling" never
  opens the stream.
- A terminal event is confirmed by one status read. A read that says terminal wins, as it
  is the later word; if the read lags or fails, the event's ending stands.
- When the stream goes quiet about the run for `quiet_timeout`, or the run vanishes from
  a fresh snapshot, one status read settles whether it ended unseen.
- Polling backs off from `poll_interval` to `poll_max_interval`. It raises at once on
  401/403/404 and tolerates `poll_error_budget` transient failures in a row.

Waiting for many runs (`group`) is one `Gather` of their plans. Every run is subscribed up
front, so none misses news while it waits its turn; the first failure stops the other waits
(not their runs), or with `settle` each run keeps its outcome. On an interrupt (Ctrl-C, or
the task cancelled) `cancel_on_interrupt` cancels every run whose wait had not ended, also
those whose wait never started. Each effect names its run (`run`, its place in the group;
0 for a single wait), so one set of handlers serves every plan of a group.

`WaitOptions` (with `WaitArguments`, `WaitMode` and `ProgressCallback`) is here too: the
options of `run.wait()` and `monitor.wait_all()`, checked once whichever driver runs them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from .._core.effects import Gather, Plan, Sleep, gather, monotonic
from .._core.exceptions import APIStatusError, AuthenticationError, PermissionDeniedError, RevylError
from .._core.logging import logger
from .._core.retry import RetryPolicy, Safety
from .hub import Signal, StreamLost
from .results import ChildResult, WaitTimeout
from .status import Progress, RunKind, RunState
from .stream import STREAM_SUPPORTED, MonitorSettings, stream_call

__all__ = [
    "CancelRun",
    "Effect",
    "Ending",
    "FetchChildren",
    "Listen",
    "ProgressCallback",
    "ReadStatus",
    "StopListening",
    "Subscribe",
    "WaitArguments",
    "WaitMode",
    "WaitOptions",
    "Waited",
    "group",
    "plan",
]

WaitMode = Literal["auto", "sse", "polling"]
ProgressCallback = Callable[[Progress], object]
_MODES = ("auto", "sse", "polling")


class WaitArguments(TypedDict, total=False):
    """The keywords of every `wait` and `wait_all`, as `**options`; see `TestRun.wait`."""

    timeout: float | None
    on_progress: ProgressCallback | None
    mode: WaitMode
    cancel_on_interrupt: bool


@dataclass(frozen=True)
class WaitOptions:
    """The options of `run.wait()`, checked once for every way of waiting:
    `WaitOptions(**arguments)` fills in the defaults of the `WaitArguments` left out."""

    timeout: float | None = None
    on_progress: ProgressCallback | None = None
    mode: WaitMode = "auto"
    cancel_on_interrupt: bool = False

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ValueError(f"mode must be one of {', '.join(_MODES)}; got {self.mode!r}")
        if self.mode != "polling" and not STREAM_SUPPORTED:
            if self.mode == "sse":
                stream_call(include_queued=True, idle_timeout=0.0)  # raises UnsupportedOperationError
            object.__setattr__(self, "mode", "polling")  # the client's spec has no stream: poll


# -- effects: what the plan asks a driver to do; `run` is the run's place in the group ----

@dataclass(frozen=True, slots=True)
class Subscribe:
    """Join the shared stream for the run now, before its wait starts; raises `StreamLost`
    when the stream failed for good."""

    run: int = 0


@dataclass(frozen=True, slots=True)
class Listen:
    """-> the run's next stream message (`RunState` or `Signal`), None after `timeout`
    seconds of nothing; raises `StreamLost` when the shared stream failed for good."""

    timeout: float | None
    run: int = 0


@dataclass(frozen=True, slots=True)
class ReadStatus:
    """-> the run's `RunState`, read through the hub's request slots."""

    run: int = 0


@dataclass(frozen=True, slots=True)
class FetchChildren:
    """-> the workflow run's `ChildResult`s, from its report."""

    run: int = 0


@dataclass(frozen=True, slots=True)
class StopListening:
    """Leave the stream for good (polling from now on)."""

    run: int = 0


@dataclass(frozen=True, slots=True)
class CancelRun:
    """Cancel the run itself (after an interrupt, with `cancel_on_interrupt`)."""

    run: int = 0


Effect = Subscribe | Listen | Sleep | ReadStatus | FetchChildren | StopListening | CancelRun | Gather
Ending = tuple[RunState, tuple[ChildResult, ...]]


# -- the plan -------------------------------------------------------------------------

def _is_transient(error: Exception) -> bool:
    """Worth another read: no response (`APIConnectionError`), a 408/429/5xx, or an
    answer that could not be read; not a 4xx such as 401, 403 or 404."""
    if isinstance(error, APIStatusError):
        return RetryPolicy.may_retry(Safety.SAFE, response=error.response)
    return isinstance(error, RevylError)


class _Plan:
    """How one wait unfolds, free of I/O: `run()` yields effects and returns the ending."""

    def __init__(self, kind: RunKind, task_id: str, *, mode: WaitMode, timeout: float | None,
                 deadline: float | None, on_progress: ProgressCallback | None,
                 settings: MonitorSettings, run: int = 0) -> None:
        self._run = run
        self._kind = kind
        self._task_id = task_id
        self._mode = mode
        self._timeout = timeout
        self._deadline = deadline
        self._on_progress = on_progress
        self._settings = settings
        self._reported: Progress | None = None
        self._child_ids: tuple[str, ...] = ()

    def run(self) -> Generator[Effect, Any, Ending]:
        final = yield from self._follow()
        self._report(final)
        children: tuple[ChildResult, ...] = ()
        if self._kind == "workflow":
            try:
                children = yield FetchChildren(self._run)
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
            yield StopListening(self._run)
        return (yield from self._poll())

    def _listen(self) -> Generator[Effect, Any, RunState]:
        quiet_until = monotonic() + self._settings.quiet_timeout
        while True:
            self._check_deadline()
            message = yield Listen(self._remaining(quiet_until), self._run)
            if message is Signal.WAKE:
                continue
            if isinstance(message, RunState):
                quiet_until = monotonic() + self._settings.quiet_timeout
                if message.terminal:
                    # Reported once settled, so `on_progress` sees a single final state.
                    self._child_ids = message.child_ids or self._child_ids
                    confirmed = yield from self._read_once()
                    return confirmed if confirmed is not None and confirmed.terminal else message
                self._report(message)
                continue
            # Silence about this run, or it vanished from a snapshot: did it end unseen?
            self._check_deadline()  # the silence may be the deadline's
            quiet_until = monotonic() + self._settings.quiet_timeout
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
                state: RunState = yield ReadStatus(self._run)
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
            yield Sleep(self._remaining(monotonic() + interval) or 0.0)
            interval = min(interval * 1.5, self._settings.poll_max_interval)

    def _read_once(self) -> Generator[Effect, Any, RunState | None]:
        """One status read; None when it failed in a way worth ignoring (see `_is_transient`)."""
        try:
            state: RunState = yield ReadStatus(self._run)
        except Exception as error:
            if not _is_transient(error):
                raise
            logger.info("status read of run %s failed: %s", self._task_id, error)
            return None
        return state

    def _remaining(self, until: float) -> float | None:
        """Seconds to `until`, or to the deadline if sooner; never negative."""
        end = until if self._deadline is None else min(until, self._deadline)
        return max(0.0, end - monotonic())

    def _check_deadline(self) -> None:
        if self._deadline is not None and monotonic() >= self._deadline:
            raise WaitTimeout(self._task_id, self._timeout or 0.0, self._reported)

    def _report(self, state: RunState) -> None:
        self._child_ids = state.child_ids or self._child_ids
        progress = state.as_progress()
        if progress != self._reported:
            self._reported = progress
            if self._on_progress is not None:
                self._on_progress(progress)


@dataclass(frozen=True)
class Waited:
    """A run to wait for, as the plans know it."""

    kind: RunKind
    task_id: str


_INTERRUPTS = (KeyboardInterrupt, asyncio.CancelledError)


def plan(run: Waited, options: WaitOptions, settings: MonitorSettings) -> Plan[Ending]:
    """The steps of one wait, its effects naming run 0; the deadline is from `timeout`."""
    deadline = None if options.timeout is None else monotonic() + options.timeout
    try:
        return (yield from _one(run, 0, options, settings, deadline))
    except _INTERRUPTS:
        if options.cancel_on_interrupt:
            yield from _cancel_quietly(run, 0)
        raise


def group(runs: Sequence[Waited], options: WaitOptions, settings: MonitorSettings, *,
          limit: int | None, settle: bool) -> Plan[list[Ending | Exception]]:
    """One `Gather` of the runs' waits (at most `limit` at a time) under one deadline; each
    place holds the run's ending, or with `settle` possibly the `Exception` its wait ended with."""
    deadline = None if options.timeout is None else monotonic() + options.timeout
    ended = [False] * len(runs)
    try:
        if options.mode != "polling":
            for index in range(len(runs)):
                # A failed stream: the wait itself meets it and handles it per its mode.
                with contextlib.suppress(StreamLost):
                    yield Subscribe(index)
        waits = tuple(_tracked(_one(run, index, options, settings, deadline), ended, index)
                      for index, run in enumerate(runs))
        outcomes: list[Ending | Exception] = yield Gather(waits, limit, settle)
        return outcomes
    except _INTERRUPTS:
        if options.cancel_on_interrupt:
            yield from _cancel_unfinished(runs, ended)
        raise


def _one(run: Waited, index: int, options: WaitOptions, settings: MonitorSettings,
         deadline: float | None) -> Plan[Ending]:
    return _Plan(run.kind, run.task_id, mode=options.mode, timeout=options.timeout, deadline=deadline,
                 on_progress=options.on_progress, settings=settings, run=index).run()


def _tracked(wait: Plan[Ending], ended: list[bool], index: int) -> Plan[Ending]:
    """`wait`, marking `ended[index]` when it returns or fails; not when it is interrupted,
    abandoned, or closed before it started."""
    try:
        ending = yield from wait
    except Exception:
        ended[index] = True
        raise
    ended[index] = True
    return ending


def _cancel_unfinished(runs: Sequence[Waited], ended: list[bool]) -> Plan[None]:
    """Cancel, all at once, every run whose wait had not ended."""
    yield from gather([_cancel_quietly(run, index) for index, run in enumerate(runs) if not ended[index]])


def _cancel_quietly(run: Waited, index: int) -> Plan[None]:
    # The interrupt is what the caller must see; a failed cancel is only worth a warning.
    try:
        yield CancelRun(index)
    except RevylError as error:
        logger.warning("could not cancel run %s after the interrupt: %s", run.task_id, error)
