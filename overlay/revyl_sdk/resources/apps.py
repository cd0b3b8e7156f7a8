"""`client.apps`: the apps builds belong to (the seed page's "build variables")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call
from .._core.exceptions import RevylError
from .._core.pagination import PAGE_SIZE, AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from ._lookup import find_named

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import AppResponse, DeleteAppResponse
    from revyl_api.models.app_platform import AppPlatform

    from .._core.effects import Plan


class AppListOptions(RequestOptions, total=False):
    platform: str
    search: str


class AppFindOptions(RequestOptions, total=False):
    platform: str  # 'ios' or 'android': an iOS and an Android app may share a name


class AppUpdateOptions(RequestOptions, total=False):
    name: str
    description: str
    current_version: str
    static_url: str
    system_prompt: str


def parse_platform(platform: str) -> AppPlatform:
    """'android', 'IOS', 'Android' ... -> the API's enum; anything else is a clear error."""
    from revyl_api.models.app_platform import APP_PLATFORM_VALUES

    for value in sorted(APP_PLATFORM_VALUES):
        if value.lower() == platform.strip().lower():
            return value
    allowed = ", ".join(sorted(APP_PLATFORM_VALUES))
    raise RevylError(f"Unknown platform {platform!r}: expected one of {allowed}")


def _list_page_call(options: AppListOptions) -> PageCall[AppResponse]:
    from revyl_api.api.apps import list_apps
    from revyl_api.models import PaginatedAppsResponse

    query, request = split_request_options(dict(options))
    if "platform" in query:
        query["platform"] = parse_platform(query["platform"])

    def page_call(page: int) -> APICall[PageOf[AppResponse]]:
        listing = call(list_apps, PaginatedAppsResponse, page=page, page_size=PAGE_SIZE, **query, **request)
        return listing.map(lambda response: PageOf.of(response.items, response.has_next))

    return page_call


def _create_call(name: str, platform: str, description: str | None, options: RequestOptions) -> APICall[AppResponse]:
    from revyl_api.api.apps import create_app
    from revyl_api.models import AppCreateRequest, AppResponse

    body = AppCreateRequest(name=name, platform=parse_platform(platform))
    if description is not None:
        body.description = description
    return call(create_app, AppResponse, safety=Safety.UNSAFE, body=body, **options)


def _create(name: str, platform: str, description: str | None, options: RequestOptions,
            api: object) -> Plan[AppResponse]:
    """The create, sent once; a lost answer is reconciled with the apps of that name."""
    from .._core.reconcile import by_name, ledger_for, start_once

    def named() -> APICall[Sequence[AppResponse]]:
        return _list_page_call({"search": name})(1).map(lambda page: list(page.items))

    recovery = by_name("app", name, named, name_of=lambda app: _text(app.name), id_of=lambda app: _text(app.id),
                       created_at_of=lambda app: app.created_at if isinstance(app.created_at, datetime) else None,
                       where=f"client.apps.list(search={name!r})")
    return start_once(_create_call(name, platform, description, options), recovery, ledger_for(api))


def _text(value: object) -> str | None:
    """A model field as text; None when the answer left it out."""
    from revyl_api.types import Unset

    return None if value is None or isinstance(value, Unset) else str(value)


def _name_of(app: AppResponse) -> str:
    return _text(app.name) or ""


def _id_of(app: AppResponse) -> str:
    return _text(app.id) or ""


def _get_call(app_id: str, options: RequestOptions) -> APICall[AppResponse]:
    from revyl_api.api.apps import get_app
    from revyl_api.models import AppResponse

    return call(get_app, AppResponse, app_id=app_id, **options)


def _update_call(app_id: str, options: AppUpdateOptions) -> APICall[AppResponse]:
    from revyl_api.api.apps import update_app
    from revyl_api.models import AppResponse, AppUpdateRequest

    body, request = split_request_options(dict(options))
    if not body:
        raise RevylError("apps.update needs at least one field to change")
    return call(
        update_app, AppResponse, app_id=app_id, body=build_model(AppUpdateRequest, body, "app update"), **request
    )


def _delete_call(app_id: str, options: RequestOptions) -> APICall[DeleteAppResponse]:
    from revyl_api.api.apps import delete_app
    from revyl_api.models import DeleteAppResponse

    return call(delete_app, DeleteAppResponse, app_id=app_id, **options)


class Apps(SyncResource):
    def list(self, **options: Unpack[AppListOptions]) -> SyncPager[AppResponse]:
        """Every app of the organisation, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _list_page_call(options))

    def find(self, name: str, **options: Unpack[AppFindOptions]) -> AppResponse:
        """The app called `name` (exact, else ignoring case), as `tests.find`; pass `platform`
        ('ios', 'android') to tell apart an iOS and an Android app of the same name.

        Raises `NameNotFoundError` (with the closest names) or `AmbiguousNameError` (with
        every candidate's id).
        """
        return find_named("app", name, self.list(**options), _name_of, _id_of)

    def create(
        self,
        *,
        name: str,
        platform: str,
        description: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AppResponse:
        """Create an app; `platform` is 'ios' or 'android' in any case.

        Never created twice blindly: when the answer is lost (a 5xx, a reset, a read
        timeout), the app of that name made since is returned, or the create is sent once
        more when none was; `RunMayHaveStartedError` when it cannot tell.
        """
        from .._core.runtime import run_sync

        return run_sync(self._api, _create(name, platform, description, options, self._api))

    def get(self, app_id: str, **options: Unpack[RequestOptions]) -> AppResponse:
        """The app with this id."""
        return self._api.execute(_get_call(app_id, options))

    def update(self, app_id: str, **options: Unpack[AppUpdateOptions]) -> AppResponse:
        """Change only the fields given."""
        return self._api.execute(_update_call(app_id, options))

    def delete(self, app_id: str, **options: Unpack[RequestOptions]) -> DeleteAppResponse:
        """Delete the app and its builds; tests attached to it are detached."""
        return self._api.execute(_delete_call(app_id, options))


class AsyncApps(AsyncResource):
    def list(self, **options: Unpack[AppListOptions]) -> AsyncPager[AppResponse]:
        """Every app of the organisation, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _list_page_call(options))

    async def find(self, name: str, **options: Unpack[AppFindOptions]) -> AppResponse:
        """The app called `name` (exact, else ignoring case), as `tests.find`; pass `platform`
        ('ios', 'android') to tell apart an iOS and an Android app of the same name.

        Raises `NameNotFoundError` (with the closest names) or `AmbiguousNameError` (with
        every candidate's id).
        """
        apps = [app async for app in self.list(**options)]
        return find_named("app", name, apps, _name_of, _id_of)

    async def create(
        self,
        *,
        name: str,
        platform: str,
        description: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AppResponse:
        """Create an app; `platform` is 'ios' or 'android' in any case.

        Never created twice blindly: when the answer is lost (a 5xx, a reset, a read
        timeout), the app of that name made since is returned, or the create is sent once
        more when none was; `RunMayHaveStartedError` when it cannot tell.
        """
        from .._core.runtime import run_async

        return await run_async(self._api, _create(name, platform, description, options, self._api))

    async def get(self, app_id: str, **options: Unpack[RequestOptions]) -> AppResponse:
        """The app with this id."""
        return await self._api.execute(_get_call(app_id, options))

    async def update(self, app_id: str, **options: Unpack[AppUpdateOptions]) -> AppResponse:
        """Change only the fields given."""
        return await self._api.execute(_update_call(app_id, options))

    async def delete(self, app_id: str, **options: Unpack[RequestOptions]) -> DeleteAppResponse:
        """Delete the app and its builds; tests attached to it are detached."""
        return await self._api.execute(_delete_call(app_id, options))
