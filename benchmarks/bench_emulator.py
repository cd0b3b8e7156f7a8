"""The emulator under hostile input and keep-alive traffic, against plain requests in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx
from revyl_sdk.testing import RevylEmulator

Row = tuple[str, float, float, str]  # (what, measured, baseline, goal)

_ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 10))
_VALID = ("test:\n  metadata: {name: Login, platform: android}\n  blocks:\n"
          "    - type: instructions\n      step_description: Tap login\n")


def _median_ms(call: Callable[[], httpx.Response], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def hostile_inputs(rounds: int = 5) -> list[Row]:
    """Bad inputs must get their 4xx at once: each against a valid conversion request."""
    with RevylEmulator() as emulator, httpx.Client(
            base_url=emulator.base_url, timeout=60,
            headers={"Authorization": f"Bearer {emulator.api_key}"}) as http:
        def convert(text: str) -> Callable[[], httpx.Response]:
            return lambda: http.post("/api/v1/tests/yaml/conversion/yaml-to-blocks",
                                     json={"yaml_content": text})

        baseline = _median_ms(convert(_VALID), rounds)
        huge = b'{"yaml_content": "' + b"x" * (9 * 1024 * 1024) + b'"}'
        cases = {
            "YAML without a `test` root (was an endless loop)": convert("foo: 1"),
            "alias bomb (10^10 nodes expanded)": convert(_ALIAS_BOMB),
            "YAML nested 5,000 deep": convert("[" * 5000 + "]" * 5000),
            "9 MiB body": lambda: http.post("/api/v1/tests/yaml/validate-yaml", content=huge,
                                            headers={"Content-Type": "application/json"}),
        }
        return [(f"emulator 4xx (ms): {name} vs valid YAML", _median_ms(call, rounds), baseline,
                 "answered in < 1 s") for name, call in cases.items()]


def keep_alive_latency(rounds: int = 50) -> Row:
    """A request on a kept-alive connection must not wait on Nagle (it cost ~40 ms each)."""
    with RevylEmulator() as emulator, httpx.Client(base_url=emulator.base_url) as http:
        http.get("/health_check")
        kept = _median_ms(lambda: http.get("/health_check"), rounds)
        fresh = _median_ms(lambda: http.get("/health_check", headers={"Connection": "close"}), rounds)
    return ("emulator request on a kept-alive connection (ms) vs a new connection", kept, fresh,
            "<= 1x")
