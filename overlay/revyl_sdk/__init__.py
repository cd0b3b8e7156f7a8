"""revyl_sdk: the Python SDK for Revyl's mobile-testing API.

from revyl_sdk import Revyl
with Revyl() as client:               # REVYL_API_KEY from the environment
    run = client.tests.run(test_id)
    print(run.task_id)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncRevyl, Revyl
from ._exceptions import (
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
)
from ._options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from ._version import __version__

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager
    from ._results import (
        AsyncTestResult,
        AsyncWorkflowResult,
        ChildResult,
        RunFailedError,
        TestResult,
        WaitTimeout,
        WorkflowResult,
    )
    from ._runs import AsyncTestRun, AsyncWorkflowRun, TestRun, WorkflowRun
    from ._status import Progress
    from ._stream import AsyncEventStream, EventStream, MonitorSettings, StreamError
    from ._upload_errors import InvalidArtifactError, UploadError, UploadInterruptedError

# Loaded on first use (PEP 562): `import revyl_sdk` stays cheap for scripts that only need
# the client, and for pytest, which imports the package for the emulator fixture plugin.
_LAZY_EXPORTS = {
    "AsyncEventStream": "._stream",
    "AsyncPager": "._pagination",
    "AsyncTestResult": "._results",
    "AsyncTestRun": "._runs",
    "AsyncWorkflowResult": "._results",
    "AsyncWorkflowRun": "._runs",
    "ChildResult": "._results",
    "EventStream": "._stream",
    "InvalidArtifactError": "._upload_errors",
    "MonitorSettings": "._stream",
    "Progress": "._status",
    "RunFailedError": "._results",
    "StreamError": "._stream",
    "SyncPager": "._pagination",
    "TestResult": "._results",
    "TestRun": "._runs",
    "UploadError": "._upload_errors",
    "UploadInterruptedError": "._upload_errors",
    "WaitTimeout": "._results",
    "WorkflowResult": "._results",
    "WorkflowRun": "._runs",
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
    "UploadError",
    "UploadInterruptedError",
    "WaitTimeout",
    "WorkflowResult",
    "WorkflowRun",
    "__version__",
]
