"""`Revyl` and `AsyncRevyl`: the clients users construct."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx

from ._core.base_client import AsyncAPIClient, SyncAPIClient
from ._core.capture import CapturedResponses, capture_responses
from ._core.custom import custom_call
from ._core.options import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    ApiKey,
    ClientOptions,
    NotGiven,
    TimeoutTypes,
    resolve_options,
)

if TYPE_CHECKING:
    import contextlib

    from revyl_api.client import AuthenticatedClient

    from ._live.hub import AsyncHub, SyncHub
    from .resources.apps import Apps, AsyncApps
    from .resources.builds import AsyncBuilds, Builds
    from .resources.devices import AsyncDevices, Devices
    from .resources.files import AsyncFiles, Files
    from .resources.global_variables import AsyncGlobalVariables, GlobalVariables
    from .resources.launch_variables import AsyncLaunchVariables, LaunchVariables
    from .resources.modules import AsyncModules, Modules
    from .resources.monitor import AsyncMonitor, Monitor
    from .resources.reports import AsyncReports, Reports
    from .resources.scripts import AsyncScripts, Scripts
    from .resources.tags import AsyncTags, Tags
    from .resources.tests import AsyncTests, Tests
    from .resources.variables import AsyncVariables, Variables
    from .resources.workflows import AsyncWorkflows, Workflows
    from .resources.yaml import AsyncYaml, Yaml

ApiT = TypeVar("ApiT", SyncAPIClient, AsyncAPIClient)
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
ResourceT = TypeVar("ResourceT")
CastT = TypeVar("CastT")


class LazyResource(Generic[ResourceT]):
    """A client attribute whose resource class is imported and built on first access."""

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> ResourceT: ...
    def __get__(self, client: object | None, owner: type) -> Self | ResourceT:
        if client is None:
            return self
        resource_class = getattr(importlib.import_module(f".resources.{self._module}", __package__), self._class_name)
        resource: ResourceT = resource_class(client)
        client.__dict__[self._attribute] = resource  # later reads skip the descriptor
        return resource


class _ClientBase(Generic[ApiT, HttpT]):
    _api: ApiT
    _owns_http_client: bool
    _api_class: type[ApiT]
    _http_class: type[HttpT]
    _other_client: str

    def __init__(
        self,
        api_key: ApiKey | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        ci_headers: bool | Mapping[str, str] = True,
    ) -> None:
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise TypeError(f"{type(self).__name__} needs an {self._http_class.__module__}.{self._http_class.__name__} "
                            f"as http_client, got {type(http_client).__name__}"
                            + (f": use {self._other_client} for it" if isinstance(
                                http_client, httpx.Client | httpx.AsyncClient) else ""))
        options = resolve_options(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            ci_headers=ci_headers,
            http_client_timeout=http_client.timeout if http_client is not None else None,
        )
        # ApiT and HttpT are paired by each subclass (sync with sync), which mypy cannot see here.
        api = self._api_class(options, http_client or self._http_class())  # type: ignore[arg-type]
        self._bind(api, owns_http_client=http_client is None)

    @property
    def base_url(self) -> str:
        """The server this client talks to (its root, no trailing slash)."""
        return self._api.options.base_url

    @property
    def options(self) -> ClientOptions:
        """The settings this client was made with, checked (the key is never shown)."""
        return self._api.options

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def capture_responses(self) -> contextlib.AbstractContextManager[CapturedResponses]:
        """Record the responses the calls inside a `with` block receive (status, headers,
        request id), this thread or task only:

            with client.capture_responses() as captured:
                status = client.tests.get_status(task_id)
            print(captured.last.status_code, captured.last.request_id)
        """
        return capture_responses()

    def _bind(self, api: ApiT, *, owns_http_client: bool) -> None:
        self._api = api
        self._owns_http_client = owns_http_client

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with these settings changed, sharing this one's connection pool."""
        copy = object.__new__(type(self))
        options = self._api.options.with_changes(
            timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        copy._bind(type(self._api)(options, self._api.http_client), owns_http_client=False)
        if "_hub" in self.__dict__:  # one monitor stream for the client and its copies
            copy.__dict__["_hub"] = self.__dict__["_hub"]
        return copy


class Revyl(_ClientBase[SyncAPIClient, httpx.Client]):
    """Synchronous client. `with Revyl() as client:` closes its connections on exit.

    The key comes from `api_key` (a string, or a callable returning the current key, called
    per request) or `REVYL_API_KEY`; the server from `base_url` (its root, e.g.
    https://backend.revyl.ai), `REVYL_BACKEND_URL`, then https://backend.revyl.ai.
    `timeout`: seconds or an `httpx.Timeout`; None means no timeout; left out, the
    `http_client`'s own when one is given, else 30 s (10 s to connect). `ci_headers` sends
    the CI attribution headers detected from the environment (False: none; a mapping:
    overrides). A mistake in any setting raises at construction, before any request.
    """

    _api_class = SyncAPIClient
    _http_class = httpx.Client
    _other_client = "AsyncRevyl"

    # Resources load on first use: `import revyl_sdk` stays cheap.
    tests: LazyResource[Tests] = LazyResource("tests", "Tests")
    workflows: LazyResource[Workflows] = LazyResource("workflows", "Workflows")
    apps: LazyResource[Apps] = LazyResource("apps", "Apps")
    builds: LazyResource[Builds] = LazyResource("builds", "Builds")
    yaml: LazyResource[Yaml] = LazyResource("yaml", "Yaml")
    reports: LazyResource[Reports] = LazyResource("reports", "Reports")
    monitor: LazyResource[Monitor] = LazyResource("monitor", "Monitor")
    devices: LazyResource[Devices] = LazyResource("devices", "Devices")
    tags: LazyResource[Tags] = LazyResource("tags", "Tags")
    variables: LazyResource[Variables] = LazyResource("variables", "Variables")
    global_variables: LazyResource[GlobalVariables] = LazyResource("global_variables", "GlobalVariables")
    launch_variables: LazyResource[LaunchVariables] = LazyResource("launch_variables", "LaunchVariables")
    modules: LazyResource[Modules] = LazyResource("modules", "Modules")
    scripts: LazyResource[Scripts] = LazyResource("scripts", "Scripts")
    files: LazyResource[Files] = LazyResource("files", "Files")

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated `revyl_api` client on this client's transport, for operations the SDK
        does not wrap: `list_tags.sync(client=client.api)`. Same pool, key, headers, timeouts and
        retries (by HTTP method) as the SDK's methods; any non-2xx raises its `APIStatusError`."""
        from ._core.transport import bound_sync_client

        return bound_sync_client(self._api)

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
                content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
                timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """Send any request through the SDK (its key, headers, timeouts, retries by HTTP method,
        typed errors): for endpoints the SDK does not wrap.

        `path` is relative to `base_url` (`/api/v1/tags`). `cast_to`: a `revyl_api` model
        class, `dict`, or `httpx.Response` (the response itself); without it, the parsed JSON
        (None for an empty body). A non-2xx answer raises its `APIStatusError`.
        """
        return self._api.execute(custom_call(method, path, params=params, json=json, content=content,
                                             headers=headers, timeout=timeout, cast_to=cast_to))

    def get(self, path: str, *, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
            timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`request("GET", path, ...)`."""
        return self.request("GET", path, params=params, headers=headers, timeout=timeout, cast_to=cast_to)

    def post(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
             content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
             timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`request("POST", path, ...)`; retried only when the server cannot have acted."""
        return self.request("POST", path, params=params, json=json, content=content, headers=headers,
                            timeout=timeout, cast_to=cast_to)

    def put(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
            content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
            timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`request("PUT", path, ...)`."""
        return self.request("PUT", path, params=params, json=json, content=content, headers=headers,
                            timeout=timeout, cast_to=cast_to)

    def patch(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
              content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
              timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`request("PATCH", path, ...)`; retried only when the server cannot have acted."""
        return self.request("PATCH", path, params=params, json=json, content=content, headers=headers,
                            timeout=timeout, cast_to=cast_to)

    def delete(self, path: str, *, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
               timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`request("DELETE", path, ...)`."""
        return self.request("DELETE", path, params=params, headers=headers, timeout=timeout, cast_to=cast_to)

    @cached_property
    def _hub(self) -> SyncHub:
        """The one monitor stream every wait of this client shares."""
        from ._live.hub import SyncHub

        return SyncHub(self._api)

    def close(self) -> None:
        """Close the client's connections and its live stream; leaving `with` does it."""
        if "_hub" in self.__dict__:
            self._hub.close()
        if self._owns_http_client:
            self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncRevyl(_ClientBase[AsyncAPIClient, httpx.AsyncClient]):
    """Asynchronous client: the same API and settings as `Revyl`, every call awaitable.

    `http_client` must be an `httpx.AsyncClient`. `async with AsyncRevyl() as client:` closes
    its connections on exit.
    """

    _api_class = AsyncAPIClient
    _http_class = httpx.AsyncClient
    _other_client = "Revyl"

    tests: LazyResource[AsyncTests] = LazyResource("tests", "AsyncTests")
    workflows: LazyResource[AsyncWorkflows] = LazyResource("workflows", "AsyncWorkflows")
    apps: LazyResource[AsyncApps] = LazyResource("apps", "AsyncApps")
    builds: LazyResource[AsyncBuilds] = LazyResource("builds", "AsyncBuilds")
    yaml: LazyResource[AsyncYaml] = LazyResource("yaml", "AsyncYaml")
    reports: LazyResource[AsyncReports] = LazyResource("reports", "AsyncReports")
    monitor: LazyResource[AsyncMonitor] = LazyResource("monitor", "AsyncMonitor")
    devices: LazyResource[AsyncDevices] = LazyResource("devices", "AsyncDevices")
    tags: LazyResource[AsyncTags] = LazyResource("tags", "AsyncTags")
    variables: LazyResource[AsyncVariables] = LazyResource("variables", "AsyncVariables")
    global_variables: LazyResource[AsyncGlobalVariables] = LazyResource("global_variables", "AsyncGlobalVariables")
    launch_variables: LazyResource[AsyncLaunchVariables] = LazyResource("launch_variables", "AsyncLaunchVariables")
    modules: LazyResource[AsyncModules] = LazyResource("modules", "AsyncModules")
    scripts: LazyResource[AsyncScripts] = LazyResource("scripts", "AsyncScripts")
    files: LazyResource[AsyncFiles] = LazyResource("files", "AsyncFiles")

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated `revyl_api` client on this client's transport, for operations the SDK
        does not wrap: `await list_tags.asyncio(client=client.api)`. Same pool, key, headers, timeouts and
        retries (by HTTP method) as the SDK's methods; any non-2xx raises its `APIStatusError`."""
        from ._core.transport import bound_async_client

        return bound_async_client(self._api)

    async def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
                      content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
                      timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """Send any request through the SDK (its key, headers, timeouts, retries by HTTP method,
        typed errors): for endpoints the SDK does not wrap.

        `path` is relative to `base_url` (`/api/v1/tags`). `cast_to`: a `revyl_api` model
        class, `dict`, or `httpx.Response` (the response itself); without it, the parsed JSON
        (None for an empty body). A non-2xx answer raises its `APIStatusError`.
        """
        return await self._api.execute(custom_call(method, path, params=params, json=json, content=content,
                                                   headers=headers, timeout=timeout, cast_to=cast_to))

    async def get(self, path: str, *, params: Mapping[str, Any] | None = None,
                  headers: Mapping[str, str] | None = None, timeout: TimeoutTypes | None = None,
                  cast_to: type[CastT] | None = None) -> Any:
        """`await request("GET", path, ...)`."""
        return await self.request("GET", path, params=params, headers=headers, timeout=timeout, cast_to=cast_to)

    async def post(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
                   content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
                   timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`await request("POST", path, ...)`; retried only when the server cannot have acted."""
        return await self.request("POST", path, params=params, json=json, content=content, headers=headers,
                                  timeout=timeout, cast_to=cast_to)

    async def put(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
                  content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
                  timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`await request("PUT", path, ...)`."""
        return await self.request("PUT", path, params=params, json=json, content=content, headers=headers,
                                  timeout=timeout, cast_to=cast_to)

    async def patch(self, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
                    content: bytes | str | None = None, headers: Mapping[str, str] | None = None,
                    timeout: TimeoutTypes | None = None, cast_to: type[CastT] | None = None) -> Any:
        """`await request("PATCH", path, ...)`; retried only when the server cannot have acted."""
        return await self.request("PATCH", path, params=params, json=json, content=content, headers=headers,
                                  timeout=timeout, cast_to=cast_to)

    async def delete(self, path: str, *, params: Mapping[str, Any] | None = None,
                     headers: Mapping[str, str] | None = None, timeout: TimeoutTypes | None = None,
                     cast_to: type[CastT] | None = None) -> Any:
        """`await request("DELETE", path, ...)`."""
        return await self.request("DELETE", path, params=params, headers=headers, timeout=timeout, cast_to=cast_to)

    @cached_property
    def _hub(self) -> AsyncHub:
        """The one monitor stream every wait of this client shares."""
        from ._live.hub import AsyncHub

        return AsyncHub(self._api)

    async def close(self) -> None:
        """Close the client's connections and its live stream; leaving `with` does it."""
        if "_hub" in self.__dict__:
            self._hub.close()
        if self._owns_http_client:
            await self._api.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
