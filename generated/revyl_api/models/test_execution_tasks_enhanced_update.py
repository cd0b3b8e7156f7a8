from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_execution_tasks_enhanced_update_metadata_type_0 import (
        TestExecutionTasksEnhancedUpdateMetadataType0,
    )
    from ..models.test_execution_tasks_enhanced_update_report_metadata_type_0 import (
        TestExecutionTasksEnhancedUpdateReportMetadataType0,
    )


T = TypeVar("T", bound="TestExecutionTasksEnhancedUpdate")


@_attrs_define
class TestExecutionTasksEnhancedUpdate:
    """Partial update model for enhanced test execution tasks (writer input).

    Note: status, phase, and timing are NOT written to test_executions.
    Device_sessions is the source of truth for state and timing.

    created_at and updated_at are auto-managed by the database:
    - created_at: set once at insert (DEFAULT NOW())
    - updated_at: auto-updated by tr_test_executions_updated_at trigger

        Attributes:
            id (UUID): Execution ID (primary key, used for lookup)
            test_id (None | Unset | UUID):
            workflow_execution_id (None | Unset | UUID):
            org_id (None | Unset | UUID):
            success (bool | None | Unset):
            progress (float | None | Unset):
            current_step (None | str | Unset):
            current_step_index (int | None | Unset):
            total_steps (int | None | Unset):
            steps_completed (int | None | Unset):
            error_message (None | str | Unset):
            report_metadata (None | TestExecutionTasksEnhancedUpdateReportMetadataType0 | Unset):
            metadata (None | TestExecutionTasksEnhancedUpdateMetadataType0 | Unset):
            resolved_build_id (None | Unset | UUID):
            was_quarantined (bool | None | Unset):
    """

    id: UUID
    test_id: None | Unset | UUID = UNSET
    workflow_execution_id: None | Unset | UUID = UNSET
    org_id: None | Unset | UUID = UNSET
    success: bool | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    current_step: None | str | Unset = UNSET
    current_step_index: int | None | Unset = UNSET
    total_steps: int | None | Unset = UNSET
    steps_completed: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    report_metadata: None | TestExecutionTasksEnhancedUpdateReportMetadataType0 | Unset = UNSET
    metadata: None | TestExecutionTasksEnhancedUpdateMetadataType0 | Unset = UNSET
    resolved_build_id: None | Unset | UUID = UNSET
    was_quarantined: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_execution_tasks_enhanced_update_metadata_type_0 import (
            TestExecutionTasksEnhancedUpdateMetadataType0,  # noqa: PLC0415
        )
        from ..models.test_execution_tasks_enhanced_update_report_metadata_type_0 import (
            TestExecutionTasksEnhancedUpdateReportMetadataType0,  # noqa: PLC0415
        )

        id = str(self.id)

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

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

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
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

        steps_completed: int | None | Unset
        if isinstance(self.steps_completed, Unset):
            steps_completed = UNSET
        else:
            steps_completed = self.steps_completed

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        report_metadata: dict[str, Any] | None | Unset
        if isinstance(self.report_metadata, Unset):
            report_metadata = UNSET
        elif isinstance(self.report_metadata, TestExecutionTasksEnhancedUpdateReportMetadataType0):
            report_metadata = self.report_metadata.to_dict()
        else:
            report_metadata = self.report_metadata

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TestExecutionTasksEnhancedUpdateMetadataType0):
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

        was_quarantined: bool | None | Unset
        if isinstance(self.was_quarantined, Unset):
            was_quarantined = UNSET
        else:
            was_quarantined = self.was_quarantined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_execution_tasks_enhanced_update_metadata_type_0 import (
            TestExecutionTasksEnhancedUpdateMetadataType0,  # noqa: PLC0415
        )
        from ..models.test_execution_tasks_enhanced_update_report_metadata_type_0 import (
            TestExecutionTasksEnhancedUpdateReportMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

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

        def _parse_steps_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps_completed = _parse_steps_completed(d.pop("steps_completed", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_report_metadata(data: object) -> None | TestExecutionTasksEnhancedUpdateReportMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_metadata_type_0 = TestExecutionTasksEnhancedUpdateReportMetadataType0.from_dict(data)

                return report_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestExecutionTasksEnhancedUpdateReportMetadataType0 | Unset, data)

        report_metadata = _parse_report_metadata(d.pop("report_metadata", UNSET))

        def _parse_metadata(data: object) -> None | TestExecutionTasksEnhancedUpdateMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = TestExecutionTasksEnhancedUpdateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestExecutionTasksEnhancedUpdateMetadataType0 | Unset, data)

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

        def _parse_was_quarantined(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        was_quarantined = _parse_was_quarantined(d.pop("was_quarantined", UNSET))

        test_execution_tasks_enhanced_update = cls(
            id=id,
            test_id=test_id,
            workflow_execution_id=workflow_execution_id,
            org_id=org_id,
            success=success,
            progress=progress,
            current_step=current_step,
            current_step_index=current_step_index,
            total_steps=total_steps,
            steps_completed=steps_completed,
            error_message=error_message,
            report_metadata=report_metadata,
            metadata=metadata,
            resolved_build_id=resolved_build_id,
            was_quarantined=was_quarantined,
        )

        test_execution_tasks_enhanced_update.additional_properties = d
        return test_execution_tasks_enhanced_update

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
