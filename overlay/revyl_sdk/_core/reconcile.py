"""Starts and creates that survive a lost answer, exactly once (a sans-IO plan).

A run start (or a create) is never re-sent blindly: if its answer is lost after the
request left (a 5xx, a reset, a read timeout), the server may have acted. `start_once`
then asks the server's own records (the test's recent runs, the workflow's history, the
active device sessions, the object by name: `by_name`) before doing anything else:

- one record that can only be this start's: adopted, returned as the start's answer;
- none, after looking for `Rules.lookups` (a started run takes a moment to be listed),
  and the server had finished with the request (it answered 5xx but 504): sent once more;
- anything else (several candidates, the server may still be working on a timed-out
  request, the records cannot be read): `RunMayHaveStartedError`, carrying what is known
  to find the run. So one call never makes two runs.

A record is a candidate when it was created after the start was sent (less `clock_skew`)
and was not already claimed by another call of this client (`StartLedger`): several
threads starting the same test at once each adopt at most one run, a run this client's
other call is still awaiting the answer for is never taken, and no new start of the same
target is sent while one is looking for its run.
"""

from __future__ import annotations

import enum
import itertools
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar

import httpx

from .base_client import APICall
from .effects import Plan, Send, Sleep, monotonic
from .exceptions import APIConnectionError, APIStatusError, RevylError, RunMayHaveStartedError
from .logging import logger

__all__ = ["Found", "Recovery", "Rules", "StartLedger", "by_name", "ledger_for", "start_once"]

T = TypeVar("T")

# Failures before the request left this machine: the server never saw it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Doubt(enum.Enum):
    """Why the answer was lost, and so what an empty record proves."""

    FINISHED = "finished"  # the server answered 5xx: it is done with the request
    MAYBE_WORKING = "maybe_working"  # timeout, reset, 504: it may still act on it


def doubt_of(error: BaseException) -> Doubt | None:
    """How a failed start leaves us; None when the server certainly did not act (never sent,
    or refused with a 4xx), so the error stands as it is."""
    if isinstance(error, APIStatusError):
        if error.status_code == 504:
            return Doubt.MAYBE_WORKING  # a gateway gave up; the backend may still finish
        return Doubt.FINISHED if error.status_code >= 500 else None
    if isinstance(error, APIConnectionError):
        return None if isinstance(error.__cause__, _NOT_SENT) else Doubt.MAYBE_WORKING
    return None


@dataclass(frozen=True)
class Found(Generic[T]):
    """One record the server keeps: its id, when it was created (None when the record does
    not say) and the answer the start would have given for it."""

    id: str
    created_at: datetime | None
    answer: T


@dataclass(frozen=True)
class Recovery(Generic[T]):
    """How to find what a start (or create) made.

    `kind` and `target_id` name it in errors (`"test"`, the test id); `lookup(since)` is the
    request listing records created at or after `since`; `id_of` reads the record id from
    a start's own answer. `exact_id`: an id the client chose and sent (a device session's
    `session_id`): only a record with that id is this start's.
    """

    kind: str
    target_id: str
    lookup: Callable[[datetime], APICall[Sequence[Found[T]]]]
    id_of: Callable[[T], str]
    exact_id: str | None = None
    where: str = ""  # where a user looks, for the error: "client.tests.history(...)"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.target_id}"


def by_name(kind: str, name: str, listing: Callable[[], APICall[Sequence[T]]], *, name_of: Callable[[T], str | None],
            id_of: Callable[[T], str | None], created_at_of: Callable[[T], datetime | None],
            where: str = "") -> Recovery[T]:
    """How a create of the object called `name` finds what it made: `listing()` lists objects
    like it (a search by name), of the same model as the create's answer; the one with
    exactly that name, created since the create was sent, is it."""

    def lookup(since: datetime) -> APICall[Sequence[Found[T]]]:
        del since  # compared by the plan, on each record's creation time
        return listing().map(lambda items: [Found(str(id_of(item)), created_at_of(item), item) for item in items
                                            if name_of(item) == name and id_of(item)])

    return Recovery(kind, name, lookup, lambda answer: str(id_of(answer)), where=where)


@dataclass(frozen=True)
class Rules:
    """Timings of the reconciliation (the defaults suit Revyl; tests shorten them)."""

    lookups: tuple[float, ...] = (0.0, 0.5, 1.0)
    """Seconds to wait before each look at the records (a new run is listed within moments)."""
    clock_skew: float = 2.0
    """How far the server's clock may be behind ours when comparing creation times."""
    resends: int = 2
    """Starts sent again after the records proved none was made, before giving up."""
    sibling_wait: float = 10.0
    """How long to wait for this client's other starts of the same target to be answered."""
    sibling_poll: float = 0.05


RULES = Rules()


def start_once(start: APICall[T], recovery: Recovery[T], ledger: StartLedger, rules: Rules = RULES) -> Plan[T]:
    """Send `start`; if its answer is lost, adopt what it made, or send it once more when the
    records prove nothing was made. The plan returns the start's answer (its own or adopted)."""
    for resend in itertools.count():
        ticket = yield from _begin(ledger, recovery.key, rules)
        sent_at = wall_clock()
        try:
            answer: T = yield Send(start)
        except Exception as error:
            doubt = doubt_of(error)
            if doubt is None:
                ledger.end(ticket)
                raise
            ledger.lost_answer(ticket)
            try:
                adopted = yield from _reconcile(recovery, ledger, ticket, sent_at, doubt, error, rules)
            finally:
                ledger.end(ticket)
            if adopted is not None:
                return adopted
            if resend >= rules.resends:
                raise error  # nothing was made, every time: the server's error stands
            logger.info("%s %s was not started by the lost request; starting it again",
                        recovery.kind, recovery.target_id)
            continue
        except BaseException:  # an interruption: the caller cleans up; the ticket is not left open
            ledger.end(ticket)
            raise
        ledger.claim(ticket, recovery.id_of(answer))
        ledger.end(ticket)
        return answer
    raise AssertionError("unreachable")  # itertools.count never ends


def _begin(ledger: StartLedger, key: str, rules: Rules) -> Plan[_Ticket]:
    """A ticket for a new start of `key`, once no other call of this client is looking for the
    run of a start of `key` (a run started meanwhile would look like the one it lost)."""
    waited_from = monotonic()
    while (ticket := ledger.begin(key, defer=monotonic() - waited_from < rules.sibling_wait)) is None:
        yield Sleep(rules.sibling_poll)
    return ticket


def _reconcile(recovery: Recovery[T], ledger: StartLedger, ticket: _Ticket, sent_at: datetime, doubt: Doubt,
               error: Exception, rules: Rules) -> Plan[T | None]:
    """The adopted answer, or None when the records prove nothing was made."""
    since = sent_at - timedelta(seconds=rules.clock_skew)
    facts = _Facts(recovery, sent_at, _request_id(error), error)
    waited_from = monotonic()
    while ledger.siblings_sending(ticket) and monotonic() - waited_from < rules.sibling_wait:
        yield Sleep(rules.sibling_poll)  # their runs are listed before they can claim them
    for delay in rules.lookups:
        if delay > 0:
            yield Sleep(delay)
        while True:
            try:
                records: Sequence[Found[T]] = yield Send(recovery.lookup(since))
            except RevylError as lookup_error:
                raise facts.error(f"its records could not be read ({lookup_error})") from error
            candidates = _candidates(records, recovery, since, ledger)
            if not candidates:
                break
            if ledger.siblings_sending(ticket):
                raise facts.error("this client's other starts of it are still unanswered", candidates) from error
            if recovery.exact_id is None and len(candidates) > ledger.reconciling(recovery.key):
                # More new records than this client's starts that lost their answer: some are
                # someone else's, and nothing says which one is this call's.
                raise facts.error("several runs started since it was sent", candidates) from error
            chosen = candidates[0]  # the oldest: sibling reconciliations take the others
            if ledger.claim(ticket, chosen.id):
                logger.warning("the answer to the %s start was lost (%s); adopted %s, which it started",
                               recovery.kind, _short(error), chosen.id)
                return chosen.answer
            # Another call of this client claimed it first: look again.
    if doubt is Doubt.FINISHED and not ledger.siblings_sending(ticket):
        return None
    reason = ("the server may still be handling it" if doubt is Doubt.MAYBE_WORKING
              else "this client's other starts of it are still unanswered")
    raise facts.error(f"no run is listed yet, but {reason}") from error


def _candidates(records: Sequence[Found[T]], recovery: Recovery[T], since: datetime,
                ledger: StartLedger) -> list[Found[T]]:
    if recovery.exact_id is not None:
        return [record for record in records if record.id == recovery.exact_id
                and not ledger.is_claimed(recovery.key, record.id)]
    fresh = [record for record in records if record.created_at is None or _aware(record.created_at) >= since]
    unclaimed = [record for record in fresh if not ledger.is_claimed(recovery.key, record.id)]
    return sorted(unclaimed, key=lambda record: _aware(record.created_at or since))


@dataclass(frozen=True)
class _Facts:
    recovery: Recovery[Any]
    sent_at: datetime
    request_id: str | None
    cause: Exception

    def error(self, reason: str, candidates: Sequence[Found[Any]] = ()) -> RunMayHaveStartedError:
        return RunMayHaveStartedError(
            kind=self.recovery.kind, target_id=self.recovery.target_id, sent_at=self.sent_at,
            reason=reason, cause=_short(self.cause), request_id=self.request_id,
            candidates=[record.id for record in candidates], where=self.recovery.where)


def _request_id(error: Exception) -> str | None:
    """The server's id for the lost request (its answer's `x-request-id`), else the one sent."""
    response = getattr(error, "response", None)
    request = getattr(error, "request", None)
    for headers in (response.headers if isinstance(response, httpx.Response) else None,
                    request.headers if isinstance(request, httpx.Request) else None):
        if headers is not None and (value := headers.get("x-request-id")):
            return str(value)
    return None


def _short(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def wall_clock() -> datetime:
    """Now, as the server's records date things (UTC)."""
    return datetime.now(UTC)


# -- what this client has in flight and has claimed -------------------------------------------


@dataclass(eq=False)
class _Ticket:
    key: str
    sending: bool = True
    open: bool = True


@dataclass
class StartLedger:
    """This client's starts: which are awaiting their answer, which records they claimed.

    Thread-safe, shared by the sync client's threads or the async client's tasks (and by
    `with_options` copies, which share the connection pool). Claims are kept for
    `keep_claims` seconds: long after any lookup window.
    """

    keep_claims: float = 900.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _open: list[_Ticket] = field(default_factory=list)
    _claimed: dict[tuple[str, str], float] = field(default_factory=dict)

    def begin(self, key: str, *, defer: bool = False) -> _Ticket | None:
        """A ticket for a start of `key` about to be sent; None (with `defer`) while another
        start of `key` is looking for its run."""
        with self._lock:
            if defer and any(other.key == key and not other.sending for other in self._open):
                return None
            self._prune()
            ticket = _Ticket(key)
            self._open.append(ticket)
        return ticket

    def lost_answer(self, ticket: _Ticket) -> None:
        with self._lock:
            ticket.sending = False

    def end(self, ticket: _Ticket) -> None:
        with self._lock:
            if ticket.open:
                ticket.open = False
                self._open.remove(ticket)

    def claim(self, ticket: _Ticket, record_id: str) -> bool:
        """Claim `record_id` for `ticket`'s start; False when another start already has."""
        with self._lock:
            if (ticket.key, record_id) in self._claimed:
                return False
            self._claimed[(ticket.key, record_id)] = time.monotonic()
            return True

    def is_claimed(self, key: str, record_id: str) -> bool:
        with self._lock:
            return (key, record_id) in self._claimed

    def siblings_sending(self, ticket: _Ticket) -> int:
        """Other starts of the same target still awaiting their answer."""
        with self._lock:
            return sum(1 for other in self._open if other is not ticket and other.key == ticket.key and other.sending)

    def reconciling(self, key: str) -> int:
        """Starts of `key` that lost their answer and are looking for their record (this one too)."""
        with self._lock:
            return sum(1 for other in self._open if other.key == key and not other.sending)

    def _prune(self) -> None:
        horizon = time.monotonic() - self.keep_claims
        for claim in [claim for claim, at in self._claimed.items() if at < horizon]:
            del self._claimed[claim]


_LEDGERS: weakref.WeakKeyDictionary[object, StartLedger] = weakref.WeakKeyDictionary()
_LEDGERS_LOCK = threading.Lock()


def ledger_for(api: Any) -> StartLedger:
    """The ledger of `api`'s connection pool (shared by a client and its `with_options` copies)."""
    with _LEDGERS_LOCK:
        ledger = _LEDGERS.get(api.http_client)
        if ledger is None:
            ledger = _LEDGERS[api.http_client] = StartLedger()
        return ledger
