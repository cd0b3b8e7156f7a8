"""`client.request(...)`: any request through the SDK's machinery, for endpoints it does not wrap."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from .base_client import APICall
from .exceptions import RevylError
from .options import TimeoutTypes
from .retry import safety_of_method

T = TypeVar("T")

_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"})


def custom_call(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None,
    json: Any,
    content: bytes | str | None,
    headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | None,
    cast_to: type[Any] | None,
) -> APICall[Any]:
    """The `APICall` for `client.request`; its safety (for retries) follows the HTTP method."""
    verb = method.upper() if isinstance(method, str) else ""
    if verb not in _METHODS:
        raise RevylError(f"method must be one of {', '.join(sorted(_METHODS))}, got {method!r}")
    if not isinstance(path, str) or not path.startswith("/") or "://" in path:
        raise RevylError(f"path must start with '/' (relative to base_url, e.g. '/api/v1/tags'), got {path!r}")
    if json is not None and content is not None:
        raise RevylError("pass json= or content=, not both")
    if cast_to not in (None, dict, httpx.Response) and not hasattr(cast_to, "from_dict"):
        raise RevylError(f"cast_to must be httpx.Response, dict or a revyl_api model class, got {cast_to!r}")
    request: dict[str, Any] = {"method": verb, "url": path}
    if params:
        request["params"] = dict(params)
    if json is not None:
        request["json"] = json
    if content is not None:
        request["content"] = content
    if headers:
        request["headers"] = dict(headers)
    return APICall(request, _parser(cast_to, f"{verb} {path}"), safety_of_method(verb), timeout)


def _parser(cast_to: type[Any] | None, what: str) -> Any:
    def parse(response: httpx.Response) -> Any:
        if cast_to is httpx.Response:
            return response
        if response.status_code == 204 or not response.content:
            body: Any = None
        else:
            try:
                body = response.json()
            except ValueError:
                raise RevylError(f"{what}: the answer is not JSON; pass cast_to=httpx.Response") from None
        if cast_to is None:
            return body
        if cast_to is dict:
            if not isinstance(body, dict):
                raise RevylError(f"{what}: expected a JSON object, got {type(body).__name__}")
            return body
        try:
            return cast_to.from_dict(body)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise RevylError(f"{what}: the answer does not fit {cast_to.__name__}: {error}") from error
    return parse
