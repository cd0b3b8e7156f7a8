from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_tasks_report_batch_response_tasks import WorkflowTasksReportBatchResponseTasks


T = TypeVar("T", bound="WorkflowTasksReportBatchResponse")


@_attrs_define
class WorkflowTasksReportBatchResponse:
    """Response model for batch workflow task report info.

    Attributes:
        tasks (WorkflowTasksReportBatchResponseTasks):
        requested_count (int):
        found_count (int):
    """

    tasks: WorkflowTasksReportBatchResponseTasks
    requested_count: int
    found_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks.to_dict()

        requested_count = self.requested_count

        found_count = self.found_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
                "requested_count": requested_count,
                "found_count": found_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_tasks_report_batch_response_tasks import WorkflowTasksReportBatchResponseTasks  # noqa: PLC0415

        d = dict(src_dict)
        tasks = WorkflowTasksReportBatchResponseTasks.from_dict(d.pop("tasks"))

        requested_count = d.pop("requested_count")

        found_count = d.pop("found_count")

        workflow_tasks_report_batch_response = cls(
            tasks=tasks,
            requested_count=requested_count,
            found_count=found_count,
        )

        workflow_tasks_report_batch_response.additional_properties = d
        return workflow_tasks_report_batch_response

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
