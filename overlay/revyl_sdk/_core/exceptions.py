"""The SDK's error hierarchy and the rendering of every error-body shape the API uses."""

from __future__ import annotations

import datetime
import html
import json
import re
from typing import Any

import httpx

from .capture import request_id_of
from .logging import redact_url

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "NotFoundError",
    "OperationFailedError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RevylError",
    "RunMayHaveStartedError",
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
    """The request timed out before a response arrived.

    `attempts` is how many times it was sent (retries included), `limit` the seconds that ran
    out on the last attempt (None when unknown or unlimited).
    """

    def __init__(self, *, request: httpx.Request, attempts: int = 1, limit: float | None = None) -> None:
        self.attempts = attempts
        self.limit = limit
        after = f" after {limit:g} s" if limit is not None else ""
        tries = f"{attempts} attempt{'s' if attempts > 1 else ''}"
        super().__init__(f"{request.method} {request.url.path} timed out{after} ({tries})", request=request)


ErrorDetail = str | list[Any] | dict[str, Any] | None
"""The server's explanation: FastAPI's `detail` (text, an object, or a list of
`{loc, msg, type}`), else the whole JSON body, else the body's text; None when empty."""


class APIStatusError(RevylError):
    """The API answered with a 4xx/5xx status (or a redirect the SDK does not follow).

    `status_code`; `detail` (the server's explanation, see `ErrorDetail`); `body` (the parsed
    JSON, or the text, with secret-looking values removed); `response` and `request` (httpx's);
    `request_id` (the server's `X-Request-ID`, None when it sent none).
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, detail: ErrorDetail,
                 body: object = None) -> None:
        super().__init__(message)
        self.response = response
        self.request: httpx.Request | None = response._request  # None for a response built by hand
        self.status_code = response.status_code
        self.detail = detail
        self.body = body
        self.request_id = request_id_of(response)

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
    text = render_error_body(body) if body is not None else _render_text_body(response.text)
    reason = response.reason_phrase or "error"
    message = f"{response.status_code} {reason}"
    if text:
        message += f": {text}"
    if hint := _HINTS.get(response.status_code):
        message += f" ({hint})"
    cls = _ERRORS_BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    clean = without_secrets(body) if body is not None else (response.text or None)
    return cls(message, response=response, detail=_detail_of(clean, text), body=clean)


def _detail_of(body: object, text: str) -> ErrorDetail:
    if isinstance(body, dict) and "detail" in body:
        body = body["detail"]
    if body is None or isinstance(body, str | list | dict):
        return body if body not in ("", [], {}) else (text or None)
    return text or None


_SECRET_KEYS = re.compile(r"authorization|api[_-]?key|token|secret|password|signature|credential", re.IGNORECASE)


def without_secrets(value: Any) -> Any:
    """`value` (parsed JSON) with secret-looking fields replaced and presigned URLs unsigned."""
    if isinstance(value, dict):
        return {key: "<redacted>" if isinstance(key, str) and _SECRET_KEYS.search(key) else without_secrets(item)
                for key, item in value.items()}
    if isinstance(value, list):
        return [without_secrets(item) for item in value]
    if isinstance(value, str) and value.startswith(("http://", "https://")) and "?" in value:
        return redact_url(value)
    return value


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
    except (ValueError, UnicodeDecodeError, httpx.ResponseNotRead):
        return None


class RunMayHaveStartedError(RevylError):
    """A start's answer was lost and the server's records cannot tell whether it acted.

    Nothing was sent again. `kind` ("test", "workflow", "device" ...) and `target_id` say
    what was started, `sent_at` when (UTC), `request_id` the server's request id when it
    gave one, `candidates` the ids of runs that may be this start's (empty when none is
    listed yet), `reason` why it cannot tell, `cause` the failure that lost the answer.
    """

    def __init__(self, *, kind: str, target_id: str, sent_at: datetime.datetime, reason: str, cause: str,
                 request_id: str | None = None, candidates: list[str] | None = None, where: str = "") -> None:
        self.kind = kind
        self.target_id = target_id
        self.sent_at = sent_at
        self.reason = reason
        self.cause = cause
        self.request_id = request_id
        self.candidates = list(candidates or [])
        self.where = where
        facts = [f"sent at {sent_at.isoformat(timespec='seconds')}"]
        if request_id:
            facts.append(f"request id {request_id}")
        if self.candidates:
            facts.append(f"candidates: {', '.join(self.candidates)}")
        look = f"; look in {where}" if where else ""
        super().__init__(
            f"The {kind} start ({target_id}) may have gone through: its answer was lost ({cause}) and "
            f"{reason}. It was not sent again ({'; '.join(facts)}){look}"
        )
