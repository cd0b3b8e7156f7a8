"""`client.modules`: reusable groups of steps tests import (`type: module_import`).

Module updates are versioned like tests: with `expected_version`, a module changed since
raises `VersionConflictError` naming both versions and nothing is changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import ConflictError, RevylError, VersionConflictError
from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from ._blocks import Steps, blocks_to_tasks
from ._discovery import offset_pages, page_of
from ._lookup import find_named

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import (
        DeleteModuleResponse,
        ModuleResponse,
        ModuleRestoreVersionResponse,
        ModuleUsageResponse,
        ModuleVersionInfo,
    )

ModuleList = list["ModuleResponse"]
VERSIONS_PAGE = 100  # the spec's maximum


class ModuleUpdateOptions(RequestOptions, total=False):
    name: str
    description: str
    blocks: Steps
    """The module's steps, in Revyl's YAML shape or the API's."""


def _name_of(module: ModuleResponse) -> str:
    return module.name


def _id_of(module: ModuleResponse) -> str:
    return str(module.id)


def _version(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RevylError(f"{what} must be a version number (an int from 1), got {value!r}")
    return value


def _list_call(options: RequestOptions) -> APICall[ModuleList]:
    from revyl_api.api.modules import list_modules
    from revyl_api.models import ModulesListResponse

    return call(list_modules, ModulesListResponse, **options).map(lambda response: response.result)


def _get_call(module_id: str, options: RequestOptions) -> APICall[ModuleResponse]:
    from revyl_api.api.modules import get_module
    from revyl_api.models import ModuleSingleResponse

    return call(get_module, ModuleSingleResponse, module_id=require_uuid(module_id, "module_id"),
                **options).map(lambda response: response.result)


def _create_call(name: str, blocks: Steps, description: str | None,
                 options: RequestOptions) -> APICall[ModuleResponse]:
    from revyl_api.api.modules import create_module
    from revyl_api.models import CreateModuleRequest, ModuleSingleResponse

    if not isinstance(name, str) or not name.strip():
        raise RevylError(f"a module name must be non-empty text, got {name!r}")
    fields = {"name": name, "blocks": blocks_to_tasks(blocks),
              **({} if description is None else {"description": description})}
    return call(create_module, ModuleSingleResponse, safety=Safety.UNSAFE,
                body=build_model(CreateModuleRequest, fields, "module"), **options).map(lambda r: r.result)


def _update_call(module_id: str, expected_version: int | None,
                 options: ModuleUpdateOptions) -> APICall[ModuleResponse]:
    from revyl_api.api.modules import update_module
    from revyl_api.models import ModuleSingleResponse, UpdateModuleRequest

    fields, request = split_request_options(dict(options))
    if not fields:
        raise RevylError("modules.update needs name, description or blocks")
    if "blocks" in fields:
        fields["blocks"] = blocks_to_tasks(fields["blocks"])
    if expected_version is not None:
        fields["expected_version"] = _version(expected_version, "expected_version")
    return call(update_module, ModuleSingleResponse, module_id=require_uuid(module_id, "module_id"),
                body=build_model(UpdateModuleRequest, fields, "module update"), **request).map(lambda r: r.result)


def _stale(conflict: ConflictError, module_id: str, expected_version: int | None,
           current: ModuleResponse) -> ConflictError:
    if expected_version is None:
        return conflict
    version = current.version if isinstance(current.version, int) else None
    return VersionConflictError("module", module_id, expected_version, version, conflict)


def _delete_call(module_id: str, options: RequestOptions) -> APICall[DeleteModuleResponse]:
    from revyl_api.api.modules import delete_module
    from revyl_api.models import DeleteModuleResponse

    return call(delete_module, DeleteModuleResponse, module_id=require_uuid(module_id, "module_id"), **options)


def _versions_pages(module_id: str, options: RequestOptions) -> PageCall[ModuleVersionInfo]:
    from revyl_api.api.modules import get_module_versions
    from revyl_api.models import ModuleVersionListResponse

    require_uuid(module_id, "module_id")

    def page_at(limit: int, offset: int) -> APICall[PageOf[ModuleVersionInfo]]:
        listing = call(get_module_versions, ModuleVersionListResponse, module_id=module_id, limit=limit,
                       offset=offset, **options)
        return listing.map(lambda response: page_of(response.versions, limit, offset + limit < response.total))

    return offset_pages(VERSIONS_PAGE, page_at)


def _restore_call(module_id: str, version: int, options: RequestOptions) -> APICall[ModuleRestoreVersionResponse]:
    from revyl_api.api.modules import restore_module_version
    from revyl_api.models import ModuleRestoreVersionRequest, ModuleRestoreVersionResponse

    return call(restore_module_version, ModuleRestoreVersionResponse, safety=Safety.UNSAFE,
                module_id=require_uuid(module_id, "module_id"),
                body=ModuleRestoreVersionRequest(version=_version(version, "version")), **options)


def _usage_call(module_id: str, options: RequestOptions) -> APICall[ModuleUsageResponse]:
    from revyl_api.api.modules import get_module_usage
    from revyl_api.models import ModuleUsageResponse

    return call(get_module_usage, ModuleUsageResponse, module_id=require_uuid(module_id, "module_id"), **options)


class Modules(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> ModuleList:
        """Every module of the organisation, with its blocks and version."""
        return self._api.execute(_list_call(options))

    def get(self, module_id: str, **options: Unpack[RequestOptions]) -> ModuleResponse:
        """The module with this id, with its blocks."""
        return self._api.execute(_get_call(module_id, options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> ModuleResponse:
        """The module called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("module", name, self.list(**options), _name_of, _id_of)

    def create(self, name: str, blocks: Steps, *, description: str | None = None,
               **options: Unpack[RequestOptions]) -> ModuleResponse:
        """Create a module of `blocks` (Revyl's YAML shape or the API's)."""
        return self._api.execute(_create_call(name, blocks, description, options))

    def update(self, module_id: str, *, expected_version: int | None = None,
               **fields: Unpack[ModuleUpdateOptions]) -> ModuleResponse:
        """Change only the fields given; with `expected_version`, a module changed since raises
        `VersionConflictError` and nothing is changed."""
        edit = _update_call(module_id, expected_version, fields)
        try:
            return self._api.execute(edit)
        except ConflictError as conflict:
            raise _stale(conflict, module_id, expected_version, self.get(module_id)) from None

    def delete(self, module_id: str, **options: Unpack[RequestOptions]) -> DeleteModuleResponse:
        """Delete the module."""
        return self._api.execute(_delete_call(module_id, options))

    def versions(self, module_id: str, **options: Unpack[RequestOptions]) -> SyncPager[ModuleVersionInfo]:
        """Every saved version of the module, newest first, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _versions_pages(module_id, options))

    def restore(self, module_id: str, version: int,
                **options: Unpack[RequestOptions]) -> ModuleRestoreVersionResponse:
        """Bring back `version`'s blocks; this saves them as a new version."""
        return self._api.execute(_restore_call(module_id, version, options))

    def usage(self, module_id: str, **options: Unpack[RequestOptions]) -> ModuleUsageResponse:
        """The tests that import the module."""
        return self._api.execute(_usage_call(module_id, options))


class AsyncModules(AsyncResource):
    async def list(self, **options: Unpack[RequestOptions]) -> ModuleList:
        """Every module of the organisation, with its blocks and version."""
        return await self._api.execute(_list_call(options))

    async def get(self, module_id: str, **options: Unpack[RequestOptions]) -> ModuleResponse:
        """The module with this id, with its blocks."""
        return await self._api.execute(_get_call(module_id, options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> ModuleResponse:
        """The module called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("module", name, await self.list(**options), _name_of, _id_of)

    async def create(self, name: str, blocks: Steps, *, description: str | None = None,
                     **options: Unpack[RequestOptions]) -> ModuleResponse:
        """Create a module of `blocks` (Revyl's YAML shape or the API's)."""
        return await self._api.execute(_create_call(name, blocks, description, options))

    async def update(self, module_id: str, *, expected_version: int | None = None,
                     **fields: Unpack[ModuleUpdateOptions]) -> ModuleResponse:
        """Change only the fields given; with `expected_version`, a module changed since raises
        `VersionConflictError` and nothing is changed."""
        edit = _update_call(module_id, expected_version, fields)
        try:
            return await self._api.execute(edit)
        except ConflictError as conflict:
            raise _stale(conflict, module_id, expected_version, await self.get(module_id)) from None

    async def delete(self, module_id: str, **options: Unpack[RequestOptions]) -> DeleteModuleResponse:
        """Delete the module."""
        return await self._api.execute(_delete_call(module_id, options))

    def versions(self, module_id: str, **options: Unpack[RequestOptions]) -> AsyncPager[ModuleVersionInfo]:
        """Every saved version of the module, newest first, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _versions_pages(module_id, options))

    async def restore(self, module_id: str, version: int,
                      **options: Unpack[RequestOptions]) -> ModuleRestoreVersionResponse:
        """Bring back `version`'s blocks; this saves them as a new version."""
        return await self._api.execute(_restore_call(module_id, version, options))

    async def usage(self, module_id: str, **options: Unpack[RequestOptions]) -> ModuleUsageResponse:
        """The tests that import the module."""
        return await self._api.execute(_usage_call(module_id, options))
