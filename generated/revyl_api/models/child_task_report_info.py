from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChildTaskReportInfo")


@_attrs_define
class ChildTaskReportInfo:
    """
    Attributes:
        task_id (str):
        test_id (None | str | Unset):
        test_name (None | str | Unset):
        platform (None | str | Unset):
        status (None | str | Unset):
        success (bool | None | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        duration (float | None | Unset):
        execution_time_seconds (float | None | Unset):
        steps_completed (int | None | Unset):
        total_steps (int | None | Unset):
        current_step (None | str | Unset):
        progress (float | None | Unset):
        error_message (None | str | Unset):
        is_shared (bool | Unset):  Default: False.
        share_token (None | str | Unset):
    """

    task_id: str
    test_id: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    steps_completed: int | None | Unset = UNSET
    total_steps: int | None | Unset = UNSET
    current_step: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    is_shared: bool | Unset = False
    share_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

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

        is_shared = self.is_shared

        share_token: None | str | Unset
        if isinstance(self.share_token, Unset):
            share_token = UNSET
        else:
            share_token = self.share_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if platform is not UNSET:
            field_dict["platform"] = platform
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
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if share_token is not UNSET:
            field_dict["share_token"] = share_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

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

        is_shared = d.pop("is_shared", UNSET)

        def _parse_share_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_token = _parse_share_token(d.pop("share_token", UNSET))

        child_task_report_info = cls(
            task_id=task_id,
            test_id=test_id,
            test_name=test_name,
            platform=platform,
            status=status,
            success=success,
            started_at=started_at,
            completed_at=completed_at,
            duration=duration,
            execution_time_seconds=execution_time_seconds,
            steps_completed=steps_completed,
            total_steps=total_steps,
            current_step=current_step,
            progress=progress,
            error_message=error_message,
            is_shared=is_shared,
            share_token=share_token,
        )

        child_task_report_info.additional_properties = d
        return child_task_report_info

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
