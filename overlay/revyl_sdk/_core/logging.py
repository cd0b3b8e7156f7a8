"""`REVYL_LOG=info|debug` request logging, with secrets kept out of every line."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping

import httpx

logger = logging.getLogger("revyl_sdk")

_SECRET_QUERY = re.compile(r"signature|credential|token|policy|key|sig$", re.IGNORECASE)
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-amz-security-token"})


def configure_from_env() -> None:
    """Attach a stderr handler at the level `REVYL_LOG` names, once per process."""
    level = os.environ.get("REVYL_LOG", "").strip().upper()
    if level not in ("INFO", "DEBUG") or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def redact_url(url: httpx.URL | str) -> str:
    """The URL with signature-like query values hidden: presigned URLs carry them there."""
    parsed = httpx.URL(str(url))
    if not parsed.query:
        return str(parsed)
    params = [
        (name, "REDACTED" if _SECRET_QUERY.search(name) else value) for name, value in parsed.params.multi_items()
    ]
    return str(parsed.copy_with(params=params))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: "<redacted>" if name.lower() in _SECRET_HEADERS else value for name, value in headers.items()}


class _RedactPresignedURLs(logging.Filter):
    """httpx logs each request URL at INFO, and a presigned URL's query holds its signature."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


def redact_httpx_logs() -> None:
    """Make httpx's own request log lines hide signatures too (idempotent, process-wide)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(existing, _RedactPresignedURLs) for existing in httpx_logger.filters):
        httpx_logger.addFilter(_RedactPresignedURLs())
