"""`client.launch_variables`: the organisation's launch environment variables (passed to
the app when a device starts it) and which tests they are attached to.

Wherever a launch variable is named, its id or its key works (`"API_URL"`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack, cast

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.effects import Send
from .._core.exceptions import RevylError
from .._core.names import is_uuid
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from .._core.retry import Safety
from ._lookup import find_named, require_exact, require_name

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import OrgLaunchEnvVarDeleteResponse, OrgLaunchEnvVarRow

    from .._core.effects import Plan

LaunchVariableList = list["OrgLaunchEnvVarRow"]


class LaunchVariableUpdateOptions(RequestOptions, total=False):
    key: str
    value: str
    description: str


def _key_of(row: OrgLaunchEnvVarRow) -> str:
    return row.key


def _id_of(row: OrgLaunchEnvVarRow) -> str:
    return str(row.id)


def _list_call(options: RequestOptions) -> APICall[LaunchVariableList]:
    from revyl_api.api.org_launch_environment_variables import list_org_launch_env_vars
    from revyl_api.models import OrgLaunchEnvVarsResponse

    return call(list_org_launch_env_vars, OrgLaunchEnvVarsResponse, **options).map(lambda response: response.result)


def _ids_plan(refs: Sequence[str], options: RequestOptions) -> Plan[list[str]]:
    """Ids for ids-or-keys; the listing is read only when a key is given."""

    if isinstance(refs, str) or not isinstance(refs, Sequence):
        raise RevylError(f"launch variables must be a list of ids or keys, got {type(refs).__name__}")
    keys = [require_name(ref, "a launch variable key") for ref in refs if not is_uuid(ref)]
    rows = (yield Send(_list_call(options))) if keys else []
    return [ref.strip() if is_uuid(ref) else _id_of(require_exact("launch variable", ref, rows, _key_of, _id_of))
            for ref in refs]


def _create_call(key: str, value: str, description: str | None, options: RequestOptions,
                 ) -> APICall[OrgLaunchEnvVarRow]:
    from revyl_api.api.org_launch_environment_variables import add_org_launch_env_var
    from revyl_api.models import OrgLaunchEnvVarCreate, OrgLaunchEnvVarResponse

    if not isinstance(value, str):  # the value itself is never echoed: it may be a secret
        raise RevylError(f"the value of {key!r} must be text, got {type(value).__name__}")
    fields = {"key": require_name(key, "a launch variable key"), "value": value,
              **({} if description is None else {"description": description})}
    return call(add_org_launch_env_var, OrgLaunchEnvVarResponse, safety=Safety.UNSAFE,
                body=build_model(OrgLaunchEnvVarCreate, fields, "launch variable"), **options).map(lambda r: r.result)


def _update_plan(env_var: str, options: LaunchVariableUpdateOptions) -> Plan[OrgLaunchEnvVarRow]:
    from revyl_api.api.org_launch_environment_variables import update_org_launch_env_var
    from revyl_api.models import OrgLaunchEnvVarResponse, OrgLaunchEnvVarUpdate


    fields, request = split_request_options(dict(options))
    if not fields:
        raise RevylError("launch_variables.update needs key, value or description")
    body = build_model(OrgLaunchEnvVarUpdate, fields, "launch variable update")
    (env_var_id,) = yield from _ids_plan([env_var], cast(RequestOptions, request))
    updated: OrgLaunchEnvVarResponse = yield Send(call(update_org_launch_env_var, OrgLaunchEnvVarResponse,
                                                       env_var_id=env_var_id, body=body, **request))
    return updated.result


def _delete_plan(env_var: str, options: RequestOptions) -> Plan[OrgLaunchEnvVarDeleteResponse]:
    from revyl_api.api.org_launch_environment_variables import delete_org_launch_env_var
    from revyl_api.models import OrgLaunchEnvVarDeleteResponse


    (env_var_id,) = yield from _ids_plan([env_var], options)
    deleted: OrgLaunchEnvVarDeleteResponse = yield Send(
        call(delete_org_launch_env_var, OrgLaunchEnvVarDeleteResponse, env_var_id=env_var_id, **options))
    return deleted


def _attached_call(test_id: str, options: RequestOptions) -> APICall[LaunchVariableList]:
    from revyl_api.api.org_launch_environment_variables import list_test_launch_env_var_attachments
    from revyl_api.models import OrgLaunchEnvVarsResponse

    return call(list_test_launch_env_var_attachments, OrgLaunchEnvVarsResponse,
                test_id=require_uuid(test_id, "test_id"), **options).map(lambda response: response.result)


def _attachment_plan(test_id: str, refs: Sequence[str], how: str, options: RequestOptions,
                     ) -> Plan[LaunchVariableList]:
    """attach / detach one, or replace all: the test's attachments afterwards."""
    from revyl_api.api.org_launch_environment_variables import (
        attach_test_launch_env_var,
        detach_test_launch_env_var,
        replace_test_launch_env_var_attachments,
    )
    from revyl_api.models import (
        OrgLaunchEnvVarAttachRequest,
        OrgLaunchEnvVarsResponse,
        ReplaceTestLaunchEnvVarRefsRequest,
    )


    test_id = require_uuid(test_id, "test_id")
    ids = yield from _ids_plan(refs, options)
    if how == "replace":
        body = build_model(ReplaceTestLaunchEnvVarRefsRequest, {"test_id": test_id, "env_var_ids": ids}, "attachments")
        attachments = call(replace_test_launch_env_var_attachments, OrgLaunchEnvVarsResponse, body=body,
                           **options)
    elif how == "attach":
        body_one = build_model(OrgLaunchEnvVarAttachRequest, {"test_id": test_id, "env_var_id": ids[0]}, "attachment")
        attachments = call(attach_test_launch_env_var, OrgLaunchEnvVarsResponse, body=body_one, **options)
    else:
        attachments = call(detach_test_launch_env_var, OrgLaunchEnvVarsResponse, test_id=test_id,
                           env_var_id=ids[0], **options)
    now: OrgLaunchEnvVarsResponse = yield Send(attachments)
    return now.result


class LaunchVariables(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Every launch variable of the organisation, with how many tests it is attached to."""
        return self._api.execute(_list_call(options))

    def find(self, key: str, **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarRow:
        """The launch variable with this key, exact or else ignoring case, as `tests.find`."""
        return find_named("launch variable", key, self.list(**options), _key_of, _id_of)

    def create(self, key: str, value: str, *, description: str | None = None,
               **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarRow:
        """Create the launch variable `key` with `value` (never echoed: it may be a secret)."""
        return self._api.execute(_create_call(key, value, description, options))

    def update(self, env_var: str, **options: Unpack[LaunchVariableUpdateOptions]) -> OrgLaunchEnvVarRow:
        """Change only the fields given of the launch variable (id or key)."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _update_plan(env_var, options))

    def delete(self, env_var: str, **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarDeleteResponse:
        """Delete it; the tests it was attached to are detached (`detached_test_count`)."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _delete_plan(env_var, options))

    def attached(self, test_id: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """The launch variables attached to the test."""
        return self._api.execute(_attached_call(test_id, options))

    def attach(self, test_id: str, env_var: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Attach one launch variable to the test; returns its attachments now."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _attachment_plan(test_id, [env_var], "attach", options))

    def detach(self, test_id: str, env_var: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Detach one launch variable from the test; returns its attachments now."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _attachment_plan(test_id, [env_var], "detach", options))

    def replace(self, test_id: str, env_vars: Sequence[str], **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Make `env_vars` the test's whole set of launch variables."""
        from .._core.runtime import run_sync

        return run_sync(self._api, _attachment_plan(test_id, env_vars, "replace", options))


class AsyncLaunchVariables(AsyncResource):
    async def list(self, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Every launch variable of the organisation, with how many tests it is attached to."""
        return await self._api.execute(_list_call(options))

    async def find(self, key: str, **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarRow:
        """The launch variable with this key, exact or else ignoring case, as `tests.find`."""
        return find_named("launch variable", key, await self.list(**options), _key_of, _id_of)

    async def create(self, key: str, value: str, *, description: str | None = None,
                     **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarRow:
        """Create the launch variable `key` with `value` (never echoed: it may be a secret)."""
        return await self._api.execute(_create_call(key, value, description, options))

    async def update(self, env_var: str, **options: Unpack[LaunchVariableUpdateOptions]) -> OrgLaunchEnvVarRow:
        """Change only the fields given of the launch variable (id or key)."""
        from .._core.runtime import run_async

        return await run_async(self._api, _update_plan(env_var, options))

    async def delete(self, env_var: str, **options: Unpack[RequestOptions]) -> OrgLaunchEnvVarDeleteResponse:
        """Delete it; the tests it was attached to are detached (`detached_test_count`)."""
        from .._core.runtime import run_async

        return await run_async(self._api, _delete_plan(env_var, options))

    async def attached(self, test_id: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """The launch variables attached to the test."""
        return await self._api.execute(_attached_call(test_id, options))

    async def attach(self, test_id: str, env_var: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Attach one launch variable to the test; returns its attachments now."""
        from .._core.runtime import run_async

        return await run_async(self._api, _attachment_plan(test_id, [env_var], "attach", options))

    async def detach(self, test_id: str, env_var: str, **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Detach one launch variable from the test; returns its attachments now."""
        from .._core.runtime import run_async

        return await run_async(self._api, _attachment_plan(test_id, [env_var], "detach", options))

    async def replace(self, test_id: str, env_vars: Sequence[str],
                      **options: Unpack[RequestOptions]) -> LaunchVariableList:
        """Make `env_vars` the test's whole set of launch variables."""
        from .._core.runtime import run_async

        return await run_async(self._api, _attachment_plan(test_id, env_vars, "replace", options))
