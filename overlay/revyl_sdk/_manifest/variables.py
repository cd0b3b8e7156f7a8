"""`client.variables` (a test's `{{name}}`), `client.global_variables`, `client.launch_variables`."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_ROW = Model("VariableRow", ("id", "variable_name"))
_READ = Operation("GET /api/v1/variables/custom/read_variables", "custom_variables.read_variables_endpoint",
                  ("test_uid",))
_TEST_LIST = Needs((_READ,), (Model("VariablesResponse", ("result",)), _ROW))

_GLOBAL_ROW = Model("GlobalVariableRow", ("id", "variable_name"))
_GLOBAL_LIST = Needs((Operation("GET /api/v1/variables/global", "global_variables.list_global_variables"),),
                     (Model("GlobalVariablesResponse", ("result",)), _GLOBAL_ROW))
_GLOBAL_ONE = Model("GlobalVariableResponse", ("result",))

_LAUNCH_ROW = Model("OrgLaunchEnvVarRow", ("id", "key"))
_LAUNCH_LIST_OP = Operation("GET /api/v1/variables/org_launch_env",
                            "org_launch_environment_variables.list_org_launch_env_vars")
_LAUNCH_LIST = Needs((_LAUNCH_LIST_OP,), (Model("OrgLaunchEnvVarsResponse", ("result",)), _LAUNCH_ROW))
_ATTACHMENTS = "/api/v1/variables/org_launch_env/test-attachments"
_ATTACHED = Model("OrgLaunchEnvVarsResponse", ("result",))

METHODS = {
    "variables.list": _TEST_LIST,
    "variables.get": _TEST_LIST,
    "variables.find": _TEST_LIST,
    "variables.set": Needs(
        (
            _READ,
            Operation("POST /api/v1/variables/custom/add", "custom_variables.add_variable_endpoint", ("body",)),
            Operation("PUT /api/v1/variables/custom/update_value", "custom_variables.update_variable_value_endpoint",
                      ("body",)),
        ),
        (
            Model("VariablesResponse", ("result",)),
            Model("VariableModel", ("test_uid", "variable_name", "variable_value")),
            Model("UpdateVariableValueModel", ("variable_id", "variable_value")),
            Model("VariableResponse", ("result",)),
            _ROW,
        ),
    ),
    "variables.rename": Needs(
        (_READ, Operation("PUT /api/v1/variables/custom/update/{variable_id}",
                          "custom_variables.update_variable_endpoint", ("variable_id", "body"))),
        (Model("VariablesResponse", ("result",)), Model("UpdateVariableNameModel", ("test_uid", "variable_name")),
         Model("VariableResponse", ("result",)), _ROW),
    ),
    "variables.delete": Needs(
        (Operation("DELETE /api/v1/variables/custom/delete", "custom_variables.delete_variable_endpoint",
                   ("test_uid", "variable_name")),),
        (Model("VariablesResponse", ("result",)),),
    ),
    "variables.delete_all": Needs(
        (Operation("DELETE /api/v1/variables/custom/delete_all", "custom_variables.delete_all_variables_endpoint",
                   ("test_uid",)),),
        (Model("VariablesResponse"),),
    ),
    "global_variables.list": _GLOBAL_LIST,
    "global_variables.get": _GLOBAL_LIST,
    "global_variables.find": _GLOBAL_LIST,
    "global_variables.set": Needs(
        (
            *_GLOBAL_LIST.operations,
            Operation("POST /api/v1/variables/global", "global_variables.add_global_variable", ("body",)),
            Operation("PUT /api/v1/variables/global/{variable_id}", "global_variables.update_global_variable",
                      ("variable_id", "body")),
        ),
        (
            *_GLOBAL_LIST.models,
            Model("GlobalVariableCreate", ("variable_name", "variable_value"),
                  optional_fields=("description", "is_secret")),
            Model("GlobalVariableUpdate", ("variable_name", "variable_value"),
                  optional_fields=("description", "is_secret")),
            _GLOBAL_ONE,
        ),
    ),
    "global_variables.delete": Needs(
        (*_GLOBAL_LIST.operations, Operation("DELETE /api/v1/variables/global/{variable_id}",
                                             "global_variables.delete_global_variable", ("variable_id",))),
        (*_GLOBAL_LIST.models, _GLOBAL_ONE),
    ),
    "launch_variables.list": _LAUNCH_LIST,
    "launch_variables.find": _LAUNCH_LIST,
    "launch_variables.create": Needs(
        (Operation("POST /api/v1/variables/org_launch_env", "org_launch_environment_variables.add_org_launch_env_var",
                   ("body",)),),
        (Model("OrgLaunchEnvVarCreate", ("key", "value", "description")),
         Model("OrgLaunchEnvVarResponse", ("result",))),
    ),
    # Given a key rather than an id, these read the listing first.
    "launch_variables.update": Needs(
        (_LAUNCH_LIST_OP, Operation("PUT /api/v1/variables/org_launch_env/{env_var_id}",
                                    "org_launch_environment_variables.update_org_launch_env_var",
                                    ("env_var_id", "body"))),
        (*_LAUNCH_LIST.models, Model("OrgLaunchEnvVarUpdate", ("key", "value", "description")),
         Model("OrgLaunchEnvVarResponse", ("result",))),
    ),
    "launch_variables.delete": Needs(
        (_LAUNCH_LIST_OP, Operation("DELETE /api/v1/variables/org_launch_env/{env_var_id}",
                                    "org_launch_environment_variables.delete_org_launch_env_var", ("env_var_id",))),
        (*_LAUNCH_LIST.models, Model("OrgLaunchEnvVarDeleteResponse")),
    ),
    "launch_variables.attached": Needs(
        (Operation(f"GET {_ATTACHMENTS}", "org_launch_environment_variables.list_test_launch_env_var_attachments",
                   ("test_id",)),),
        (_ATTACHED,),
    ),
    "launch_variables.attach": Needs(
        (_LAUNCH_LIST_OP, Operation(f"POST {_ATTACHMENTS}",
                                    "org_launch_environment_variables.attach_test_launch_env_var", ("body",))),
        (*_LAUNCH_LIST.models, Model("OrgLaunchEnvVarAttachRequest", ("test_id", "env_var_id"))),
    ),
    "launch_variables.detach": Needs(
        (_LAUNCH_LIST_OP, Operation(f"DELETE {_ATTACHMENTS}",
                                    "org_launch_environment_variables.detach_test_launch_env_var",
                                    ("test_id", "env_var_id"))),
        _LAUNCH_LIST.models,
    ),
    "launch_variables.replace": Needs(
        (_LAUNCH_LIST_OP, Operation(f"PUT {_ATTACHMENTS}",
                                    "org_launch_environment_variables.replace_test_launch_env_var_attachments",
                                    ("body",))),
        (*_LAUNCH_LIST.models, Model("ReplaceTestLaunchEnvVarRefsRequest", ("test_id", "env_var_ids"))),
    ),
}
