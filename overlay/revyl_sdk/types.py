"""The API's data types the SDK returns, re-exported from the generated `revyl_api.models`."""

from revyl_api.models import (
    AppResponse,
    BuildResponse,
    CancelTestResponse,
    ExecuteTestAsyncAPIResponse,
    ExecuteWorkflowAsyncAPIResponse,
    TestCreationResponse,
    TestStatusResponse,
    ValidationResponse,
    WorkflowCancelResponse,
    WorkflowExecutionHistoryResponse,
    WorkflowStatusResponse,
    YamlCreationResponse,
)

__all__ = [
    "AppResponse",
    "BuildResponse",
    "CancelTestResponse",
    "ExecuteTestAsyncAPIResponse",
    "ExecuteWorkflowAsyncAPIResponse",
    "TestCreationResponse",
    "TestStatusResponse",
    "ValidationResponse",
    "WorkflowCancelResponse",
    "WorkflowExecutionHistoryResponse",
    "WorkflowStatusResponse",
    "YamlCreationResponse",
]
