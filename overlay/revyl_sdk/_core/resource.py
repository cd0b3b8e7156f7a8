"""Base classes of the API-area resources (`client.tests`, `client.apps`, ...).

A resource module imports only the SDK's light core at its top. Generated operations and
models, and the machinery of waits, uploads, reports and devices, are imported inside the
functions that build a call: touching `client.tests` costs almost nothing, and the first
call loads only what it sends and reads (`make bench` measures this).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from .options import TimeoutTypes

if TYPE_CHECKING:
    from .._client import AsyncRevyl, Revyl


class RequestOptions(TypedDict, total=False):
    """Per-call overrides every method accepts.

    `extra_query` and `extra_body` are merged into the query string and the JSON body as
    given, unchecked: the way to send a parameter or field the pinned spec does not know yet
    (typed options are still checked, and a misspelt one refused).
    """

    timeout: TimeoutTypes
    extra_headers: dict[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


class SyncResource:
    def __init__(self, client: Revyl) -> None:
        self._client = client
        self._api = client._api


class AsyncResource:
    def __init__(self, client: AsyncRevyl) -> None:
        self._client = client
        self._api = client._api


_REQUEST_OPTION_KEYS = frozenset(RequestOptions.__annotations__)


def split_request_options(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(API body fields without the unset ones, per-call request options) from `**options`."""
    body = {k: v for k, v in options.items() if k not in _REQUEST_OPTION_KEYS and v is not None}
    request = {k: v for k, v in options.items() if k in _REQUEST_OPTION_KEYS}
    return body, request
