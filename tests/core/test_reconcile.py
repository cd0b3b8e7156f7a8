"""The reconciliation rules of a start whose answer was lost, fed outcomes without a server.

`start_once` is a plan: it yields `Send(call)` / `Sleep(s)` and receives answers or errors.
Each test plays the server's part by hand, so every rule is checked fast and exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from revyl_sdk import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError, RunMayHaveStartedError
from revyl_sdk._core.base_client import APICall
from revyl_sdk._core.effects import Plan, Send, Sleep
from revyl_sdk._core.exceptions import make_status_error
from revyl_sdk._core.reconcile import Found, Recovery, Rules, StartLedger, start_once

REQUEST = httpx.Request("POST", "https://api.test/api/v1/execution/api/execute_test_id_async")
START: APICall[str] = APICall(request={"method": "post", "url": "/start"}, parse=lambda response: "unused")
RULES = Rules(lookups=(0.0, 0.5), clock_skew=2.0, resends=2, sibling_wait=0.2, sibling_poll=0.05)


def status(code: int, **headers: str) -> InternalServerError | RateLimitError:
    error = make_status_error(httpx.Response(code, json={"detail": "boom"}, headers=headers, request=REQUEST))
    assert isinstance(error, InternalServerError | RateLimitError)
    return error


def transport(cause: httpx.TransportError) -> APIConnectionError:
    error = (APITimeoutError(request=REQUEST) if isinstance(cause, httpx.TimeoutException)
             else APIConnectionError("Connection error", request=REQUEST))
    error.__cause__ = cause
    return error


@dataclass
class Lookup:
    """The records call the plan sends; `since` is what it asked for."""

    since: datetime


def recovery(exact_id: str | None = None) -> Recovery[str]:
    def lookup(since: datetime) -> APICall[Sequence[Found[str]]]:
        return APICall(request={"method": "get", "url": "/history"}, parse=lambda response: [],
                       extra_headers={"since": since.isoformat()})

    return Recovery("test", "T1", lookup, id_of=lambda answer: answer, exact_id=exact_id,
                    where="client.tests.history('T1')")


def record(task_id: str, *, age: float = -0.1) -> Found[str]:
    """A run created `-age` seconds after now (negative age: after the start was sent)."""
    return Found(task_id, datetime.now(UTC) - timedelta(seconds=age), task_id)


class Server:
    """Steps a plan: `expect_start`, `expect_lookup`, `expect_sleep` check what it yields."""

    def __init__(self, plan: Plan[str]) -> None:
        self.plan = plan
        self.effect: Any = next(plan)
        self.result: str | None = None

    def _feed(self, value: Any = None, error: BaseException | None = None) -> None:
        try:
            self.effect = self.plan.throw(error) if error is not None else self.plan.send(value)
        except StopIteration as done:
            self.effect, self.result = None, done.value

    def expect_start(self, *, answer: str | None = None, error: BaseException | None = None) -> None:
        assert isinstance(self.effect, Send) and self.effect.call is START, self.effect
        self._feed(answer, error)

    def expect_lookup(self, records: Sequence[Found[str]] = (), *, error: BaseException | None = None) -> datetime:
        assert isinstance(self.effect, Send) and self.effect.call.request["url"] == "/history", self.effect
        since = datetime.fromisoformat(self.effect.call.extra_headers["since"])
        self._feed(list(records), error)
        return since

    def expect_sleep(self) -> float:
        assert isinstance(self.effect, Sleep), self.effect
        seconds = self.effect.seconds
        self._feed()
        return seconds

    def done(self) -> str | None:
        assert self.effect is None, f"the plan still wants {self.effect}"
        return self.result


def plan(ledger: StartLedger | None = None, exact_id: str | None = None) -> Server:
    return Server(start_once(START, recovery(exact_id), ledger or StartLedger(), RULES))


def test_an_answered_start_is_sent_once_and_claimed() -> None:
    ledger = StartLedger()
    server = plan(ledger)
    server.expect_start(answer="run-1")
    assert server.done() == "run-1" and ledger.is_claimed("test:T1", "run-1")


@pytest.mark.parametrize("error", [status(500), status(502), status(503)])
def test_a_5xx_after_the_run_was_made_adopts_it_without_resending(error: Exception) -> None:
    server = plan()
    server.expect_start(error=error)
    since = server.expect_lookup([record("run-1")])
    assert server.done() == "run-1"
    assert since <= datetime.now(UTC) - timedelta(seconds=RULES.clock_skew) + timedelta(seconds=1)


def test_a_5xx_with_no_run_listed_after_every_look_is_sent_once_more() -> None:
    server = plan()
    server.expect_start(error=status(500))
    server.expect_lookup([])
    assert server.expect_sleep() == 0.5  # a new run takes a moment to be listed
    server.expect_lookup([])
    server.expect_start(answer="run-2")
    assert server.done() == "run-2"


def test_a_run_listed_only_at_the_second_look_is_adopted() -> None:
    server = plan()
    server.expect_start(error=status(503))
    server.expect_lookup([])
    server.expect_sleep()
    server.expect_lookup([record("run-1")])
    assert server.done() == "run-1"


def test_runs_older_than_the_start_are_not_candidates() -> None:
    server = plan()
    server.expect_start(error=status(500))
    server.expect_lookup([record("old", age=60)])
    server.expect_sleep()
    server.expect_lookup([record("old", age=60)])
    server.expect_start(answer="run-2")
    assert server.done() == "run-2"


def test_a_run_within_the_clock_skew_before_sending_is_a_candidate() -> None:
    server = plan()
    server.expect_start(error=status(500))
    server.expect_lookup([record("skewed", age=1.0)])  # the server's clock is 1 s behind ours
    assert server.done() == "skewed"


@pytest.mark.parametrize("cause", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"),
                                   httpx.ReadError("reset"), httpx.WriteTimeout("stuck")])
def test_a_lost_answer_after_sending_adopts_the_listed_run(cause: httpx.TransportError) -> None:
    server = plan()
    server.expect_start(error=transport(cause))
    server.expect_lookup([record("run-1")])
    assert server.done() == "run-1"


@pytest.mark.parametrize("error", [transport(httpx.ReadTimeout("slow")), status(504)])
def test_a_timeout_with_no_run_listed_is_never_resent(error: Exception) -> None:
    """The server may still be working on the request: no record is not proof of no run."""
    server = plan()
    server.expect_start(error=error)
    server.expect_lookup([])
    server.expect_sleep()
    with pytest.raises(RunMayHaveStartedError) as raised:
        server.expect_lookup([])
    facts = raised.value
    assert facts.kind == "test" and facts.target_id == "T1" and facts.candidates == []
    assert facts.where == "client.tests.history('T1')" and "may still be handling it" in str(facts)
    assert abs((datetime.now(UTC) - facts.sent_at).total_seconds()) < 60
    assert facts.__cause__ is error


def test_several_new_runs_cannot_be_told_apart() -> None:
    server = plan()
    server.expect_start(error=status(500, **{"x-request-id": "req-42"}))
    with pytest.raises(RunMayHaveStartedError) as raised:
        server.expect_lookup([record("run-a"), record("run-b")])
    assert raised.value.candidates == ["run-a", "run-b"] and raised.value.request_id == "req-42"
    assert "req-42" in str(raised.value) and "run-a, run-b" in str(raised.value)


def test_records_that_cannot_be_read_leave_it_unknowable() -> None:
    server = plan()
    server.expect_start(error=status(500))
    with pytest.raises(RunMayHaveStartedError, match="could not be read"):
        server.expect_lookup(error=status(503))


@pytest.mark.parametrize("error", [status(429), make_status_error(httpx.Response(400, request=REQUEST)),
                                   transport(httpx.ConnectError("refused")), transport(httpx.PoolTimeout("full"))])
def test_failures_the_server_cannot_have_acted_on_are_raised_as_they_are(error: Exception) -> None:
    server = plan()
    with pytest.raises(type(error)) as raised:
        server.expect_start(error=error)
    assert raised.value is error


def test_after_the_resend_budget_the_servers_error_stands() -> None:
    server = plan()
    for _ in range(RULES.resends):
        server.expect_start(error=status(500))
        server.expect_lookup([])
        server.expect_sleep()
        server.expect_lookup([])
    last = status(500)
    server.expect_start(error=last)
    server.expect_lookup([])
    server.expect_sleep()
    with pytest.raises(InternalServerError) as raised:
        server.expect_lookup([])
    assert raised.value is last  # 3 starts, each proved not to have made a run


def test_a_run_claimed_by_another_call_of_this_client_is_not_adopted() -> None:
    ledger = StartLedger()
    other = plan(ledger)
    other.expect_start(answer="run-1")  # this client's other call got its answer: run-1 is its
    server = plan(ledger)
    server.expect_start(error=status(500))
    server.expect_lookup([record("run-1")])
    server.expect_sleep()
    server.expect_lookup([record("run-1")])
    server.expect_start(answer="run-2")
    assert server.done() == "run-2"


def test_two_calls_that_both_lost_their_answers_take_one_run_each() -> None:
    ledger = StartLedger()
    first, second = plan(ledger), plan(ledger)
    first.expect_start(error=status(500))
    assert isinstance(first.effect, Sleep)  # the second is still awaiting its answer
    second.expect_start(error=status(500))
    runs = [record("run-1"), record("run-2", age=-0.2)]
    assert second.expect_lookup(runs) and second.done() == "run-1"  # the oldest
    first.expect_sleep()
    first.expect_lookup(runs)
    assert first.done() == "run-2"


def test_a_sibling_still_awaiting_its_answer_is_waited_for() -> None:
    ledger = StartLedger()
    sending = plan(ledger)  # sent, no answer yet: its run may already be listed
    server = plan(ledger)
    server.expect_start(error=status(500))
    assert server.expect_sleep() == RULES.sibling_poll
    sending.expect_start(answer="run-1")
    server.expect_sleep()
    server.expect_lookup([record("run-1")])  # run-1 is claimed by now
    server.expect_sleep()
    server.expect_lookup([record("run-1")])
    server.expect_start(answer="run-2")
    assert server.done() == "run-2"


def test_a_sibling_that_never_answers_makes_it_unknowable(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(range(100))
    monkeypatch.setattr("revyl_sdk._core.reconcile.monotonic", lambda: float(next(clock)) / 10)
    ledger = StartLedger()
    sending = plan(ledger)  # sent, never answered (kept: a plan closed unanswered ends its ticket)
    server = plan(ledger)
    server.expect_start(error=status(500))
    while isinstance(server.effect, Sleep):
        server.expect_sleep()
    with pytest.raises(RunMayHaveStartedError, match="still unanswered") as raised:
        server.expect_lookup([record("run-x")])
    assert raised.value.candidates == ["run-x"]
    del sending


def test_with_a_client_chosen_id_only_that_record_is_the_starts() -> None:
    server = plan(exact_id="sess-1")
    server.expect_start(error=status(502))
    server.expect_lookup([record("someone-else"), record("sess-1", age=30)])  # exact: age does not matter
    assert server.done() == "sess-1"


def test_with_a_client_chosen_id_other_records_do_not_block_a_resend() -> None:
    server = plan(exact_id="sess-1")
    server.expect_start(error=status(500))
    server.expect_lookup([record("someone-else")])
    server.expect_sleep()
    server.expect_lookup([record("someone-else")])
    server.expect_start(answer="sess-1")
    assert server.done() == "sess-1"


def test_an_interruption_while_looking_goes_on_and_frees_the_ticket() -> None:
    ledger = StartLedger()
    server = plan(ledger)
    server.expect_start(error=status(500))
    server.expect_lookup([])
    assert isinstance(server.effect, Sleep)
    with pytest.raises(KeyboardInterrupt):
        server.plan.throw(KeyboardInterrupt())
    assert ledger.reconciling("test:T1") == 0


def test_a_new_start_of_the_same_target_waits_while_another_looks_for_its_run() -> None:
    ledger = StartLedger()
    looking = plan(ledger)
    looking.expect_start(error=status(500))
    assert isinstance(looking.effect, Send)  # about to read the records
    newcomer = plan(ledger)
    assert isinstance(newcomer.effect, Sleep)  # its run would look like the lost one
    looking.expect_lookup([record("run-1")])
    assert looking.done() == "run-1"
    newcomer.expect_sleep()
    newcomer.expect_start(answer="run-2")
    assert newcomer.done() == "run-2"
