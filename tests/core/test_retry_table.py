"""The README's retry table is the retry policy's own: rendered from `_core.retry` and compared,
and each path that applies the policy by itself (stream, uploads, polling) agrees with it.

`python tests/core/test_retry_table.py` prints the table to paste into the README.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from revyl_sdk._core.exceptions import APIStatusError, make_status_error
from revyl_sdk._core.retry import REQUEST_PATHS, RequestPath, RetryPolicy, Safety, is_transient_status
from revyl_sdk._live import wait_plan
from revyl_sdk._live.stream import MonitorSettings, StreamCore
from revyl_sdk._uploads.plan import retryable_status

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- retry-table:start -->", "<!-- retry-table:end -->"

_REQUEST = httpx.Request("GET", "https://api.test/x")
OUTCOMES: tuple[tuple[str, dict[str, object]], ...] = (
    ("never connected", {"error": httpx.ConnectError("refused", request=_REQUEST)}),
    ("timeout or reset after sending", {"error": httpx.ReadTimeout("slow", request=_REQUEST)}),
    ("408", {"response": httpx.Response(408)}),
    ("429", {"response": httpx.Response(429)}),
    ("500, 502, 503, 504", {"response": httpx.Response(500)}),
    ("501, 409, other 4xx", {"response": httpx.Response(409)}),
    ("`x-should-retry: true`", {"response": httpx.Response(409, headers={"x-should-retry": "true"})}),
    ("`x-should-retry: false`", {"response": httpx.Response(503, headers={"x-should-retry": "false"})}),
)


def _rows() -> list[tuple[str, Safety, RequestPath]]:
    rows = []
    for path in REQUEST_PATHS:
        if path.safety is None:
            rows.append((f"{path.name}: GET, HEAD, OPTIONS, PUT, DELETE", Safety.SAFE, path))
            rows.append((f"{path.name}: POST, PATCH", Safety.UNSAFE, path))
        else:
            rows.append((path.name, path.safety, path))
    return rows


def _cell(safety: Safety, path: RequestPath, outcome: dict[str, object]) -> str:
    response = outcome.get("response")
    if not path.reads_server_headers and isinstance(response, httpx.Response) and "x-should-retry" in response.headers:
        return "not read"
    return "retried" if RetryPolicy.may_retry(safety, **outcome) else "**final**"  # type: ignore[arg-type]


def render_table() -> str:
    header = ["request path", "safety", "retries", *(name for name, _ in OUTCOMES)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, safety, path in _rows():
        cells = [_cell(safety, path, outcome) for _, outcome in OUTCOMES]
        lines.append("| " + " | ".join([name, safety.value, path.budget, *cells]) + " |")
    return "\n".join(lines)


def test_readme_table_is_the_policy() -> None:
    text = README.read_text()
    found = re.search(re.escape(START) + r"\n(.*?)\n" + re.escape(END), text, re.DOTALL)
    assert found, f"README.md lacks the {START} ... {END} block"
    assert found.group(1) == render_table(), "README retry table drifted: python tests/core/test_retry_table.py"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504, 599])
def test_every_path_shares_the_transient_status_rule(status: int) -> None:
    response = httpx.Response(status, request=_REQUEST)
    transient = RetryPolicy.may_retry(Safety.SAFE, response=response)
    assert transient == is_transient_status(status) == retryable_status(status)
    error = make_status_error(response)
    assert wait_plan._is_transient(error) == transient
    core = StreamCore(MonitorSettings(reconnect_delay=0.0, reconnect_max_delay=0.0))
    if transient:
        assert core.next_delay(error) == 0.0
    else:
        with pytest.raises(APIStatusError):
            core.next_delay(error)


def test_stream_honours_the_servers_verdict_and_wait() -> None:
    core = StreamCore(MonitorSettings(reconnect_delay=5.0, reconnect_max_delay=5.0))
    refused = httpx.Response(503, headers={"x-should-retry": "false"}, request=_REQUEST)
    with pytest.raises(APIStatusError):
        core.next_delay(make_status_error(refused))
    later = httpx.Response(503, headers={"retry-after-ms": "250"}, request=_REQUEST)
    assert core.next_delay(make_status_error(later)) == 0.25


if __name__ == "__main__":
    print(render_table())
