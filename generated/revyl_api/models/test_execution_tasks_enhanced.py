from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_execution_tasks_enhanced_metadata_type_0 import TestExecutionTasksEnhancedMetadataType0
    from ..models.test_execution_tasks_enhanced_report_metadata_type_0 import (
        TestExecutionTasksEnhancedReportMetadataType0,
    )


T = TypeVar("T", bound="TestExecutionTasksEnhanced")


@_attrs_define
class TestExecutionTasksEnhanced:
    """Enhanced test execution tasks model with tracking fields.

    When queried via test_executions_full view, includes status and timing
    from device_sessions (the source of truth for state).

        Attributes:
            id (UUID): Execution ID (primary key)
            test_id (UUID):
            session_id (None | Unset | UUID):
            workflow_execution_id (None | Unset | UUID):
            org_id (None | Unset | UUID):
            success (bool | None | Unset):
            progress (float | Unset):  Default: 0.0.
            current_step (None | str | Unset):
            current_step_index (int | None | Unset):  Default: 0.
            total_steps (int | None | Unset):
            steps_completed (int | Unset):  Default: 0.
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            error_message (None | str | Unset):
            report_metadata (None | TestExecutionTasksEnhancedReportMetadataType0 | Unset):
            metadata (None | TestExecutionTasksEnhancedMetadataType0 | Unset):
            resolved_build_id (None | Unset | UUID):
            was_quarantined (bool | Unset):  Default: False.
            trace_id (None | str | Unset):
            status (None | str | Unset):
            started_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            execution_time_seconds (float | None | Unset):
    """

    id: UUID
    test_id: UUID
    session_id: None | Unset | UUID = UNSET
    workflow_execution_id: None | Unset | UUID = UNSET
    org_id: None | Unset | UUID = UNSET
    success: bool | None | Unset = UNSET
    progress: float | Unset = 0.0
    current_step: None | str | Unset = UNSET
    current_step_index: int | None | Unset = 0
    total_steps: int | None | Unset = UNSET
    steps_completed: int | Unset = 0
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    report_metadata: None | TestExecutionTasksEnhancedReportMetadataType0 | Unset = UNSET
    metadata: None | TestExecutionTasksEnhancedMetadataType0 | Unset = UNSET
    resolved_build_id: None | Unset | UUID = UNSET
    was_quarantined: bool | Unset = False
    trace_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_execution_tasks_enhanced_metadata_type_0 import TestExecutionTasksEnhancedMetadataType0  # noqa: PLC0415
        from ..models.test_execution_tasks_enhanced_report_metadata_type_0 import (
            TestExecutionTasksEnhancedReportMetadataType0,  # noqa: PLC0415
        )

        id = str(self.id)

        test_id = str(self.test_id)

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        elif isinstance(self.workflow_execution_id, UUID):
            workflow_execution_id = str(self.workflow_execution_id)
        else:
            workflow_execution_id = self.workflow_execution_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        progress = self.progress

        current_step: None | str | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        current_step_index: int | None | Unset
        if isinstance(self.current_step_index, Unset):
            current_step_index = UNSET
        else:
            current_step_index = self.current_step_index

        total_steps: int | None | Unset
        if isinstance(self.total_steps, Unset):
            total_steps = UNSET
        else:
            total_steps = self.total_steps

        steps_completed = self.steps_completed

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        report_metadata: dict[str, Any] | None | Unset
        if isinstance(self.report_metadata, Unset):
            report_metadata = UNSET
        elif isinstance(self.report_metadata, TestExecutionTasksEnhancedReportMetadataType0):
            report_metadata = self.report_metadata.to_dict()
        else:
            report_metadata = self.report_metadata

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TestExecutionTasksEnhancedMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        resolved_build_id: None | str | Unset
        if isinstance(self.resolved_build_id, Unset):
            resolved_build_id = UNSET
        elif isinstance(self.resolved_build_id, UUID):
            resolved_build_id = str(self.resolved_build_id)
        else:
            resolved_build_id = self.resolved_build_id

        was_quarantined = self.was_quarantined

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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
                "test_id": test_id,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if workflow_execution_id is not UNSET:
            field_dict["workflow_execution_id"] = workflow_execution_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if success is not UNSET:
            field_dict["success"] = success
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if report_metadata is not UNSET:
            field_dict["report_metadata"] = report_metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resolved_build_id is not UNSET:
            field_dict["resolved_build_id"] = resolved_build_id
        if was_quarantined is not UNSET:
            field_dict["was_quarantined"] = was_quarantined
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_execution_tasks_enhanced_metadata_type_0 import TestExecutionTasksEnhancedMetadataType0  # noqa: PLC0415
        from ..models.test_execution_tasks_enhanced_report_metadata_type_0 import (
            TestExecutionTasksEnhancedReportMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_id = UUID(d.pop("test_id"))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_workflow_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_execution_id_type_0 = UUID(data)

                return workflow_execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflow_execution_id", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        progress = d.pop("progress", UNSET)

        def _parse_current_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_step = _parse_current_step(d.pop("current_step", UNSET))

        def _parse_current_step_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_step_index = _parse_current_step_index(d.pop("current_step_index", UNSET))

        def _parse_total_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_steps = _parse_total_steps(d.pop("total_steps", UNSET))

        steps_completed = d.pop("steps_completed", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_report_metadata(data: object) -> None | TestExecutionTasksEnhancedReportMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_metadata_type_0 = TestExecutionTasksEnhancedReportMetadataType0.from_dict(data)

                return report_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestExecutionTasksEnhancedReportMetadataType0 | Unset, data)

        report_metadata = _parse_report_metadata(d.pop("report_metadata", UNSET))

        def _parse_metadata(data: object) -> None | TestExecutionTasksEnhancedMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = TestExecutionTasksEnhancedMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestExecutionTasksEnhancedMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_resolved_build_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_build_id_type_0 = UUID(data)

                return resolved_build_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resolved_build_id = _parse_resolved_build_id(d.pop("resolved_build_id", UNSET))

        was_quarantined = d.pop("was_quarantined", UNSET)

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        test_execution_tasks_enhanced = cls(
            id=id,
            test_id=test_id,
            session_id=session_id,
            workflow_execution_id=workflow_execution_id,
            org_id=org_id,
            success=success,
            progress=progress,
            current_step=current_step,
            current_step_index=current_step_index,
            total_steps=total_steps,
            steps_completed=steps_completed,
            created_at=created_at,
            updated_at=updated_at,
            error_message=error_message,
            report_metadata=report_metadata,
            metadata=metadata,
            resolved_build_id=resolved_build_id,
            was_quarantined=was_quarantined,
            trace_id=trace_id,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            execution_time_seconds=execution_time_seconds,
        )

        test_execution_tasks_enhanced.additional_properties = d
        return test_execution_tasks_enhanced

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
