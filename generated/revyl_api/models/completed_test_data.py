from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_execution_tasks_enhanced import TestExecutionTasksEnhanced


T = TypeVar("T", bound="CompletedTestData")


@_attrs_define
class CompletedTestData:
    """Model for completed test data structure used in SSE events.

    Attributes:
        id (UUID): Test history ID or task-based ID
        test_uid (UUID): Test ID
        status (str): Test status (completed, failed, etc.)
        enhanced_task (TestExecutionTasksEnhanced): Enhanced test execution tasks model with tracking fields.

            When queried via test_executions_full view, includes status and timing
            from device_sessions (the source of truth for state).
        execution_time (datetime.datetime | None | Unset): Execution timestamp
        execution_time_seconds (float | None | Unset): Test duration in seconds
        metadata (None | str | Unset): JSON metadata string
    """

    id: UUID
    test_uid: UUID
    status: str
    enhanced_task: TestExecutionTasksEnhanced
    execution_time: datetime.datetime | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    metadata: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        test_uid = str(self.test_uid)

        status = self.status

        enhanced_task = self.enhanced_task.to_dict()

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        elif isinstance(self.execution_time, datetime.datetime):
            execution_time = self.execution_time.isoformat()
        else:
            execution_time = self.execution_time

        execution_time_seconds: float | None | Unset
        if isinstance(self.execution_time_seconds, Unset):
            execution_time_seconds = UNSET
        else:
            execution_time_seconds = self.execution_time_seconds

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_uid": test_uid,
                "status": status,
                "enhanced_task": enhanced_task,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_execution_tasks_enhanced import TestExecutionTasksEnhanced  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_uid = UUID(d.pop("test_uid"))

        status = d.pop("status")

        enhanced_task = TestExecutionTasksEnhanced.from_dict(d.pop("enhanced_task"))

        def _parse_execution_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_time_type_0 = datetime.datetime.fromisoformat(data)

                return execution_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        execution_time = _parse_execution_time(d.pop("execution_time", UNSET))

        def _parse_execution_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time_seconds = _parse_execution_time_seconds(d.pop("execution_time_seconds", UNSET))

        def _parse_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        completed_test_data = cls(
            id=id,
            test_uid=test_uid,
            status=status,
            enhanced_task=enhanced_task,
            execution_time=execution_time,
            execution_time_seconds=execution_time_seconds,
            metadata=metadata,
        )

        completed_test_data.additional_properties = d
        return completed_test_data

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
