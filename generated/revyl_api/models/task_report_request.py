from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_run_info import TestRunInfo


T = TypeVar("T", bound="TaskReportRequest")


@_attrs_define
class TaskReportRequest:
    """Request model for adding report to test executions.

    Note: 'task_id' and 'user_id' are kept for API compatibility.
    Internally these map to 'id' and 'source' in the new schema.

        Attributes:
            task_id (UUID):
            test_id (UUID):
            run_info (str | TestRunInfo):
            success (bool):
            duration (float):
            user_id (str):
            run_info_compressed (bool | None | Unset):  Default: False.
            execution_time_seconds (float | None | Unset):
    """

    task_id: UUID
    test_id: UUID
    run_info: str | TestRunInfo
    success: bool
    duration: float
    user_id: str
    run_info_compressed: bool | None | Unset = False
    execution_time_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_run_info import TestRunInfo  # noqa: PLC0415

        task_id = str(self.task_id)

        test_id = str(self.test_id)

        run_info: dict[str, Any] | str
        if isinstance(self.run_info, TestRunInfo):
            run_info = self.run_info.to_dict()
        else:
            run_info = self.run_info

        success = self.success

        duration = self.duration

        user_id = self.user_id

        run_info_compressed: bool | None | Unset
        if isinstance(self.run_info_compressed, Unset):
            run_info_compressed = UNSET
        else:
            run_info_compressed = self.run_info_compressed

        execution_time_seconds: float | None | Unset
        if isinstance(self.execution_time_seconds, Unset):
            execution_time_seconds = UNSET
        else:
            execution_time_seconds = self.execution_time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "test_id": test_id,
                "run_info": run_info,
                "success": success,
                "duration": duration,
                "user_id": user_id,
            }
        )
        if run_info_compressed is not UNSET:
            field_dict["run_info_compressed"] = run_info_compressed
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_run_info import TestRunInfo  # noqa: PLC0415

        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        test_id = UUID(d.pop("test_id"))

        def _parse_run_info(data: object) -> str | TestRunInfo:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_info_type_1 = TestRunInfo.from_dict(data)

                return run_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TestRunInfo, data)

        run_info = _parse_run_info(d.pop("run_info"))

        success = d.pop("success")

        duration = d.pop("duration")

        user_id = d.pop("user_id")

        def _parse_run_info_compressed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_info_compressed = _parse_run_info_compressed(d.pop("run_info_compressed", UNSET))

        def _parse_execution_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time_seconds = _parse_execution_time_seconds(d.pop("execution_time_seconds", UNSET))

        task_report_request = cls(
            task_id=task_id,
            test_id=test_id,
            run_info=run_info,
            success=success,
            duration=duration,
            user_id=user_id,
            run_info_compressed=run_info_compressed,
            execution_time_seconds=execution_time_seconds,
        )

        task_report_request.additional_properties = d
        return task_report_request

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
