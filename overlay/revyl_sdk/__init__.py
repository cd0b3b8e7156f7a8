"""revyl_sdk: the Python SDK for Revyl's mobile-testing API.

from revyl_sdk import Revyl
with Revyl() as client:               # REVYL_API_KEY from the environment
    run = client.tests.run(test_id)
    print(run.task_id)
"""

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
from ._version import __version__

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
