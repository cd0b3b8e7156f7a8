"""The emulator survives a spec-driven fuzzer: no 5xx, no hang, every answer per the spec.

schemathesis runs its examples, coverage and fuzzing phases over every route the emulator
serves (`_fuzz_spec.fuzz_document`), valid and invalid inputs alike, each request with a
timeout. Undocumented 401/404/409 answers (and FastAPI's own 400 and 405) are accepted only
in Revyl's `{"detail": ...}` error form, the backend's documented error format. The seed is fixed so CI runs are
reproducible; set REVYL_FUZZ_SEED and REVYL_FUZZ_EXAMPLES to fuzz wider locally, and
REVYL_FUZZ_PHASES (default "examples,coverage,fuzzing") to run fewer phases: coverage, the
edge cases of every parameter, is most of the run's time.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from _fuzz_spec import fuzz_document
from revyl_sdk.testing import RevylEmulator
from schemathesis.engine import events, from_schema

EXAMPLES = int(os.environ.get("REVYL_FUZZ_EXAMPLES", "25"))
SEED = int(os.environ.get("REVYL_FUZZ_SEED", "20261129"))
FUZZ_PHASES = ("examples", "coverage", "fuzzing")
PHASES = os.environ.get("REVYL_FUZZ_PHASES", ",".join(FUZZ_PHASES)).split(",")
REQUEST_TIMEOUT = 5.0
PROBE_EVERY = 5.0  # seconds between liveness probes while the fuzzer runs
# Answers FastAPI gives the same way on Revyl's backend: the HTTPExceptions 401, 404, 409 and
# 400 (also FastAPI's "There was an error parsing the body"), and 405 for a method a route lacks.
DETAIL_STATUSES = (400, 401, 404, 405, 409)


@schemathesis.check
def revyl_status_codes(ctx: schemathesis.CheckContext, response: schemathesis.Response,
                       case: schemathesis.Case) -> bool | None:
    """A documented status, or one of DETAIL_STATUSES with the backend's `{"detail": ...}` body
    (text, or an object such as reports-v3's `{"message", "use_legacy"}`: BEHAVIOR.md)."""
    documented = case.operation.responses.status_codes
    if "default" in documented or str(response.status_code) in documented:
        return None
    assert response.status_code in DETAIL_STATUSES, (
        f"undocumented status {response.status_code} (documented: {', '.join(documented)})")
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    assert isinstance(body, dict) and isinstance(body.get("detail"), str | dict) and body["detail"], (
        f"{response.status_code} without a {{\"detail\": ...}} body: {response.content[:200]!r}")
    return None


@dataclass
class FuzzRun:
    """What the fuzzer did and found."""

    cases: Counter[str] = field(default_factory=Counter)  # generated test cases per phase
    operations: set[str] = field(default_factory=set)
    requests: int = 0
    failures: dict[tuple[str, str], str] = field(default_factory=dict)  # (operation, check) -> first
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def record(self, finished: events.ScenarioFinished) -> None:
        recorder = finished.recorder
        self.cases[finished.phase.value] += len(recorder.cases)
        self.requests += len(recorder.interactions)
        if recorder.interactions:
            self.operations.add(recorder.label)
        for checks in recorder.checks.values():
            for check in checks:
                if check.failure_info is not None:
                    info = check.failure_info
                    self.failures.setdefault((recorder.label, check.name),
                                             f"{info.failure.title}: {info.failure.message}\n"
                                             f"{info.code_sample}")


def fuzz(emulator: RevylEmulator, document: dict[str, Any]) -> FuzzRun:
    config = schemathesis.Config.from_dict({
        "base-url": emulator.base_url,
        "headers": {"Authorization": f"Bearer {emulator.api_key}"},
        "request-timeout": REQUEST_TIMEOUT,
        "max-stream-events": 5,
        "seed": SEED,
        "generation": {"max-examples": EXAMPLES, "mode": "all"},
        "phases": {**{phase: {"enabled": phase in PHASES} for phase in FUZZ_PHASES},
                   "stateful": {"enabled": False}},
        "checks": {"enabled": False, "not_a_server_error": {"enabled": True},
                   "response_schema_conformance": {"enabled": True},
                   "content_type_conformance": {"enabled": True},
                   "revyl_status_codes": {"enabled": True}},
    })
    run = FuzzRun()
    started = last_probe = time.monotonic()
    stream = from_schema(schemathesis.openapi.from_dict(document, config=config)).execute()
    for event in stream:
        if isinstance(event, events.ScenarioFinished):
            run.record(event)
        elif isinstance(event, events.NonFatalError | events.FatalError):
            run.errors.append(f"{getattr(event, 'label', '')}: {event.info.format()}")
        if not stream.stop_event.is_set() and time.monotonic() - last_probe > PROBE_EVERY:
            last_probe = time.monotonic()
            if not answers(emulator):  # a wedged emulator would make every later request time out
                run.errors.append(f"the emulator stopped answering after {run.requests} requests")
                stream.stop()
    run.seconds = time.monotonic() - started
    return run


def answers(emulator: RevylEmulator) -> bool:
    """Whether the emulator still answers a plain request at once."""
    try:
        return httpx.get(f"{emulator.base_url}/health_check", timeout=2).json() == {"status": "OK"}
    except httpx.HTTPError:
        return False


def test_the_fuzzer_finds_no_failure_on_any_route() -> None:
    assert PHASES and set(PHASES) <= set(FUZZ_PHASES), f"REVYL_FUZZ_PHASES: choose from {', '.join(FUZZ_PHASES)}"
    document = fuzz_document()
    operations = {f"{method.upper()} {path}" for path, item in document["paths"].items()
                  for method in item if method != "parameters"}
    # Every stream ends after its snapshot, so the fuzzer reads whole answers.
    with RevylEmulator(heartbeat_seconds=1.0) as emulator:
        emulator.drop_stream(after_events=0, times=1_000_000)
        run = fuzz(emulator, document)
        print(f"\nfuzzed {len(run.operations)}/{len(operations)} operations: "
              f"{dict(run.cases)} cases, {run.requests} requests, {run.seconds:.0f}s (seed {SEED})")
        assert not run.errors, "\n\n".join(run.errors)
        assert not run.failures, "\n\n".join(f"{op} [{check}] {text}"
                                             for (op, check), text in sorted(run.failures.items()))
        assert run.operations == operations, sorted(operations - run.operations)
        assert answers(emulator)
        listed = httpx.get(f"{emulator.base_url}/api/v1/apps/", timeout=2,
                           headers={"Authorization": f"Bearer {emulator.api_key}"})
        assert listed.status_code == 200 and "items" in listed.json()
