"""The upload flow's side of the scripted runner (tests/_scripted.py): object-store answers
and the part PUTs a flow gathers, played without a server or threads."""

from __future__ import annotations

from collections.abc import Callable

from _scripted import Script
from revyl_sdk._core.effects import Gather, Sleep
from revyl_sdk._uploads.effects import PutRange, RawResponse

# What a scripted object store answers one PUT with: a response, or an error to throw in.
PartAnswer = Callable[[PutRange], RawResponse | Exception]


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
            while not part.done:
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
