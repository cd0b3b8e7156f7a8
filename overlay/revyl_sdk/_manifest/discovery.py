"""`client.tests` and `client.workflows` lookups: listings, one item, run history, and
the name resolution `tests.run` / `workflows.run` do when given a name."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_TEST = Model("Test", ("id", "name", "platform", "tags"))
_SIMPLE_TESTS = (
    Operation("GET /api/v1/tests/get_simple_tests", "tests.get_simple_tests_endpoint", ("limit", "offset")),
)
# `run` given an id needs no lookup: without the listing, only names stop working.
_NAMES_OF_TESTS = (
    Operation("GET /api/v1/tests/get_simple_tests", "tests.get_simple_tests_endpoint", ("limit", "offset"),
              optional=True),
)
_SIMPLE_TEST_MODELS = (Model("SimpleTestListResponse", ("tests",)), Model("SimpleTestItem", ("id", "name")))
_WORKFLOWS = (
    Operation("GET /api/v1/workflows/get_with_last_status", "workflows.get_workflows_with_last_status",
              ("limit", "offset", "history_limit")),
)
_WORKFLOW_MODELS = (
    Model("GetWorkflowsWithLastStatusResponse", ("data", "has_more")),
    Model("WorkflowWithLastStatus", ("id", "name")),
)
_NAMES_OF_WORKFLOWS = (
    Operation("GET /api/v1/workflows/get_with_last_status", "workflows.get_workflows_with_last_status",
              ("limit", "offset", "history_limit"), optional=True),
)

METHODS = {
    "tests.list": Needs(
        (Operation("GET /api/v1/tests/get_tests", "tests.query_tests_endpoint",
                   ("limit", "offset", "search", "platform", "app_id", "tags")),),
        (Model("TestListResponse", ("tests", "has_more")), _TEST),
    ),
    "tests.get": Needs(
        (Operation("GET /api/v1/tests/get_test_by_id/{test_id}", "tests.get_test_by_id_endpoint", ("test_id",)),),
        (_TEST,),
    ),
    "tests.find": Needs(_SIMPLE_TESTS, _SIMPLE_TEST_MODELS),
    "tests.run": Needs(_NAMES_OF_TESTS, tuple(Model(m.name, m.fields, optional=True) for m in _SIMPLE_TEST_MODELS)),
    "tests.history": Needs(
        (Operation("GET /api/v1/tests/get_test_enhanced_history", "tests.get_test_enhanced_history",
                   ("test_id", "limit", "offset", "status", "sort_order")),),
        (Model("TestEnhancedHistoryResponse", ("items",)), Model("TestEnhancedHistoryItem", ("id", "status"))),
    ),
    "workflows.list": Needs(_WORKFLOWS, _WORKFLOW_MODELS),
    "workflows.get": Needs(
        (Operation("GET /api/v1/workflows/get_workflow_info", "workflows.get_workflow_info_endpoint",
                   ("workflow_id",)),),
        (Model("WorkflowsBaseSchema", ("id", "name", "tests")),),
    ),
    "workflows.find": Needs(_WORKFLOWS, _WORKFLOW_MODELS),
    "workflows.run": Needs(
        _NAMES_OF_WORKFLOWS, tuple(Model(m.name, m.fields, optional=True) for m in _WORKFLOW_MODELS)
    ),
}
