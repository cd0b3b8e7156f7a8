"""Cassette settings: replay by default, and nothing secret is ever written to a cassette.

`make record` re-records against `REVYL_BACKEND_URL` with `REVYL_API_KEY`; in replay the
host is not matched, so the cassettes replay whatever backend they were recorded from.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from revyl_sdk._core.logging import redact_url

SECRET_HEADERS = ("authorization", "cookie", "set-cookie", "x-amz-security-token")
REPLAY_KEY = "replay-key"


def _scrub_request(request: Any) -> Any:
    for name in list(request.headers):
        if name.lower() in SECRET_HEADERS:
            request.headers[name] = "REDACTED"
    request.uri = redact_url(request.uri)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        name: value for name, value in response["headers"].items() if name.lower() not in SECRET_HEADERS
    }
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "query", "body"],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def backend(record_mode: str) -> tuple[str, str]:
    """(base URL, API key): the real ones when recording, placeholders when replaying."""
    if record_mode == "none":
        return "https://backend.revyl.ai", REPLAY_KEY
    url, key = os.environ.get("REVYL_BACKEND_URL"), os.environ.get("REVYL_API_KEY")
    if not url or not key:
        pytest.fail("Recording needs REVYL_BACKEND_URL and REVYL_API_KEY")
    return url, key
