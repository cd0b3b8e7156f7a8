"""What the blocking and the awaited wait drivers share: the runs' stream subscriptions,
and turning a wait's outcome into the caller's result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from .._core.exceptions import RevylError
from .status import RunKind
from .wait_plan import Ending

S = TypeVar("S")
R = TypeVar("R")


class _Hub(Protocol[S]):
    def subscribe(self, kind: RunKind, task_id: str, started_at: float | None) -> S: ...

    def unsubscribe(self, subscription: S) -> None: ...


class Subscriber(Protocol[S]):
    """The part of a `SyncTarget` / `AsyncTarget` the subscriptions read."""

    @property
    def kind(self) -> RunKind: ...

    @property
    def task_id(self) -> str: ...

    @property
    def started_at(self) -> float | None: ...

    @property
    def hub(self) -> _Hub[S]: ...


class Subscriptions(Generic[S]):
    """Each run's subscription to its client's stream, by the run's place in the wait: taken
    on first use (or up front, by `Subscribe`), left at `StopListening`, and left for every
    run still on the stream by `close`."""

    def __init__(self, targets: Sequence[Subscriber[S]]) -> None:
        self._targets = targets
        self._taken: dict[int, S] = {}

    def of(self, run: int) -> S:
        subscription = self._taken.get(run)
        if subscription is None:
            target = self._targets[run]
            subscription = target.hub.subscribe(target.kind, target.task_id, target.started_at)
            self._taken[run] = subscription
        return subscription

    def leave(self, run: int) -> None:
        subscription = self._taken.pop(run, None)
        if subscription is not None:
            self._targets[run].hub.unsubscribe(subscription)

    def close(self) -> None:
        for run in list(self._taken):
            self.leave(run)


def settled(outcome: Ending | Exception, result: Callable[[Ending], R]) -> R | RevylError:
    """A group wait's outcome for one run: its result, or the `RevylError` its wait ended
    with; any other error is raised (it is a bug or an interrupt, not the run's outcome)."""
    if isinstance(outcome, RevylError):
        return outcome
    if isinstance(outcome, Exception):
        raise outcome
    return result(outcome)
