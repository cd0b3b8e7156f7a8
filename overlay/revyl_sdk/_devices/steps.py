"""AI steps on a device (`instruct`, `validate`, `extract`): send, follow to the result, cancel.

DEVICES.md §3.5: `execute_step` answers 202 with a step id (older workers: 200 with the
final result); `step_status/{id}` is polled, backing off, until it is no longer
`running`. When the wait is interrupted (Ctrl-C, task cancelled) or runs past
`step_timeout`, the step is cancelled (`step_cancel/{id}`) and watched until it stops, so
no AI step keeps driving the device unobserved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Self

from .._core.effects import Plan, Send, Sleep, monotonic
from .._core.exceptions import RevylError
from .._core.logging import logger
from . import actions as a
from .calls import action_call, step_cancel_call, step_status_call
from .errors import DeviceActionError, StepFailedError
from .session_plans import SessionInfo, act
from .settings import DeviceSettings

__all__ = ["StepResult", "StepType", "step"]

StepType = Literal["instruction", "validation", "extract"]


@dataclass(frozen=True, kw_only=True)
class StepResult:
    """How an AI step ended. `passed` follows the CLI: a validation passes only when its
    `validation_result` is true; any step passes only when it completed with `success`."""

    step_type: str
    description: str
    step_id: str | None
    status: str
    """`completed`, `failed` or `cancelled`."""
    passed: bool
    reason: str | None
    """Why, in Revyl's words (`status_reason`), when it says."""
    value: str | None = None
    """What `extract` found (`variable_value`, else `extracted_data.information`)."""
    variable: str | None = None
    output: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """The step's whole `step_output`, as Revyl sent it."""

    def raise_for_status(self) -> Self:
        """Raise `StepFailedError` unless the step passed; returns the result for chaining."""
        if not self.passed:
            raise StepFailedError(self)
        return self


def step(info: SessionInfo, step_type: StepType, description: str, settings: DeviceSettings,
         *, variable: str | None = None) -> Plan[StepResult]:
    """Run one AI step and follow it to its result."""
    if not isinstance(description, str) or not description.strip():
        raise RevylError(f"{step_type} needs a description of what to do, got {description!r}")
    metadata = {"variable_name": variable} if variable else None
    body = a.ExecuteStep(step_type, description, metadata, info.session_id, info.workflow_run_id)
    accepted: a.StepAccepted = yield from act(info, "execute_step",
                                              action_call(info.workflow_run_id, "execute_step", body))
    if not accepted.accepted:  # an older worker answered with the final result at once
        return _result(step_type, description, None, accepted.raw)
    step_id = str(accepted.step_id)
    deadline = monotonic() + settings.step_timeout
    delay = settings.step_poll_interval
    try:
        while True:
            status: a.StepStatus = yield from act(info, "step_status",
                                                  step_status_call(info.workflow_run_id, step_id))
            if not status.running:
                if status.result is None:
                    raise DeviceActionError("step_status", f"step {step_id} ended {status.status!r} without a result")
                return _result(step_type, description, status.status, status.result)
            remaining = deadline - monotonic()
            if remaining <= 0:
                yield from _cancel(info, step_id, settings)
                raise DeviceActionError(step_type, f"step {step_id} did not finish within "
                                                   f"{settings.step_timeout:g}s and was cancelled")
            yield Sleep(min(delay, remaining))
            delay = min(delay * 2, settings.step_poll_max)
    except (KeyboardInterrupt, asyncio.CancelledError):
        yield from _cancel(info, step_id, settings)
        raise


def _cancel(info: SessionInfo, step_id: str, settings: DeviceSettings) -> Plan[None]:
    """Cancel the step and watch it stop, within `cancel_budget`; failures only logged."""
    wf = info.workflow_run_id
    try:
        yield Send(step_cancel_call(wf, step_id))
        deadline, delay = monotonic() + settings.cancel_budget, 0.2
        while monotonic() < deadline:
            status: a.StepStatus = yield Send(step_status_call(wf, step_id))
            if not status.running:
                return
            yield Sleep(min(delay, max(0.0, deadline - monotonic())))
            delay = min(delay * 2, 1.0)
        logger.warning("AI step %s still running %gs after it was cancelled", step_id, settings.cancel_budget)
    except RevylError as error:
        logger.warning("could not cancel AI step %s: %s", step_id, error)


def _result(step_type: str, description: str, status: str | None, result: Mapping[str, Any]) -> StepResult:
    try:
        live = a.read_model(a.LiveStepResult, dict(result))
    except ValueError as error:
        raise DeviceActionError(step_type, f"unreadable step result ({error})") from None
    output = dict(live.step_output or {})
    status = status or _text(output.get("status")) or ("completed" if live.success else "failed")
    passed = live.success and status == "completed"
    if step_type == "validation":
        passed = passed and output.get("validation_result") is True
    extracted = output.get("extracted_data")
    value = output.get("variable_value")
    if value is None and isinstance(extracted, Mapping):
        value = extracted.get("information")
    return StepResult(step_type=step_type, description=description, step_id=live.step_id, status=status,
                      passed=passed, reason=_text(output.get("status_reason")),
                      value=None if value is None else str(value), variable=_text(output.get("variable_name")),
                      output=output)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
