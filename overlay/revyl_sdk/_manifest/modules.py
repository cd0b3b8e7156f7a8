"""`client.modules` and `client.scripts`: the reusable blocks and code tests refer to."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_MODULE = Model("ModuleResponse", ("id", "name", "version"))
_ONE = Model("ModuleSingleResponse", ("result",))
_GET = Operation("GET /api/v1/modules/{module_id}", "modules.get_module", ("module_id",))
_LIST = Needs((Operation("GET /api/v1/modules/list", "modules.list_modules"),),
              (Model("ModulesListResponse", ("result",)), _MODULE))

_SCRIPT = Model("CodeExecutionScript", ("id", "name"))
_SCRIPTS = Needs(
    (Operation("GET /api/v1/tests/scripts", "code_execution_scripts.list_scripts", ("limit", "offset", "runtime")),),
    (Model("CodeExecutionScriptListResponse", ("scripts", "count")), _SCRIPT),
)
_SCRIPT_ID = "/api/v1/tests/scripts/{script_id}"

METHODS = {
    "modules.list": _LIST,
    "modules.find": _LIST,
    "modules.get": Needs((_GET,), (_ONE, _MODULE)),
    "modules.create": Needs(
        (Operation("POST /api/v1/modules/create", "modules.create_module", ("body",)),),
        (Model("CreateModuleRequest", ("name", "blocks", "description")), _ONE, _MODULE),
    ),
    "modules.update": Needs(
        (Operation("PUT /api/v1/modules/update/{module_id}", "modules.update_module", ("module_id", "body")),
         _GET),  # a 409 reads the version now there
        (Model("UpdateModuleRequest", ("name", "description", "blocks", "expected_version")), _ONE, _MODULE),
    ),
    "modules.delete": Needs(
        (Operation("DELETE /api/v1/modules/delete/{module_id}", "modules.delete_module", ("module_id",)),),
        (Model("DeleteModuleResponse"),),
    ),
    "modules.versions": Needs(
        (Operation("GET /api/v1/modules/{module_id}/versions", "modules.get_module_versions",
                   ("module_id", "limit", "offset")),),
        (Model("ModuleVersionListResponse", ("versions", "total")), Model("ModuleVersionInfo")),
    ),
    "modules.restore": Needs(
        (Operation("POST /api/v1/modules/{module_id}/restore", "modules.restore_module_version",
                   ("module_id", "body")),),
        (Model("ModuleRestoreVersionRequest", ("version",)), Model("ModuleRestoreVersionResponse")),
    ),
    "modules.usage": Needs(
        (Operation("GET /api/v1/modules/{module_id}/tests", "modules.get_module_usage", ("module_id",)),),
        (Model("ModuleUsageResponse"),),
    ),
    "scripts.list": _SCRIPTS,
    "scripts.find": _SCRIPTS,
    "scripts.get": Needs((Operation(f"GET {_SCRIPT_ID}", "code_execution_scripts.get_script", ("script_id",)),),
                         (_SCRIPT,)),
    "scripts.create": Needs(
        (Operation("POST /api/v1/tests/scripts", "code_execution_scripts.create_script", ("body",)),),
        (Model("CodeExecutionScriptCreate", ("name", "code", "runtime", "description")), _SCRIPT),
    ),
    "scripts.update": Needs(
        (Operation(f"PUT {_SCRIPT_ID}", "code_execution_scripts.update_script", ("script_id", "body")),),
        (Model("CodeExecutionScriptUpdate", ("name", "code", "runtime", "description")), _SCRIPT),
    ),
    "scripts.delete": Needs(
        (Operation(f"DELETE {_SCRIPT_ID}", "code_execution_scripts.delete_script", ("script_id",)),),
    ),
    "scripts.usage": Needs(
        (Operation(f"GET {_SCRIPT_ID}/tests", "code_execution_scripts.get_script_usage", ("script_id",)),),
        (Model("ScriptUsageResponse"),),
    ),
}
