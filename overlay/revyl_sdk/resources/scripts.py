"""`client.scripts`: the code that `code_execution` steps run (Python, JavaScript, TypeScript, Bash)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import RevylError
from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from ._discovery import offset_pages, page_of
from ._lookup import find_named

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import CodeExecutionScript, ScriptUsageResponse

SCRIPTS_PAGE = 500  # what Revyl's CLI asks for (the spec allows 1000)
RUNTIMES = ("python", "javascript", "typescript", "bash")


class ScriptListOptions(RequestOptions, total=False):
    runtime: str
    """Only scripts of this runtime."""


class ScriptUpdateOptions(RequestOptions, total=False):
    name: str
    code: str
    runtime: str
    description: str


def _runtime(runtime: object) -> str:
    if isinstance(runtime, str) and runtime.strip().lower() in RUNTIMES:
        return runtime.strip().lower()
    raise RevylError(f"Unknown runtime {runtime!r}: expected one of {', '.join(RUNTIMES)}")


def _name_of(script: CodeExecutionScript) -> str:
    return script.name


def _id_of(script: CodeExecutionScript) -> str:
    return str(script.id)


def _list_pages(options: ScriptListOptions) -> PageCall[CodeExecutionScript]:
    from revyl_api.api.code_execution_scripts import list_scripts
    from revyl_api.models import CodeExecutionScriptListResponse

    query, request = split_request_options(dict(options))
    if "runtime" in query:
        query["runtime"] = _runtime(query["runtime"])

    def page_at(limit: int, offset: int) -> APICall[PageOf[CodeExecutionScript]]:
        listing = call(list_scripts, CodeExecutionScriptListResponse, limit=limit, offset=offset, **query, **request)
        return listing.map(lambda response: page_of(response.scripts, limit, offset + limit < response.count))

    return offset_pages(SCRIPTS_PAGE, page_at)


def _get_call(script_id: str, options: RequestOptions) -> APICall[CodeExecutionScript]:
    from revyl_api.api.code_execution_scripts import get_script
    from revyl_api.models import CodeExecutionScript

    return call(get_script, CodeExecutionScript, script_id=require_uuid(script_id, "script_id"), **options)


def _create_call(name: str, code: str, runtime: str, description: str | None,
                 options: RequestOptions) -> APICall[CodeExecutionScript]:
    from revyl_api.api.code_execution_scripts import create_script
    from revyl_api.models import CodeExecutionScript, CodeExecutionScriptCreate

    if not isinstance(name, str) or not name.strip():
        raise RevylError(f"a script name must be non-empty text, got {name!r}")
    if not isinstance(code, str) or not code.strip():
        raise RevylError(f"script {name!r} has no code")
    fields = {"name": name, "code": code, "runtime": _runtime(runtime),
              **({} if description is None else {"description": description})}
    return call(create_script, CodeExecutionScript, safety=Safety.UNSAFE,
                body=build_model(CodeExecutionScriptCreate, fields, "script"), **options)


def _update_call(script_id: str, options: ScriptUpdateOptions) -> APICall[CodeExecutionScript]:
    from revyl_api.api.code_execution_scripts import update_script
    from revyl_api.models import CodeExecutionScript, CodeExecutionScriptUpdate

    fields, request = split_request_options(dict(options))
    if not fields:
        raise RevylError("scripts.update needs name, code, runtime or description")
    if "runtime" in fields:
        fields["runtime"] = _runtime(fields["runtime"])
    return call(update_script, CodeExecutionScript, script_id=require_uuid(script_id, "script_id"),
                body=build_model(CodeExecutionScriptUpdate, fields, "script update"), **request)


def _delete_call(script_id: str, options: RequestOptions) -> APICall[None]:
    from revyl_api.api.code_execution_scripts import delete_script

    return call(delete_script, object, script_id=require_uuid(script_id, "script_id"), **options).map(lambda _: None)


def _usage_call(script_id: str, options: RequestOptions) -> APICall[ScriptUsageResponse]:
    from revyl_api.api.code_execution_scripts import get_script_usage
    from revyl_api.models import ScriptUsageResponse

    return call(get_script_usage, ScriptUsageResponse, script_id=require_uuid(script_id, "script_id"), **options)


class Scripts(SyncResource):
    def list(self, **options: Unpack[ScriptListOptions]) -> SyncPager[CodeExecutionScript]:
        """Every script of the organisation (of one `runtime`), fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _list_pages(options))

    def get(self, script_id: str, **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """The script with this id, with its code."""
        return self._api.execute(_get_call(script_id, options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """The script called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("script", name, self.list(**options), _name_of, _id_of)

    def create(self, name: str, *, code: str, runtime: str, description: str | None = None,
               **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """Create a script; `runtime` is python, javascript, typescript or bash."""
        return self._api.execute(_create_call(name, code, runtime, description, options))

    def update(self, script_id: str, **options: Unpack[ScriptUpdateOptions]) -> CodeExecutionScript:
        """Change only the fields given."""
        return self._api.execute(_update_call(script_id, options))

    def delete(self, script_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the script."""
        self._api.execute(_delete_call(script_id, options))

    def usage(self, script_id: str, **options: Unpack[RequestOptions]) -> ScriptUsageResponse:
        """The tests whose steps run the script."""
        return self._api.execute(_usage_call(script_id, options))


class AsyncScripts(AsyncResource):
    def list(self, **options: Unpack[ScriptListOptions]) -> AsyncPager[CodeExecutionScript]:
        """Every script of the organisation (of one `runtime`), fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _list_pages(options))

    async def get(self, script_id: str, **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """The script with this id, with its code."""
        return await self._api.execute(_get_call(script_id, options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """The script called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("script", name, [script async for script in self.list(**options)], _name_of, _id_of)

    async def create(self, name: str, *, code: str, runtime: str, description: str | None = None,
                     **options: Unpack[RequestOptions]) -> CodeExecutionScript:
        """Create a script; `runtime` is python, javascript, typescript or bash."""
        return await self._api.execute(_create_call(name, code, runtime, description, options))

    async def update(self, script_id: str, **options: Unpack[ScriptUpdateOptions]) -> CodeExecutionScript:
        """Change only the fields given."""
        return await self._api.execute(_update_call(script_id, options))

    async def delete(self, script_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the script."""
        await self._api.execute(_delete_call(script_id, options))

    async def usage(self, script_id: str, **options: Unpack[RequestOptions]) -> ScriptUsageResponse:
        """The tests whose steps run the script."""
        return await self._api.execute(_usage_call(script_id, options))
