"""A scripted runner: steps a plan by hand, so a test plays every outcome (as h11 tests its protocol).

The test reads the effect the plan yields (`effect`), checks it, and answers it (`answer`,
`fail`, `interrupt`); `Sleep`s it asks for are recorded and move the plan's clock, which the
test installs with `clock.install(monkeypatch, module)`. No server, no threads, no waiting.
"""

from __future__ import annotations

from typing import Any

import pytest
from revyl_sdk._core.effects import Plan, Send, Sleep


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

    def sent(self) -> str:
        """The URL of the request the plan asks to send now (asserting that it asks for one)."""
        assert isinstance(self.effect, Send), f"expected a Send, the plan yielded {self.effect!r}"
        return str(self.effect.call.request["url"])

    def expect_send(self, url_part: str) -> Send[Any]:
        assert url_part in self.sent(), f"expected a request to {url_part!r}, got {self.sent()!r}"
        return self.effect  # type: ignore[no-any-return]

    def expect_sleep(self) -> float:
        assert isinstance(self.effect, Sleep), f"expected a Sleep, the plan yielded {self.effect!r}"
        return self.effect.seconds
