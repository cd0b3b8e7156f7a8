"""`client.global_variables`: the organisation's variables, `{{global.name}}` in any test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call
from .._core.effects import Send
from .._core.exceptions import RevylError
from .._core.resource import AsyncResource, RequestOptions, SyncResource
from .._core.retry import Safety
from ._lookup import exact_named, find_named, require_exact, require_name

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import GlobalVariableRow

    from .._core.effects import Plan

GlobalVariableList = list["GlobalVariableRow"]


def _name_of(row: GlobalVariableRow) -> str:
    return row.variable_name


def _id_of(row: GlobalVariableRow) -> str:
    return str(row.id)


def _list_call(options: RequestOptions) -> APICall[GlobalVariableList]:
    from revyl_api.api.global_variables import list_global_variables
    from revyl_api.models import GlobalVariablesResponse

    return call(list_global_variables, GlobalVariablesResponse, **options).map(lambda response: response.result)


def _set_plan(name: str, value: str, description: str | None, is_secret: bool | None,
              options: RequestOptions) -> Plan[GlobalVariableRow]:
    from revyl_api.api.global_variables import add_global_variable, update_global_variable
    from revyl_api.models import GlobalVariableCreate, GlobalVariableResponse, GlobalVariableUpdate


    require_name(name, "a global variable name")
    if not isinstance(value, str):  # the value itself is never echoed: it may be a secret
        raise RevylError(f"the value of {name!r} must be text, got {type(value).__name__}")
    extra = {key: given for key, given in (("description", description), ("is_secret", is_secret))
             if given is not None}
    row = exact_named("global variable", name, (yield Send(_list_call(options))), _name_of, _id_of)
    if row is None:
        body = build_model(GlobalVariableCreate, {"variable_name": name, "variable_value": value, **extra},
                           "global variable")
        added: GlobalVariableResponse = yield Send(
            call(add_global_variable, GlobalVariableResponse, safety=Safety.UNSAFE, body=body, **options))
        return added.result
    body_update = build_model(GlobalVariableUpdate, {"variable_name": name, "variable_value": value, **extra},
                              "global variable")
    changed: GlobalVariableResponse = yield Send(call(update_global_variable, GlobalVariableResponse,
                                                      variable_id=row.id, body=body_update, **options))
    return changed.result


def _delete_plan(name: str, options: RequestOptions) -> Plan[GlobalVariableRow]:
    from revyl_api.api.global_variables import delete_global_variable
    from revyl_api.models import GlobalVariableResponse


    row = require_exact("global variable", name, (yield Send(_list_call(options))), _name_of, _id_of)
    deleted: GlobalVariableResponse = yield Send(
        call(delete_global_variable, GlobalVariableResponse, variable_id=row.id, **options))
    return deleted.result


class GlobalVariables(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> GlobalVariableList:
        """Every global variable of the organisation (a secret's value is not returned)."""
        return self._api.execute(_list_call(options))

    def get(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """The variable called exactly `name` (`NameNotFoundError` with the closest names otherwise)."""
        return require_exact("global variable", name, self.list(**options), _name_of, _id_of)

    def find(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """The variable called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("global variable", name, self.list(**options), _name_of, _id_of)

    def set(self, name: str, value: str, *, description: str | None = None, is_secret: bool | None = None,
            **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """Give the variable `name` (exact) this value, creating it if there is none."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _set_plan(name, value, description, is_secret, options))

    def delete(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """Delete the variable called exactly `name`; returns it as it was."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _delete_plan(name, options))


class AsyncGlobalVariables(AsyncResource):
    async def list(self, **options: Unpack[RequestOptions]) -> GlobalVariableList:
        """Every global variable of the organisation (a secret's value is not returned)."""
        return await self._api.execute(_list_call(options))

    async def get(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """The variable called exactly `name` (`NameNotFoundError` with the closest names otherwise)."""
        return require_exact("global variable", name, await self.list(**options), _name_of, _id_of)

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """The variable called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("global variable", name, await self.list(**options), _name_of, _id_of)

    async def set(self, name: str, value: str, *, description: str | None = None, is_secret: bool | None = None,
                  **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """Give the variable `name` (exact) this value, creating it if there is none."""
        from .._core.runtime import run_async

        return await run_async(self._api, _set_plan(name, value, description, is_secret, options))

    async def delete(self, name: str, **options: Unpack[RequestOptions]) -> GlobalVariableRow:
        """Delete the variable called exactly `name`; returns it as it was."""
        from .._core.runtime import run_async

        return await run_async(self._api, _delete_plan(name, options))
