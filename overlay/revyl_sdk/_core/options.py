"""Client settings: explicit arguments first, then the environment, then defaults."""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from .._version import __version__
from .ci import detect_ci_headers
from .exceptions import RevylError
from .logging import configure_from_env

DEFAULT_BASE_URL = "https://backend.revyl.ai"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
CLIENT_NAME = "python-sdk"

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """Marks an argument the caller left out, as distinct from an explicit `None`."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class ClientOptions:
    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]

    def with_changes(
        self,
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> ClientOptions:
        changes: dict[str, Any] = {}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = as_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            changes["max_retries"] = _check_retries(max_retries)
        if default_headers:
            changes["headers"] = {**self.headers, **default_headers}
        return replace(self, **changes)


def resolve_options(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    ci_headers: bool | Mapping[str, str],
) -> ClientOptions:
    configure_from_env()
    key = api_key or os.environ.get("REVYL_API_KEY", "")
    if not key.strip():
        raise RevylError("No API key: pass api_key=... or set the REVYL_API_KEY environment variable.")
    url = base_url or os.environ.get("REVYL_BACKEND_URL") or DEFAULT_BASE_URL
    headers = {
        "User-Agent": f"revyl-sdk/{__version__} python/{platform.python_version()}",
        "X-Revyl-Client": CLIENT_NAME,
        **_ci_headers(ci_headers),
        **(default_headers or {}),
    }
    return ClientOptions(
        api_key=key.strip(),
        base_url=url.rstrip("/"),
        timeout=as_timeout(timeout),
        max_retries=_check_retries(max_retries),
        headers=headers,
    )


def _ci_headers(setting: bool | Mapping[str, str]) -> dict[str, str]:
    """True: detect from the environment; False: none; a mapping: detected, then overridden."""
    if setting is False:
        return {}
    detected = detect_ci_headers(os.environ)
    return detected if setting is True else {**detected, **setting}


def as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """`None` means the default, not "wait forever": an SDK call should never hang silently."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _check_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or max_retries < 0:
        raise RevylError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
    return max_retries
