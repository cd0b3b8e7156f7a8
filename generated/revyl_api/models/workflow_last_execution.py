from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_last_execution_status import WorkflowLastExecutionStatus, check_workflow_last_execution_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowLastExecution")


@_attrs_define
class WorkflowLastExecution:
    """Model for workflow last execution data.

    Attributes:
        status (str | WorkflowLastExecutionStatus): Status of the last execution
        duration (float | None | Unset): Duration of the last execution in seconds
        last_run (None | str | Unset): ISO timestamp of the last execution
        started_at (None | str | Unset): When the execution started
        id (None | str | Unset): Execution ID of the last execution (was task_id)
        failed_count (int | None | Unset): Number of tests that failed in the last execution
        total_tests (int | None | Unset): Total number of tests in the last execution
    """

    status: str | WorkflowLastExecutionStatus
    duration: float | None | Unset = UNSET
    last_run: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    failed_count: int | None | Unset = UNSET
    total_tests: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        last_run: None | str | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        else:
            last_run = self.last_run

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        failed_count: int | None | Unset
        if isinstance(self.failed_count, Unset):
            failed_count = UNSET
        else:
            failed_count = self.failed_count

        total_tests: int | None | Unset
        if isinstance(self.total_tests, Unset):
            total_tests = UNSET
        else:
            total_tests = self.total_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if id is not UNSET:
            field_dict["id"] = id
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if total_tests is not UNSET:
            field_dict["total_tests"] = total_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> str | WorkflowLastExecutionStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_workflow_last_execution_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkflowLastExecutionStatus, data)

        status = _parse_status(d.pop("status"))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_last_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run = _parse_last_run(d.pop("last_run", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_failed_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_count = _parse_failed_count(d.pop("failed_count", UNSET))

        def _parse_total_tests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_tests = _parse_total_tests(d.pop("total_tests", UNSET))

        workflow_last_execution = cls(
            status=status,
            duration=duration,
            last_run=last_run,
            started_at=started_at,
            id=id,
            failed_count=failed_count,
            total_tests=total_tests,
        )

        workflow_last_execution.additional_properties = d
        return workflow_last_execution

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
