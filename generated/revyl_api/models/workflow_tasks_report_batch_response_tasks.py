from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_task_report_info import WorkflowTaskReportInfo


T = TypeVar("T", bound="WorkflowTasksReportBatchResponseTasks")


@_attrs_define
class WorkflowTasksReportBatchResponseTasks:
    additional_properties: dict[str, None | WorkflowTaskReportInfo] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_task_report_info import WorkflowTaskReportInfo  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, WorkflowTaskReportInfo):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_task_report_info import WorkflowTaskReportInfo  # noqa: PLC0415

        d = dict(src_dict)
        workflow_tasks_report_batch_response_tasks = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | WorkflowTaskReportInfo:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = WorkflowTaskReportInfo.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | WorkflowTaskReportInfo, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        workflow_tasks_report_batch_response_tasks.additional_properties = additional_properties
        return workflow_tasks_report_batch_response_tasks

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | WorkflowTaskReportInfo:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | WorkflowTaskReportInfo) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
