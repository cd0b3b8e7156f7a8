"""`client.api`: the generated `revyl_api` client, sending through the SDK's own transport.

Every `revyl_api.api.*` function accepts it as `client=`. Its requests reach the SDK's
`execute` / `send` (one connection pool with the overlay, the key read per request, the SDK's headers
and timeouts, the retry policy by HTTP method), and any non-2xx answer raises the SDK's
typed `APIStatusError` before the generated parser could turn it into `None`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .base_client import APICall, AsyncAPIClient, SyncAPIClient
from .exceptions import make_status_error
from .retry import safety_of_method

if TYPE_CHECKING:
    from revyl_api.client import AuthenticatedClient

_TOKEN_PLACEHOLDER = "<sent by revyl_sdk per request>"  # the real key never sits in the attrs object


def _call_for(request: httpx.Request) -> APICall[Any]:
    return APICall({}, _unchanged, safety_of_method(request.method))


def _passed_on(response: httpx.Response) -> httpx.Response:
    """The SDK's answer handed to the generated client's httpx client, body still unread."""
    return httpx.Response(response.status_code, headers=response.headers, stream=response.stream,
                          extensions=response.extensions)


class SyncSDKTransport(httpx.BaseTransport):
    def __init__(self, api: SyncAPIClient) -> None:
        self._api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._api.send(_call_for(request), self._api.prepare(request), stream=True)
        if response.is_error:
            response.read()
            response.close()
            raise make_status_error(response)
        return _passed_on(response)

    def close(self) -> None:
        """The pool belongs to the `Revyl` client, which closes it."""


class AsyncSDKTransport(httpx.AsyncBaseTransport):
    def __init__(self, api: AsyncAPIClient) -> None:
        self._api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._api.send(_call_for(request), self._api.prepare(request), stream=True)
        if response.is_error:
            await response.aread()
            await response.aclose()
            raise make_status_error(response)
        return _passed_on(response)

    async def aclose(self) -> None:
        """The pool belongs to the `AsyncRevyl` client, which closes it."""


class _BoundClient(httpx.Client):
    """The httpx client the generated functions call: `request` (what they use) goes straight
    to the SDK's `execute`, skipping a second round of httpx's client machinery; anything else
    (`send`, `stream`) reaches the SDK through `SyncSDKTransport`."""

    def __init__(self, api: SyncAPIClient) -> None:
        super().__init__(base_url=api.options.base_url, transport=SyncSDKTransport(api), timeout=api.options.timeout)
        self._sdk = api

    def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        call = _direct_call(method, url, kwargs)
        return self._sdk.execute(call) if call is not None else super().request(method, url, **kwargs)


class _AsyncBoundClient(httpx.AsyncClient):
    """`_BoundClient` for the generated `asyncio` functions."""

    def __init__(self, api: AsyncAPIClient) -> None:
        super().__init__(base_url=api.options.base_url, transport=AsyncSDKTransport(api),
                         timeout=api.options.timeout)
        self._sdk = api

    async def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        call = _direct_call(method, url, kwargs)
        return await self._sdk.execute(call) if call is not None else await super().request(method, url, **kwargs)


# What the generated `_get_kwargs` produce; anything else takes httpx's own path.
_DIRECT_KWARGS = frozenset({"params", "json", "content", "data", "files", "headers"})


def _direct_call(method: str, url: httpx.URL | str, kwargs: dict[str, Any]) -> APICall[httpx.Response] | None:
    if not isinstance(url, str) or not url.startswith("/") or not _DIRECT_KWARGS.issuperset(kwargs):
        return None
    request = {"method": method, "url": url, **{k: v for k, v in kwargs.items() if v is not None}}
    return APICall(request, _unchanged, safety_of_method(method))


def _unchanged(response: httpx.Response) -> httpx.Response:
    return response


def bound_sync_client(api: SyncAPIClient) -> AuthenticatedClient:
    """An `AuthenticatedClient` whose sync functions (`sync`, `sync_detailed`) use `api`."""
    from revyl_api.client import AuthenticatedClient

    options = api.options
    generated = AuthenticatedClient(base_url=options.base_url, token=_TOKEN_PLACEHOLDER, timeout=options.timeout)
    generated.set_httpx_client(_BoundClient(api))
    generated.set_async_httpx_client(_refusing_async_client("Revyl", "AsyncRevyl", "asyncio"))
    return generated


def bound_async_client(api: AsyncAPIClient) -> AuthenticatedClient:
    """An `AuthenticatedClient` whose async functions (`asyncio`, `asyncio_detailed`) use `api`."""
    from revyl_api.client import AuthenticatedClient

    options = api.options
    generated = AuthenticatedClient(base_url=options.base_url, token=_TOKEN_PLACEHOLDER, timeout=options.timeout)
    generated.set_async_httpx_client(_AsyncBoundClient(api))
    generated.set_httpx_client(_refusing_sync_client())
    return generated


class _WrongKind(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, message: str) -> None:
        self._message = message

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise TypeError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise TypeError(self._message)


def _refusing_async_client(kind: str, other: str, functions: str) -> httpx.AsyncClient:
    message = f"{kind}().api is synchronous: call the sync functions, or {other}().api for `{functions}`"
    return httpx.AsyncClient(transport=_WrongKind(message))


def _refusing_sync_client() -> httpx.Client:
    return httpx.Client(transport=_WrongKind(
        "AsyncRevyl().api is asynchronous: await the asyncio functions, or use Revyl().api for `sync`"))
