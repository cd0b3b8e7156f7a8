from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus, check_session_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_status_response_metadata_type_0 import TestStatusResponseMetadataType0


T = TypeVar("T", bound="TestStatusResponse")


@_attrs_define
class TestStatusResponse:
    """Response model for test execution status.

    Uses 'id' instead of 'task_id' as the primary identifier.
    Note: Timing data (started_at, completed_at, execution_time_seconds) comes from
    device_sessions, not test_executions. Query with device_sessions join for timing.

    Status field uses SessionStatus directly (queued, starting, running, etc.).

        Attributes:
            id (UUID): Execution ID (was task_id)
            status (SessionStatus | str): Device session status - the single source of truth for test execution state.

                Matches the session_status enum in the database.
                Note: Ordering matters - follows the typical lifecycle progression.

                Status flow:
                    QUEUED → STARTING → RUNNING → STOPPING → COMPLETED/FAILED/TIMEOUT/CANCELLED
                                                ↘ VERIFYING → STOPPING
            test_id (None | Unset | UUID):
            progress (float | Unset):  Default: 0.0.
            current_step (None | str | Unset):
            current_step_index (int | Unset):  Default: 0.
            total_steps (int | Unset):  Default: 1.
            steps_completed (int | Unset):  Default: 0.
            error_message (None | str | Unset):
            execution_errors (list[str] | None | Unset):
            validation_failures (list[str] | None | Unset):
            success (bool | None | Unset):
            workflow_run_id (None | Unset | UUID):
            test_history_id (None | Unset | UUID):
            metadata (None | TestStatusResponseMetadataType0 | Unset):
            started_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            execution_time_seconds (float | None | Unset):
    """

    id: UUID
    status: SessionStatus | str
    test_id: None | Unset | UUID = UNSET
    progress: float | Unset = 0.0
    current_step: None | str | Unset = UNSET
    current_step_index: int | Unset = 0
    total_steps: int | Unset = 1
    steps_completed: int | Unset = 0
    error_message: None | str | Unset = UNSET
    execution_errors: list[str] | None | Unset = UNSET
    validation_failures: list[str] | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    workflow_run_id: None | Unset | UUID = UNSET
    test_history_id: None | Unset | UUID = UNSET
    metadata: None | TestStatusResponseMetadataType0 | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_status_response_metadata_type_0 import TestStatusResponseMetadataType0  # noqa: PLC0415

        id = str(self.id)

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

        progress = self.progress

        current_step: None | str | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        current_step_index = self.current_step_index

        total_steps = self.total_steps

        steps_completed = self.steps_completed

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        execution_errors: list[str] | None | Unset
        if isinstance(self.execution_errors, Unset):
            execution_errors = UNSET
        elif isinstance(self.execution_errors, list):
            execution_errors = self.execution_errors

        else:
            execution_errors = self.execution_errors

        validation_failures: list[str] | None | Unset
        if isinstance(self.validation_failures, Unset):
            validation_failures = UNSET
        elif isinstance(self.validation_failures, list):
            validation_failures = self.validation_failures

        else:
            validation_failures = self.validation_failures

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        elif isinstance(self.workflow_run_id, UUID):
            workflow_run_id = str(self.workflow_run_id)
        else:
            workflow_run_id = self.workflow_run_id

        test_history_id: None | str | Unset
        if isinstance(self.test_history_id, Unset):
            test_history_id = UNSET
        elif isinstance(self.test_history_id, UUID):
            test_history_id = str(self.test_history_id)
        else:
            test_history_id = self.test_history_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TestStatusResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        execution_time_seconds: float | None | Unset
        if isinstance(self.execution_time_seconds, Unset):
            execution_time_seconds = UNSET
        else:
            execution_time_seconds = self.execution_time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if current_step_index is not UNSET:
            field_dict["current_step_index"] = current_step_index
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if execution_errors is not UNSET:
            field_dict["execution_errors"] = execution_errors
        if validation_failures is not UNSET:
            field_dict["validation_failures"] = validation_failures
        if success is not UNSET:
            field_dict["success"] = success
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if test_history_id is not UNSET:
            field_dict["test_history_id"] = test_history_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_status_response_metadata_type_0 import TestStatusResponseMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_status(data: object) -> SessionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_session_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_test_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_id_type_0 = UUID(data)

                return test_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        progress = d.pop("progress", UNSET)

        def _parse_current_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_step = _parse_current_step(d.pop("current_step", UNSET))

        current_step_index = d.pop("current_step_index", UNSET)

        total_steps = d.pop("total_steps", UNSET)

        steps_completed = d.pop("steps_completed", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_execution_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_errors_type_0 = cast(list[str], data)

                return execution_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        execution_errors = _parse_execution_errors(d.pop("execution_errors", UNSET))

        def _parse_validation_failures(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_failures_type_0 = cast(list[str], data)

                return validation_failures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        validation_failures = _parse_validation_failures(d.pop("validation_failures", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_workflow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_run_id_type_0 = UUID(data)

                return workflow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_test_history_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_history_id_type_0 = UUID(data)

                return test_history_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        test_history_id = _parse_test_history_id(d.pop("test_history_id", UNSET))

        def _parse_metadata(data: object) -> None | TestStatusResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = TestStatusResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestStatusResponseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_execution_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time_seconds = _parse_execution_time_seconds(d.pop("execution_time_seconds", UNSET))

        test_status_response = cls(
            id=id,
            status=status,
            test_id=test_id,
            progress=progress,
            current_step=current_step,
            current_step_index=current_step_index,
            total_steps=total_steps,
            steps_completed=steps_completed,
            error_message=error_message,
            execution_errors=execution_errors,
            validation_failures=validation_failures,
            success=success,
            workflow_run_id=workflow_run_id,
            test_history_id=test_history_id,
            metadata=metadata,
            started_at=started_at,
            completed_at=completed_at,
            execution_time_seconds=execution_time_seconds,
        )

        test_status_response.additional_properties = d
        return test_status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
