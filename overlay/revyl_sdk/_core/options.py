"""Client settings: explicit arguments first, then the environment, then defaults."""

from __future__ import annotations

import os
import platform
from collections.abc import Callable, Mapping
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
ApiKey = str | Callable[[], str]


class NotGiven:
    """Marks an argument the caller left out, as distinct from an explicit `None`."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class ClientOptions:
    api_key: ApiKey = field(repr=False)  # a callable is read per request (rotating credentials)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]

    def current_api_key(self) -> str:
        """The key to send now; a callable's answer is checked but never shown."""
        if isinstance(self.api_key, str):
            return self.api_key
        key = self.api_key()
        if not isinstance(key, str) or not key.strip():
            got = "an empty string" if isinstance(key, str) else type(key).__name__
            raise RevylError(f"api_key callable returned {got}, not an API key")
        return key.strip()

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
    api_key: ApiKey | None,
    base_url: str | None,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    ci_headers: bool | Mapping[str, str],
    http_client_timeout: httpx.Timeout | None = None,
) -> ClientOptions:
    """Every setting checked here, before any request: a mistake is one RevylError naming it.

    `timeout`: NOT_GIVEN means the user's `http_client`'s own timeout when one is given,
    else `DEFAULT_TIMEOUT`; `None` means no timeout at all.
    """
    configure_from_env()
    key = _check_api_key(api_key if api_key is not None else os.environ.get("REVYL_API_KEY", ""))
    url = check_base_url(base_url or os.environ.get("REVYL_BACKEND_URL") or DEFAULT_BASE_URL)
    headers = {
        "User-Agent": f"revyl-sdk/{__version__} python/{platform.python_version()}",
        "X-Revyl-Client": CLIENT_NAME,
        **_ci_headers(ci_headers),
        **(default_headers or {}),
    }
    resolved = http_client_timeout or DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else as_timeout(timeout)
    return ClientOptions(
        api_key=key,
        base_url=url,
        timeout=resolved,
        max_retries=_check_retries(max_retries),
        headers=headers,
    )


def _check_api_key(key: object) -> ApiKey:
    if callable(key):
        return key
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a string or a callable returning one, got {type(key).__name__}")
    if not key.strip():
        raise RevylError("No API key: pass api_key=... or set the REVYL_API_KEY environment variable.")
    return key.strip()


def check_base_url(value: str) -> str:
    """The server's root URL, or a RevylError naming what to pass instead."""
    url = value.strip().rstrip("/")
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise RevylError(f"base_url needs a scheme and a host, got {value!r}: pass "
                         f"base_url={'http://' + url.split('://')[-1]!r} (or https://)")
    root = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
    if parsed.query or parsed.fragment:
        raise RevylError(f"base_url must not have a query or fragment, got {value!r}: pass base_url={root!r}")
    path = parsed.path.rstrip("/")
    if path == "/api" or path.endswith(("/api", "/api/v1")) or "/api/v1/" in path:
        prefix = path[: path.find("/api")]
        raise RevylError(f"base_url is the server's root, without the API's path, got {value!r}: "
                         f"pass base_url={root + prefix!r}")
    return url


def _ci_headers(setting: bool | Mapping[str, str]) -> dict[str, str]:
    """True: detect from the environment; False: none; a mapping: detected, then overridden."""
    if setting is False:
        return {}
    detected = detect_ci_headers(os.environ)
    return detected if setting is True else {**detected, **setting}


def as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """seconds, an `httpx.Timeout`, or `None`: no timeout (as httpx and openai-python mean it)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
        raise RevylError(f"timeout must be seconds > 0, an httpx.Timeout or None (no timeout), got {timeout!r}")
    return httpx.Timeout(timeout)


def _check_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or max_retries < 0:
        raise RevylError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
    return max_retries
