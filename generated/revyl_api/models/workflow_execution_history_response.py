from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_status_response import WorkflowStatusResponse


T = TypeVar("T", bound="WorkflowExecutionHistoryResponse")


@_attrs_define
class WorkflowExecutionHistoryResponse:
    """Response model for workflow execution history.

    Attributes:
        workflow_id (UUID):
        executions (list[WorkflowStatusResponse]):
        total_count (int):
        success_rate (float):
        average_duration (float | None | Unset):
    """

    workflow_id: UUID
    executions: list[WorkflowStatusResponse]
    total_count: int
    success_rate: float
    average_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        executions = []
        for executions_item_data in self.executions:
            executions_item = executions_item_data.to_dict()
            executions.append(executions_item)

        total_count = self.total_count

        success_rate = self.success_rate

        average_duration: float | None | Unset
        if isinstance(self.average_duration, Unset):
            average_duration = UNSET
        else:
            average_duration = self.average_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "executions": executions,
                "total_count": total_count,
                "success_rate": success_rate,
            }
        )
        if average_duration is not UNSET:
            field_dict["average_duration"] = average_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_status_response import WorkflowStatusResponse  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = UUID(d.pop("workflow_id"))

        executions = []
        _executions = d.pop("executions")
        for executions_item_data in _executions:
            executions_item = WorkflowStatusResponse.from_dict(executions_item_data)

            executions.append(executions_item)

        total_count = d.pop("total_count")

        success_rate = d.pop("success_rate")

        def _parse_average_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_duration = _parse_average_duration(d.pop("average_duration", UNSET))

        workflow_execution_history_response = cls(
            workflow_id=workflow_id,
            executions=executions,
            total_count=total_count,
            success_rate=success_rate,
            average_duration=average_duration,
        )

        workflow_execution_history_response.additional_properties = d
        return workflow_execution_history_response

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
