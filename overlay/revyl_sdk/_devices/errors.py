"""Errors of device sessions; all are `RevylError`s and importable from `revyl_sdk`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core.exceptions import RevylError

if TYPE_CHECKING:
    from .steps import StepResult

__all__ = ["DeviceActionError", "DeviceSessionEnded", "DeviceStartError", "StepFailedError"]


class DeviceStartError(RevylError):
    """The device never became usable: start refused, the worker failed, or `timeout` passed.

    The SDK has already asked Revyl to stop the device (when it had been created), so no
    device is left running and billed. `timed_out` tells a timeout from a failure.
    """

    def __init__(self, message: str, *, workflow_run_id: str | None = None, timed_out: bool = False) -> None:
        super().__init__(message)
        self.workflow_run_id = workflow_run_id
        self.timed_out = timed_out


class DeviceSessionEnded(RevylError):
    """The session is over (stopped, idle timeout, device lost): nothing more can be sent to it.

    `status` is the worker connection's (`stopped`, `cancelled`, `failed`) or `stopped` when
    this client stopped it; `reason` is a short explanation ("idle timeout", ...).
    """

    def __init__(self, message: str, *, workflow_run_id: str, status: str, reason: str) -> None:
        super().__init__(message)
        self.workflow_run_id = workflow_run_id
        self.status = status
        self.reason = reason


class DeviceActionError(RevylError):
    """The device's worker answered that `action` failed (`success: false`), or could not
    do what was asked (a target not found on screen, an unreadable answer)."""

    def __init__(self, action: str, error: str, *, status_code: int | None = None,
                 body: Any = None) -> None:
        super().__init__(f"Device action {action!r} failed: {error}")
        self.action = action
        self.error = error
        self.status_code = status_code
        self.body = body


class StepFailedError(RevylError):
    """`StepResult.raise_for_status()` on an AI step that did not pass; `result` says why."""

    def __init__(self, result: StepResult) -> None:
        reason = f": {result.reason}" if result.reason else ""
        super().__init__(f"{result.step_type} step {result.status}{reason} ({result.description!r})")
        self.result = result
