"""The SDK's error hierarchy and the rendering of every error-body shape the API uses."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OperationFailedError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RevylError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "VersionConflictError",
]

_MAX_MESSAGE_CHARS = 500


class RevylError(Exception):
    """Base class of every error the SDK raises on purpose."""


class OperationFailedError(RevylError):
    """The API answered 200 but reported `success: false`; `errors` lists why."""

    def __init__(self, operation: str, errors: list[str]) -> None:
        self.errors = errors
        super().__init__(f"{operation} failed: {'; '.join(errors) or 'no reason given'}")


class UnsupportedOperationError(RevylError):
    """The API spec this SDK's client was generated from lacks what the method needs.

    Nothing was sent. `endpoint` is the missing operation (`PATCH /api/v1/apps/{app_id}`),
    `spec` the spec the client came from; a revyl-sdk generated from a spec with it helps.
    """

    def __init__(self, endpoint: str, spec: str) -> None:
        self.endpoint = endpoint
        self.spec = spec
        super().__init__(
            f"{endpoint} is not supported by this revyl-sdk: the API spec its client was generated "
            f"from ({spec}) does not have it"
        )


class APIConnectionError(RevylError):
    """The request never produced an HTTP response (DNS, refused, reset, TLS...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIStatusError(RevylError):
    """The API answered with a 4xx/5xx status; `detail` is the server's explanation."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, detail: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.detail = detail

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={str(self)!r})"


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PaymentRequiredError(APIStatusError):
    """402: the organisation's device time is used up."""

    status_code = 402


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class VersionConflictError(ConflictError):
    """An update carried an `expected_version` the item has moved past: nothing was changed.

    `expected_version` is what the caller last saw, `current_version` what the server has
    now (None when it could not be read back); read the item again, or update without one.
    """

    def __init__(self, kind: str, item_id: str, expected_version: int, current_version: int | None,
                 conflict: ConflictError) -> None:
        now = f"is at version {current_version}" if current_version is not None else "has changed"
        super().__init__(
            f"{kind} {item_id} {now}, not the expected_version {expected_version}: nothing was changed; "
            f"read it again (or update without expected_version to overwrite)",
            response=conflict.response,
            detail=conflict.detail,
        )
        self.kind = kind
        self.item_id = item_id
        self.expected_version = expected_version
        self.current_version = current_version


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


_ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_HINTS = {
    401: "check REVYL_API_KEY",
    402: "the organisation's device time is used up",
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception matching `response`'s status, with a readable one-line message."""
    body = _json_or_none(response)
    detail = body.get("detail") if isinstance(body, dict) and "detail" in body else body
    text = render_error_body(body) if body is not None else _render_text_body(response.text)
    reason = response.reason_phrase or "error"
    message = f"{response.status_code} {reason}"
    if text:
        message += f": {text}"
    if hint := _HINTS.get(response.status_code):
        message += f" ({hint})"
    if detail is None and body is None:
        detail = text or None
    cls = _ERRORS_BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=response, detail=detail)


def render_error_body(body: Any) -> str:
    """Render any of the API's error-body shapes (BEHAVIOR §7) as one readable line."""
    if isinstance(body, dict):
        for key in ("detail", "message", "error"):
            if key in body and body[key] not in (None, "", [], {}):
                text = _render_detail(body[key])
                errors = _render_field_errors(body.get("errors"))
                return f"{text}: {errors}" if errors and key != "detail" else text
        if errors := _render_field_errors(body.get("errors")):
            return errors
    if isinstance(body, str):
        return _truncate(body)
    return _truncate(json.dumps(body))


def _render_detail(detail: Any) -> str:
    if isinstance(detail, str):
        return _truncate(detail)
    if isinstance(detail, list):
        return _truncate("; ".join(_render_validation_item(item) for item in detail))
    if isinstance(detail, dict):
        if isinstance(detail.get("message"), str):
            return _truncate(detail["message"])
        return _truncate(json.dumps(detail, sort_keys=True))
    return _truncate(json.dumps(detail))


def _render_validation_item(item: Any) -> str:
    """FastAPI's `{loc, msg, type}` as `body.name: Field required`."""
    if isinstance(item, dict) and "msg" in item:
        loc = ".".join(str(part) for part in item.get("loc") or [])
        return f"{loc}: {item['msg']}" if loc else str(item["msg"])
    return json.dumps(item) if not isinstance(item, str) else item


def _render_field_errors(errors: Any) -> str:
    if not isinstance(errors, list) or not errors:
        return ""
    parts = []
    for error in errors:
        if isinstance(error, dict) and "message" in error:
            field = error.get("field")
            parts.append(f"{field}: {error['message']}" if field else str(error["message"]))
        else:
            parts.append(str(error))
    return _truncate("; ".join(parts))


_PRE_BLOCK = re.compile(r"<(pre|code)[^>]*>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def _render_text_body(text: str) -> str:
    """A non-JSON body: an HTML page from a proxy gets its last <pre>/<code> block or title."""
    if "<" in text and ">" in text:
        blocks = _PRE_BLOCK.findall(text)
        chosen = blocks[-1][1] if blocks else next(iter(_TITLE.findall(text)), "")
        text = html.unescape(_TAG.sub(" ", chosen)) if chosen else "(HTML error page)"
    return _truncate(" ".join(text.split()))


def _truncate(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE_CHARS else text[: _MAX_MESSAGE_CHARS - 1] + "…"


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None
