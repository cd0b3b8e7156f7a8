"""A scripted runner for the upload flow: step the plan by hand, check each effect it
yields, feed it the outcome (as h11's tests drive its protocol). No server, no threads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from revyl_sdk._core.effects import Gather, Plan, Send, Sleep
from revyl_sdk._core.exceptions import make_status_error
from revyl_sdk._uploads.effects import PutRange, RawResponse

E = TypeVar("E")
_RUNNING = object()

# What a scripted object store answers one PUT with: a response, or an error to throw in.
PartAnswer = Callable[[PutRange], RawResponse | Exception]


class Script:
    """`script.expect(Kind)` checks the effect the plan yielded; `answer`/`fail` feed the outcome.

    An error the plan ends with propagates out of the call that fed it.
    """

    def __init__(self, plan: Plan[Any]) -> None:
        self._plan = plan
        self.effect: object = None
        self.result: Any = _RUNNING
        self._step(lambda: next(plan))

    def _step(self, advance: Callable[[], object]) -> None:
        try:
            self.effect = advance()
        except StopIteration as done:
            self.effect, self.result = None, done.value

    @property
    def finished(self) -> bool:
        return self.result is not _RUNNING

    def expect(self, kind: type[E]) -> E:
        assert isinstance(self.effect, kind), (
            f"expected {kind.__name__}, the plan {'returned' if self.finished else 'yielded'} "
            f"{self.result if self.finished else self.effect!r}")
        return self.effect

    def expect_send(self, method: str, path_end: str) -> Send[Any]:
        """The plan sent `method` to a Revyl path ending in `path_end`."""
        send = self.expect(Send)
        request = send.call.request
        assert (request["method"].upper(), True) == (method, request["url"].endswith(path_end)), (
            f"expected {method} …{path_end}, got {request['method'].upper()} {request['url']}")
        return send

    def answer(self, value: object = None) -> None:
        self._step(lambda: self._plan.send(value))

    def fail(self, error: BaseException) -> None:
        self._step(lambda: self._plan.throw(error))

    def answer_api(self, method: str, path_end: str, status: int, payload: object) -> None:
        """The Revyl API answered the expected request with `status` and the JSON `payload`."""
        send = self.expect_send(method, path_end)
        response = httpx.Response(status, json=payload,
                                  request=httpx.Request(method, "https://api.test" + send.call.request["url"]))
        if status >= 400:
            self.fail(make_status_error(response))
        else:
            self.answer(send.call.parse(response))


def store(status: int, body: str = "", etag: str | None = None) -> RawResponse:
    return RawResponse(status, etag, body)


def run_parts(script: Script, answer: PartAnswer, log: list[PutRange] | None = None) -> Gather:
    """Carry out the `Gather` of part PUTs the plan yielded: each part's PUTs get `answer`,
    its retry sleeps pass at once. Results go back in order; the first part to fail has its
    error thrown back, as the runtime does. Returns the Gather (to check its limit)."""
    gathered = script.expect(Gather)
    results: list[object] = []
    failure: BaseException | None = None
    for plan in gathered.plans:
        part = Script(plan)
        try:
            while not part.finished:
                if isinstance(part.effect, Sleep):
                    part.answer()
                    continue
                put = part.expect(PutRange)
                if log is not None:
                    log.append(put)
                outcome = answer(put)
                if isinstance(outcome, Exception):
                    part.fail(outcome)
                else:
                    part.answer(outcome)
        except Exception as error:  # the part's failure goes to the flow
            failure = error
            break
        results.append(part.result)
    for plan in gathered.plans:
        plan.close()
    if failure is not None:
        script.fail(failure)
    else:
        script.answer(results)
    return gathered
