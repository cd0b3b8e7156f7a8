"""`client.workflows` methods that create and change workflows (resources/_workflow_edits.py)."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_INFO = Operation("GET /api/v1/workflows/get_workflow_info", "workflows.get_workflow_info_endpoint", ("workflow_id",))
_WORKFLOW = Model("WorkflowsBaseSchema", ("id", "name", "tests", "run_config", "build_config"))
_UPDATE_TESTS = Operation("PUT /api/v1/workflows/update_tests/{workflow_id}", "workflows.update_workflow_tests",
                          ("workflow_id", "body"))
_TESTS = Operation("GET /api/v1/workflows/workflow/{workflow_id}/tests", "workflows.get_workflow_tests_with_policy",
                   ("workflow_id",))
_POLICY = Needs(
    (_TESTS, Operation("PATCH /api/v1/workflows/workflow-tests/{workflow_test_id}",
                       "workflows.update_workflow_test_failure_policy", ("workflow_test_id", "body"))),
    (Model("UpdateFailurePolicyRequest", ("failure_policy",)),),
)

METHODS = {
    "workflows.create": Needs(
        (
            Operation("GET /api/v1/entity/users/get_user_uuid", "user.get_user_uuid_endpoint"),
            Operation("POST /api/v1/workflows/create", "workflows.create_workflow", ("body",)),
        ),
        (
            Model("AuthInfo", ("user_id",)),
            Model("WorkflowData", ("name", "tests", "owner", "schedule")),
            Model("CreateWorkflowResponse", ("data",)),
            _WORKFLOW,
        ),
    ),
    "workflows.update": Needs(
        (
            _INFO,
            Operation("PUT /api/v1/workflows/update_name/{workflow_id}", "workflows.update_workflow_name",
                      ("workflow_id", "body")),
            _UPDATE_TESTS,
            Operation("PUT /api/v1/workflows/update_run_config/{workflow_id}", "workflows.update_workflow_run_config",
                      ("workflow_id", "body")),
            Operation("PUT /api/v1/workflows/update_build_config/{workflow_id}",
                      "workflows.update_workflow_build_config", ("workflow_id", "body")),
            Operation("PUT /api/v1/workflows/update_location_config/{workflow_id}",
                      "workflows.update_workflow_location_config", ("workflow_id", "body")),
        ),
        (
            _WORKFLOW,
            Model("TestRunConfig"),
            Model("UpdateWorkflowNameRequest", ("name",)),
            Model("UpdateWorkflowRunConfigRequest", ("run_config", "override_run_config")),
            Model("UpdateWorkflowBuildConfigRequest", ("build_config", "override_build_config")),
            Model("UpdateWorkflowLocationConfigRequest", ("location_config", "override_location")),
        ),
    ),
    "workflows.delete": Needs(
        (Operation("DELETE /api/v1/workflows/delete/{workflow_id}", "workflows.delete_workflow_endpoint",
                   ("workflow_id",)),),
        (Model("DeleteWorkflowResponse"),),
    ),
    "workflows.add_tests": Needs((_INFO, _UPDATE_TESTS), (Model("WorkflowsBaseSchema", ("tests",)),)),
    "workflows.remove_tests": Needs((_INFO, _UPDATE_TESTS), (Model("WorkflowsBaseSchema", ("tests",)),)),
    "workflows.tests": Needs((_TESTS,)),
    "workflows.quarantine": _POLICY,
    "workflows.unquarantine": _POLICY,
}
