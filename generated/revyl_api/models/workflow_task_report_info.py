from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_task_report_info_metadata_type_0 import WorkflowTaskReportInfoMetadataType0


T = TypeVar("T", bound="WorkflowTaskReportInfo")


@_attrs_define
class WorkflowTaskReportInfo:
    """Enriched task info for workflow report cards.

    Attributes:
        task_id (str):
        test_id (None | str | Unset):
        app_id (None | str | Unset):
        app_name (None | str | Unset):
        build_id (None | str | Unset):
        build_version (None | str | Unset):
        test_name (None | str | Unset):
        platform (None | str | Unset):
        device_model (None | str | Unset):
        status (None | str | Unset):
        success (bool | None | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        duration (float | None | Unset):
        execution_time_seconds (float | None | Unset):
        steps_completed (int | None | Unset):
        total_steps (int | None | Unset):
        current_step (None | str | Unset):
        current_step_index (int | None | Unset):
        progress (float | None | Unset):
        error_message (None | str | Unset):
        metadata (None | Unset | WorkflowTaskReportInfoMetadataType0):
        was_quarantined (bool | Unset):  Default: False.
    """

    task_id: str
    test_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    build_version: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    device_model: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    steps_completed: int | None | Unset = UNSET
    total_steps: int | None | Unset = UNSET
    current_step: None | str | Unset = UNSET
    current_step_index: int | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    metadata: None | Unset | WorkflowTaskReportInfoMetadataType0 = UNSET
    was_quarantined: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_task_report_info_metadata_type_0 import WorkflowTaskReportInfoMetadataType0  # noqa: PLC0415

        task_id = self.task_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        build_version: None | str | Unset
        if isinstance(self.build_version, Unset):
            build_version = UNSET
        else:
            build_version = self.build_version

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        execution_time_seconds: float | None | Unset
        if isinstance(self.execution_time_seconds, Unset):
            execution_time_seconds = UNSET
        else:
            execution_time_seconds = self.execution_time_seconds

        steps_completed: int | None | Unset
        if isinstance(self.steps_completed, Unset):
            steps_completed = UNSET
        else:
            steps_completed = self.steps_completed

        total_steps: int | None | Unset
        if isinstance(self.total_steps, Unset):
            total_steps = UNSET
        else:
            total_steps = self.total_steps

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

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, WorkflowTaskReportInfoMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        was_quarantined = self.was_quarantined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if build_version is not UNSET:
            field_dict["build_version"] = build_version
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if current_step_index is not UNSET:
            field_dict["current_step_index"] = current_step_index
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if was_quarantined is not UNSET:
            field_dict["was_quarantined"] = was_quarantined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_task_report_info_metadata_type_0 import WorkflowTaskReportInfoMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_version = _parse_build_version(d.pop("build_version", UNSET))

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_execution_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time_seconds = _parse_execution_time_seconds(d.pop("execution_time_seconds", UNSET))

        def _parse_steps_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps_completed = _parse_steps_completed(d.pop("steps_completed", UNSET))

        def _parse_total_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_steps = _parse_total_steps(d.pop("total_steps", UNSET))

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

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_metadata(data: object) -> None | Unset | WorkflowTaskReportInfoMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = WorkflowTaskReportInfoMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowTaskReportInfoMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        was_quarantined = d.pop("was_quarantined", UNSET)

        workflow_task_report_info = cls(
            task_id=task_id,
            test_id=test_id,
            app_id=app_id,
            app_name=app_name,
            build_id=build_id,
            build_version=build_version,
            test_name=test_name,
            platform=platform,
            device_model=device_model,
            status=status,
            success=success,
            started_at=started_at,
            completed_at=completed_at,
            duration=duration,
            execution_time_seconds=execution_time_seconds,
            steps_completed=steps_completed,
            total_steps=total_steps,
            current_step=current_step,
            current_step_index=current_step_index,
            progress=progress,
            error_message=error_message,
            metadata=metadata,
            was_quarantined=was_quarantined,
        )

        workflow_task_report_info.additional_properties = d
        return workflow_task_report_info

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
