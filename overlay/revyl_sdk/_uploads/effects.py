"""The object-store requests an upload asks for: effects of its own beside the core ones.

The upload flow is a plan (`_core.effects`): it yields `Send`, `Sleep`, `Blocking` and
`Gather` like every plan, plus these two, which go to presigned URLs without Revyl's auth;
`store_io` performs them as `_core.runtime` handlers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

import httpx

from .._core.effects import Plan

__all__ = ["PutRange", "RawResponse", "SendRaw", "put_range", "send_raw"]


@dataclass(frozen=True)
class SendRaw:
    """A request to a presigned object-store URL (no Revyl auth) -> `RawResponse`."""

    method: str
    url: str = field(repr=False)
    timeout: httpx.Timeout
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PutRange:
    """PUT bytes [offset, offset+length) of the upload to a presigned URL -> `RawResponse`.

    The handler streams the range from disk and reports progress under `progress_key`.
    """

    url: str = field(repr=False)
    offset: int
    length: int
    timeout: httpx.Timeout
    progress_key: int
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RawResponse:
    """What the upload logic needs from an object-store answer (body capped at 16 KiB)."""

    status_code: int
    etag: str | None
    body: str


def send_raw(effect: SendRaw) -> Plan[RawResponse]:
    return cast(RawResponse, (yield effect))


def put_range(effect: PutRange) -> Plan[RawResponse]:
    return cast(RawResponse, (yield effect))
