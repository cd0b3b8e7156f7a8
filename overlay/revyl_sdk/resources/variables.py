"""`client.variables`: a test's own variables, the `{{name}}` its steps refer to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.effects import Send
from .._core.exceptions import RevylError
from .._core.resource import AsyncResource, RequestOptions, SyncResource
from .._core.retry import Safety
from ._lookup import exact_named, find_named, require_exact, require_name

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import VariableRow

    from .._core.effects import Plan

VariableList = list["VariableRow"]


def _name_of(row: VariableRow) -> str:
    return row.variable_name


def _id_of(row: VariableRow) -> str:
    return str(row.id)


def _list_call(test_id: str, options: RequestOptions) -> APICall[VariableList]:
    from revyl_api.api.custom_variables import read_variables_endpoint
    from revyl_api.models import VariablesResponse

    return call(read_variables_endpoint, VariablesResponse, test_uid=require_uuid(test_id, "test_id"),
                **options).map(lambda response: response.result)


def _set_plan(test_id: str, name: str, value: str, options: RequestOptions) -> Plan[VariableRow]:
    from revyl_api.api.custom_variables import add_variable_endpoint, update_variable_value_endpoint
    from revyl_api.models import UpdateVariableValueModel, VariableModel, VariableResponse


    require_name(name, "a variable name")
    if not isinstance(value, str):
        raise RevylError(f"the value of {name!r} must be text, got {type(value).__name__}")
    rows = yield Send(_list_call(test_id, options))
    row = exact_named("variable", name, rows, _name_of, _id_of)
    if row is None:
        body = build_model(VariableModel, {"test_uid": test_id, "variable_name": name, "variable_value": value},
                           "variable")
        added: VariableResponse = yield Send(
            call(add_variable_endpoint, VariableResponse, safety=Safety.UNSAFE, body=body, **options))
        return added.result
    changed: VariableResponse = yield Send(call(
        update_variable_value_endpoint, VariableResponse,
        body=UpdateVariableValueModel(variable_id=row.id, variable_value=value), **options))
    return changed.result


def _rename_plan(test_id: str, name: str, new_name: str, options: RequestOptions) -> Plan[VariableRow]:
    from revyl_api.api.custom_variables import update_variable_endpoint
    from revyl_api.models import UpdateVariableNameModel, VariableResponse


    require_name(new_name, "the new variable name")
    rows = yield Send(_list_call(test_id, options))
    row = require_exact("variable", name, rows, _name_of, _id_of)
    if new_name != name and exact_named("variable", new_name, rows, _name_of, _id_of) is not None:
        raise RevylError(f"test {test_id} already has a variable {new_name!r}: nothing renamed")
    renamed: VariableResponse = yield Send(call(
        update_variable_endpoint, VariableResponse, variable_id=row.id,
        body=build_model(UpdateVariableNameModel, {"test_uid": test_id, "variable_name": new_name}, "variable"),
        **options))
    return renamed.result


def _delete_call(test_id: str, name: str, options: RequestOptions) -> APICall[VariableList]:
    from revyl_api.api.custom_variables import delete_variable_endpoint
    from revyl_api.models import VariablesResponse

    return call(delete_variable_endpoint, VariablesResponse, test_uid=require_uuid(test_id, "test_id"),
                variable_name=require_name(name, "a variable name"), **options).map(lambda r: r.result)


def _delete_all_call(test_id: str, options: RequestOptions) -> APICall[None]:
    from revyl_api.api.custom_variables import delete_all_variables_endpoint
    from revyl_api.models import VariablesResponse

    return call(delete_all_variables_endpoint, VariablesResponse, test_uid=require_uuid(test_id, "test_id"),
                **options).map(lambda _: None)


class Variables(SyncResource):
    def list(self, test_id: str, **options: Unpack[RequestOptions]) -> VariableList:
        """The test's variables with their values."""
        return self._api.execute(_list_call(test_id, options))

    def get(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """The variable called exactly `name` (`NameNotFoundError` with the closest names otherwise)."""
        return require_exact("variable", name, self.list(test_id, **options), _name_of, _id_of)

    def find(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """The variable called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("variable", name, self.list(test_id, **options), _name_of, _id_of)

    def set(self, test_id: str, name: str, value: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """Give the variable `name` (exact) this value, creating it if the test has none."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _set_plan(test_id, name, value, options))

    def rename(self, test_id: str, name: str, new_name: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """Rename the variable (its value stays); the steps' `{{name}}` are not rewritten."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _rename_plan(test_id, name, new_name, options))

    def delete(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableList:
        """Delete the variable `name`; returns the variables left."""
        return self._api.execute(_delete_call(test_id, name, options))

    def delete_all(self, test_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete every variable of the test."""
        self._api.execute(_delete_all_call(test_id, options))


class AsyncVariables(AsyncResource):
    async def list(self, test_id: str, **options: Unpack[RequestOptions]) -> VariableList:
        """The test's variables with their values."""
        return await self._api.execute(_list_call(test_id, options))

    async def get(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """The variable called exactly `name` (`NameNotFoundError` with the closest names otherwise)."""
        return require_exact("variable", name, await self.list(test_id, **options), _name_of, _id_of)

    async def find(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """The variable called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("variable", name, await self.list(test_id, **options), _name_of, _id_of)

    async def set(self, test_id: str, name: str, value: str, **options: Unpack[RequestOptions]) -> VariableRow:
        """Give the variable `name` (exact) this value, creating it if the test has none."""
        from .._core.runtime import run_async

        return await run_async(self._api, _set_plan(test_id, name, value, options))

    async def rename(self, test_id: str, name: str, new_name: str,
                     **options: Unpack[RequestOptions]) -> VariableRow:
        """Rename the variable (its value stays); the steps' `{{name}}` are not rewritten."""
        from .._core.runtime import run_async

        return await run_async(self._api, _rename_plan(test_id, name, new_name, options))

    async def delete(self, test_id: str, name: str, **options: Unpack[RequestOptions]) -> VariableList:
        """Delete the variable `name`; returns the variables left."""
        return await self._api.execute(_delete_call(test_id, name, options))

    async def delete_all(self, test_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete every variable of the test."""
        await self._api.execute(_delete_all_call(test_id, options))
