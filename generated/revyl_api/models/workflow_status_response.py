from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus, check_workflow_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_status_response_metadata import WorkflowStatusResponseMetadata


T = TypeVar("T", bound="WorkflowStatusResponse")


@_attrs_define
class WorkflowStatusResponse:
    """Response model for workflow status polling that matches frontend expectations.

    Attributes:
        workflow_id (UUID):
        status (str | WorkflowStatus): Workflow execution status.
        progress (float):
        completed_tests (int):
        total_tests (int):
        execution_id (None | Unset | UUID):
        passed_tests (int | Unset):  Default: 0.
        failed_tests (int | Unset):  Default: 0.
        started_at (None | str | Unset):
        estimated_completion (None | str | Unset):
        duration (None | str | Unset):
        error_message (None | str | Unset):
        metadata (WorkflowStatusResponseMetadata | Unset):
    """

    workflow_id: UUID
    status: str | WorkflowStatus
    progress: float
    completed_tests: int
    total_tests: int
    execution_id: None | Unset | UUID = UNSET
    passed_tests: int | Unset = 0
    failed_tests: int | Unset = 0
    started_at: None | str | Unset = UNSET
    estimated_completion: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    metadata: WorkflowStatusResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress = self.progress

        completed_tests = self.completed_tests

        total_tests = self.total_tests

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        elif isinstance(self.execution_id, UUID):
            execution_id = str(self.execution_id)
        else:
            execution_id = self.execution_id

        passed_tests = self.passed_tests

        failed_tests = self.failed_tests

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        estimated_completion: None | str | Unset
        if isinstance(self.estimated_completion, Unset):
            estimated_completion = UNSET
        else:
            estimated_completion = self.estimated_completion

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "status": status,
                "progress": progress,
                "completed_tests": completed_tests,
                "total_tests": total_tests,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if passed_tests is not UNSET:
            field_dict["passed_tests"] = passed_tests
        if failed_tests is not UNSET:
            field_dict["failed_tests"] = failed_tests
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if estimated_completion is not UNSET:
            field_dict["estimated_completion"] = estimated_completion
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_status_response_metadata import WorkflowStatusResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = UUID(d.pop("workflow_id"))

        def _parse_status(data: object) -> str | WorkflowStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_workflow_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkflowStatus, data)

        status = _parse_status(d.pop("status"))

        progress = d.pop("progress")

        completed_tests = d.pop("completed_tests")

        total_tests = d.pop("total_tests")

        def _parse_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_id_type_0 = UUID(data)

                return execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        passed_tests = d.pop("passed_tests", UNSET)

        failed_tests = d.pop("failed_tests", UNSET)

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_estimated_completion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_completion = _parse_estimated_completion(d.pop("estimated_completion", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: WorkflowStatusResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkflowStatusResponseMetadata.from_dict(_metadata)

        workflow_status_response = cls(
            workflow_id=workflow_id,
            status=status,
            progress=progress,
            completed_tests=completed_tests,
            total_tests=total_tests,
            execution_id=execution_id,
            passed_tests=passed_tests,
            failed_tests=failed_tests,
            started_at=started_at,
            estimated_completion=estimated_completion,
            duration=duration,
            error_message=error_message,
            metadata=metadata,
        )

        workflow_status_response.additional_properties = d
        return workflow_status_response

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
