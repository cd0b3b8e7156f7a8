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
    VersionConflictError,
)
from ._core.options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from ._version import __version__

if TYPE_CHECKING:
    from ._core.names import AmbiguousNameError, NameNotFoundError
    from ._core.pagination import AsyncPager, SyncPager
    from ._devices.actions import ActionResult, DeviceHealth
    from ._devices.errors import DeviceActionError, DeviceSessionEnded, DeviceStartError, StepFailedError
    from ._devices.session_async import AsyncDeviceSession, AsyncDeviceStart
    from ._devices.session_plans import ScreenSize
    from ._devices.session_sync import DeviceSession
    from ._devices.settings import DeviceSettings
    from ._devices.start import DeviceProgress
    from ._devices.steps import StepResult
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
    from ._reports.model import (
        ArtifactDownloadError,
        DeviceReport,
        ReportAction,
        ReportStep,
        ReportSummary,
        ReportUnavailableError,
        RunReport,
        Validation,
        WorkflowReport,
    )
    from ._uploads.errors import InvalidArtifactError, UploadError, UploadInterruptedError

# Loaded on first use (PEP 562): `import revyl_sdk` stays cheap for scripts that only need
# the client, and for pytest, which imports the package for the emulator fixture plugin.
_LAZY_EXPORTS = {
    "AmbiguousNameError": "._core.names",
    "ArtifactDownloadError": "._reports.model",
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
    "NameNotFoundError": "._core.names",
    "Progress": "._live.status",
    "ReportAction": "._reports.model",
    "ReportStep": "._reports.model",
    "ReportSummary": "._reports.model",
    "ReportUnavailableError": "._reports.model",
    "RunFailedError": "._live.results",
    "RunReport": "._reports.model",
    "StreamError": "._live.stream",
    "SyncPager": "._core.pagination",
    "TestResult": "._live.results",
    "TestRun": "._live.runs",
    "UploadError": "._uploads.errors",
    "UploadInterruptedError": "._uploads.errors",
    "Validation": "._reports.model",
    "WaitTimeout": "._live.results",
    "WorkflowReport": "._reports.model",
    "WorkflowResult": "._live.results",
    "WorkflowRun": "._live.runs",
    "ActionResult": "._devices.actions",
    "AsyncDeviceSession": "._devices.session_async",
    "AsyncDeviceStart": "._devices.session_async",
    "DeviceActionError": "._devices.errors",
    "DeviceProgress": "._devices.start",
    "DeviceReport": "._reports.model",
    "DeviceSession": "._devices.session_sync",
    "DeviceSessionEnded": "._devices.errors",
    "DeviceSettings": "._devices.settings",
    "DeviceStartError": "._devices.errors",
    "DeviceHealth": "._devices.actions",
    "ScreenSize": "._devices.session_plans",
    "StepFailedError": "._devices.errors",
    "StepResult": "._devices.steps",
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
    "ActionResult",
    "AmbiguousNameError",
    "ArtifactDownloadError",
    "AsyncDeviceSession",
    "AsyncDeviceStart",
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
    "DeviceActionError",
    "DeviceHealth",
    "DeviceProgress",
    "DeviceReport",
    "DeviceSession",
    "DeviceSessionEnded",
    "DeviceSettings",
    "DeviceStartError",
    "EventStream",
    "InternalServerError",
    "InvalidArtifactError",
    "MonitorSettings",
    "NameNotFoundError",
    "NotFoundError",
    "OperationFailedError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Progress",
    "RateLimitError",
    "ReportAction",
    "ReportStep",
    "ReportSummary",
    "ReportUnavailableError",
    "Revyl",
    "RevylError",
    "RunFailedError",
    "RunReport",
    "ScreenSize",
    "StepFailedError",
    "StepResult",
    "StreamError",
    "SyncPager",
    "TestResult",
    "TestRun",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UploadError",
    "UploadInterruptedError",
    "Validation",
    "VersionConflictError",
    "WaitTimeout",
    "WorkflowReport",
    "WorkflowResult",
    "WorkflowRun",
    "__version__",
]
