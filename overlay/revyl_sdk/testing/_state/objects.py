"""The object store's state, and presigned URLs that look like S3's and are really checked.

The signature is an HMAC over method, path, query and (when signed) Content-Type with a key
only this emulator knows, so a URL used with another method, edited, or past its expiry is
refused the way S3 refuses it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlencode

BUCKET = "revyl-emulator-builds"
PREFIX = f"/s3/{BUCKET}/"
_DATE_FORMAT = "%Y%m%dT%H%M%SZ"


def _canonical(method: str, path: str, query: dict[str, str], content_type: str | None) -> bytes:
    pairs = sorted((k, v) for k, v in query.items() if k != "X-Amz-Signature")
    return "\n".join([method.upper(), path, urlencode(pairs), content_type or ""]).encode()


def presign(secret: bytes, base_url: str, method: str, key: str, *, ttl: int,
            extra: dict[str, str] | None = None, content_type: str | None = None) -> str:
    """A URL for `method` on object `key`, valid for `ttl` seconds."""
    now = datetime.now(UTC)
    path = PREFIX + quote(key)
    query = {
        **(extra or {}),
        "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
        "X-Amz-Credential": f"EMULATORKEY/{now:%Y%m%d}/us-east-1/s3/aws4_request",
        "X-Amz-Date": now.strftime(_DATE_FORMAT),
        "X-Amz-Expires": str(ttl),
        "X-Amz-SignedHeaders": "content-type;host" if content_type else "host",
    }
    query["X-Amz-Signature"] = hmac.new(
        secret, _canonical(method, path, query, content_type), hashlib.sha256).hexdigest()
    return f"{base_url}{path}?{urlencode(query)}"


def check(secret: bytes, method: str, path: str, query: dict[str, str],
          content_type: str | None) -> tuple[str, str] | None:
    """None when the request is properly presigned, else S3's (error code, message)."""
    signature = query.get("X-Amz-Signature")
    if not signature or "X-Amz-Date" not in query:
        return "AccessDenied", "Access Denied"
    signed = query.get("X-Amz-SignedHeaders", "host")
    expected = hmac.new(
        secret,
        _canonical(method, path, query, content_type if "content-type" in signed else None),
        hashlib.sha256,
    ).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return ("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.")
    try:
        issued = datetime.strptime(query["X-Amz-Date"], _DATE_FORMAT).replace(tzinfo=UTC)
        expires = issued.timestamp() + int(query.get("X-Amz-Expires", "0"))
    except ValueError:
        return "AuthorizationQueryParametersError", "X-Amz-Date must be in the ISO8601 format"
    if time.time() > expires:
        return "AccessDenied", "Request has expired"
    return None


@dataclass
class MultipartObject:
    """An S3 multipart upload: parts received so far, then the assembled object."""

    key: str
    parts: dict[int, tuple[str, int]] = field(default_factory=dict)  # number -> (ETag, size)
    state: str = "open"  # open | completed | aborted


@dataclass
class ObjectStoreState:
    """The bucket: files under `folder`, open multipart uploads, the key presigned URLs are signed with."""

    folder: Path
    multiparts: dict[str, MultipartObject] = field(default_factory=dict)  # by S3 upload id
    signing_key: bytes = field(default_factory=lambda: os.urandom(32))

    def path(self, key: str) -> Path:
        return self.folder / key
