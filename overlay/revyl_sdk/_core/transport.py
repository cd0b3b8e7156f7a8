"""`client.api`: the generated `revyl_api` client, sending through the SDK's own transport.

Every `revyl_api.api.*` function accepts it as `client=`. Its requests reach the SDK's
`send` (one connection pool with the overlay, the key read per request, the SDK's headers
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
    return APICall({}, lambda response: response, safety_of_method(request.method))


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


def bound_sync_client(api: SyncAPIClient) -> AuthenticatedClient:
    """An `AuthenticatedClient` whose sync functions (`sync`, `sync_detailed`) use `api`."""
    from revyl_api.client import AuthenticatedClient

    options = api.options
    generated = AuthenticatedClient(base_url=options.base_url, token=_TOKEN_PLACEHOLDER, timeout=options.timeout)
    http = httpx.Client(base_url=options.base_url, transport=SyncSDKTransport(api), timeout=options.timeout)
    generated.set_httpx_client(http)
    generated.set_async_httpx_client(_refusing_async_client("Revyl", "AsyncRevyl", "asyncio"))
    return generated


def bound_async_client(api: AsyncAPIClient) -> AuthenticatedClient:
    """An `AuthenticatedClient` whose async functions (`asyncio`, `asyncio_detailed`) use `api`."""
    from revyl_api.client import AuthenticatedClient

    options = api.options
    generated = AuthenticatedClient(base_url=options.base_url, token=_TOKEN_PLACEHOLDER, timeout=options.timeout)
    http = httpx.AsyncClient(base_url=options.base_url, transport=AsyncSDKTransport(api), timeout=options.timeout)
    generated.set_async_httpx_client(http)
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
