"""A scripted runner: steps a plan by hand, so a test plays every outcome (as h11 tests its protocol).

The test reads the effect the plan yields (`effect`), checks it, and answers it (`answer`,
`fail`, `interrupt`); `Sleep`s it asks for are recorded and move the plan's clock, which the
test installs with `clock.install(monkeypatch, module)`. No server, no threads, no waiting.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
import pytest
from revyl_sdk._core.effects import Plan, Send, Sleep
from revyl_sdk._core.exceptions import make_status_error

E = TypeVar("E")


class Clock:
    """The plans' `monotonic`, moved only by the `Sleep`s the script answers."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def install(self, monkeypatch: pytest.MonkeyPatch, *modules: object) -> None:
        for module in modules:
            monkeypatch.setattr(module, "monotonic", self)


class Script:
    """Steps `plan`: each yielded effect waits in `effect` until the test answers it."""

    def __init__(self, plan: Plan[Any], clock: Clock | None = None) -> None:
        self.plan = plan
        self.clock = clock or Clock()
        self.slept: list[float] = []
        self.done = False
        self.result: Any = None
        self.effect: Any = self._step(lambda: next(plan))

    def _step(self, advance: Any) -> Any:
        try:
            return advance()
        except StopIteration as finished:
            self.done, self.result = True, finished.value
            return None

    def answer(self, value: Any = None) -> Any:
        """Give the current effect `value` as its outcome; the next effect."""
        assert not self.done, "the plan has already returned"
        if isinstance(self.effect, Sleep):
            self.slept.append(self.effect.seconds)
            self.clock.now += max(0.0, self.effect.seconds)
        self.effect = self._step(lambda: self.plan.send(value))
        return self.effect

    def fail(self, error: BaseException) -> Any:
        """Throw `error` into the plan as the current effect's outcome; the next effect."""
        assert not self.done, "the plan has already returned"
        self.effect = self._step(lambda: self.plan.throw(error))
        return self.effect

    def expect(self, kind: type[E]) -> E:
        """The current effect, asserting that it is a `kind`."""
        assert isinstance(self.effect, kind), (
            f"expected {kind.__name__}, the plan {'returned ' + repr(self.result) if self.done else 'yielded'}"
            f"{'' if self.done else ' ' + repr(self.effect)}")
        return self.effect

    def sent(self) -> str:
        """The URL of the request the plan asks to send now (asserting that it asks for one)."""
        return str(self.expect(Send).call.request["url"])

    def expect_send(self, url_part: str, *, method: str | None = None) -> Send[Any]:
        """The plan sends a request to a URL containing `url_part` (with `method`, if given)."""
        send = self.expect(Send)
        request = send.call.request
        assert url_part in request["url"] and method in (None, request["method"].upper()), (
            f"expected {method or 'a request'} to …{url_part}, got {request['method'].upper()} {request['url']}")
        return send

    def answer_api(self, method: str, url_part: str, status: int, payload: object) -> Any:
        """Revyl answered the expected request with `status` and the JSON `payload`: the plan
        gets it parsed, or the error the client raises for it; the next effect."""
        send = self.expect_send(url_part, method=method)
        response = httpx.Response(status, json=payload,
                                  request=httpx.Request(method, "https://api.test" + send.call.request["url"]))
        if status >= 400:
            return self.fail(make_status_error(response))
        return self.answer(send.call.parse(response))

    def expect_sleep(self) -> float:
        assert isinstance(self.effect, Sleep), f"expected a Sleep, the plan yielded {self.effect!r}"
        return self.effect.seconds
