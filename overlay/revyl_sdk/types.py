"""The API's data types the SDK's methods return, re-exported from the generated `revyl_api.models`.

For the operations reached through `client.api`, import models from their one home,
`revyl_api.models` (`from revyl_api.models import AuthInfo`): every generated model is there.
"""

from revyl_api.models import (
    AppResponse,
    BuildResponse,
    CancelTestResponse,
    ExecuteTestAsyncAPIResponse,
    ExecuteWorkflowAsyncAPIResponse,
    SimpleTestItem,
    Test,
    TestCreationResponse,
    TestEnhancedHistoryItem,
    TestStatusResponse,
    ValidationResponse,
    WorkflowCancelResponse,
    WorkflowExecutionHistoryResponse,
    WorkflowsBaseSchema,
    WorkflowStatusResponse,
    WorkflowWithLastStatus,
    YamlCreationResponse,
)

__all__ = [
    "AppResponse",
    "BuildResponse",
    "CancelTestResponse",
    "ExecuteTestAsyncAPIResponse",
    "ExecuteWorkflowAsyncAPIResponse",
    "SimpleTestItem",
    "Test",
    "TestCreationResponse",
    "TestEnhancedHistoryItem",
    "TestStatusResponse",
    "ValidationResponse",
    "WorkflowCancelResponse",
    "WorkflowExecutionHistoryResponse",
    "WorkflowStatusResponse",
    "WorkflowWithLastStatus",
    "WorkflowsBaseSchema",
    "YamlCreationResponse",
]
