"""revyl_sdk: the Python SDK for Revyl's mobile-testing API.

from revyl_sdk import Revyl
with Revyl() as client:               # REVYL_API_KEY from the environment
    run = client.tests.run(test_id)
    print(run.task_id)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncRevyl, Revyl
from ._core.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RevylError,
    UnprocessableEntityError,
    UnsupportedOperationError,
)
from ._core.options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from ._version import __version__

if TYPE_CHECKING:
    from ._core.pagination import AsyncPager, SyncPager
    from ._live.results import (
        AsyncTestResult,
        AsyncWorkflowResult,
        ChildResult,
        RunFailedError,
        TestResult,
        WaitTimeout,
        WorkflowResult,
    )
    from ._live.runs import AsyncTestRun, AsyncWorkflowRun, TestRun, WorkflowRun
    from ._live.status import Progress
    from ._live.stream import AsyncEventStream, EventStream, MonitorSettings, StreamError
    from ._uploads.errors import InvalidArtifactError, UploadError, UploadInterruptedError

# Loaded on first use (PEP 562): `import revyl_sdk` stays cheap for scripts that only need
# the client, and for pytest, which imports the package for the emulator fixture plugin.
_LAZY_EXPORTS = {
    "AsyncEventStream": "._live.stream",
    "AsyncPager": "._core.pagination",
    "AsyncTestResult": "._live.results",
    "AsyncTestRun": "._live.runs",
    "AsyncWorkflowResult": "._live.results",
    "AsyncWorkflowRun": "._live.runs",
    "ChildResult": "._live.results",
    "EventStream": "._live.stream",
    "InvalidArtifactError": "._uploads.errors",
    "MonitorSettings": "._live.stream",
    "Progress": "._live.status",
    "RunFailedError": "._live.results",
    "StreamError": "._live.stream",
    "SyncPager": "._core.pagination",
    "TestResult": "._live.results",
    "TestRun": "._live.runs",
    "UploadError": "._uploads.errors",
    "UploadInterruptedError": "._uploads.errors",
    "WaitTimeout": "._live.results",
    "WorkflowResult": "._live.results",
    "WorkflowRun": "._live.runs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'revyl_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncEventStream",
    "AsyncPager",
    "AsyncRevyl",
    "AsyncTestResult",
    "AsyncTestRun",
    "AsyncWorkflowResult",
    "AsyncWorkflowRun",
    "AuthenticationError",
    "BadRequestError",
    "ChildResult",
    "ConflictError",
    "EventStream",
    "InternalServerError",
    "InvalidArtifactError",
    "MonitorSettings",
    "NotFoundError",
    "OperationFailedError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Progress",
    "RateLimitError",
    "Revyl",
    "RevylError",
    "RunFailedError",
    "StreamError",
    "SyncPager",
    "TestResult",
    "TestRun",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UploadError",
    "UploadInterruptedError",
    "WaitTimeout",
    "WorkflowResult",
    "WorkflowRun",
    "__version__",
]
