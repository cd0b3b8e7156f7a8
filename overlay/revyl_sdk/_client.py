"""`Revyl` and `AsyncRevyl`: the clients users construct."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Generic, Self, TypeVar

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._hub import AsyncHub, SyncHub
from ._logging import configure_from_env
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    ClientOptions,
    NotGiven,
    TimeoutTypes,
    resolve_options,
)
from .resources.apps import Apps, AsyncApps
from .resources.builds import AsyncBuilds, Builds
from .resources.monitor import AsyncMonitor, Monitor
from .resources.reports import AsyncReports, Reports
from .resources.tests import AsyncTests, Tests
from .resources.workflows import AsyncWorkflows, Workflows
from .resources.yaml import AsyncYaml, Yaml

ApiT = TypeVar("ApiT", SyncAPIClient, AsyncAPIClient)


class _ClientBase(Generic[ApiT]):
    _api: ApiT
    _owns_http_client: bool

    @property
    def base_url(self) -> str:
        return self._api.options.base_url

    @property
    def options(self) -> ClientOptions:
        return self._api.options

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _bind(self, api: ApiT) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with these settings changed, sharing this one's connection pool."""
        copy = object.__new__(type(self))
        copy._owns_http_client = False
        options = self._api.options.with_changes(
            timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        copy._bind(type(self._api)(options, self._api.http_client))
        return copy


def _options(
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    ci_headers: bool | Mapping[str, str],
) -> ClientOptions:
    configure_from_env()
    return resolve_options(
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        ci_headers=ci_headers,
    )


class Revyl(_ClientBase[SyncAPIClient]):
    """Synchronous client. `with Revyl() as client:` closes its connections on exit.

    The key comes from `api_key` or `REVYL_API_KEY`; the server from `base_url`,
    `REVYL_BACKEND_URL`, then https://backend.revyl.ai. `ci_headers` sends the CI
    attribution headers detected from the environment (False: none; a mapping: overrides).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        ci_headers: bool | Mapping[str, str] = True,
    ) -> None:
        options = _options(api_key, base_url, timeout, max_retries, default_headers, ci_headers)
        self._owns_http_client = http_client is None
        self._bind(SyncAPIClient(options, http_client or httpx.Client()))

    def _bind(self, api: SyncAPIClient) -> None:
        self._api = api
        self._hub = SyncHub(api)  # the one monitor stream every wait of this client shares
        self.tests = Tests(self)
        self.workflows = Workflows(self)
        self.apps = Apps(self)
        self.builds = Builds(self)
        self.yaml = Yaml(self)
        self.reports = Reports(self)
        self.monitor = Monitor(self)

    def close(self) -> None:
        self._hub.close()
        if self._owns_http_client:
            self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncRevyl(_ClientBase[AsyncAPIClient]):
    """Asynchronous client: the same API as `Revyl`, every call awaitable."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        ci_headers: bool | Mapping[str, str] = True,
    ) -> None:
        options = _options(api_key, base_url, timeout, max_retries, default_headers, ci_headers)
        self._owns_http_client = http_client is None
        self._bind(AsyncAPIClient(options, http_client or httpx.AsyncClient()))

    def _bind(self, api: AsyncAPIClient) -> None:
        self._api = api
        self._hub = AsyncHub(api)  # the one monitor stream every wait of this client shares
        self.tests = AsyncTests(self)
        self.workflows = AsyncWorkflows(self)
        self.apps = AsyncApps(self)
        self.builds = AsyncBuilds(self)
        self.yaml = AsyncYaml(self)
        self.reports = AsyncReports(self)
        self.monitor = AsyncMonitor(self)

    async def close(self) -> None:
        self._hub.close()
        if self._owns_http_client:
            await self._api.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
