from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_executions_base_schema import WorkflowExecutionsBaseSchema


T = TypeVar("T", bound="OrgWorkflowMonitorItem")


@_attrs_define
class OrgWorkflowMonitorItem:
    """Workflow monitor item for organization monitoring.

    Uses WorkflowExecutionsBaseSchema (new schema with 'id' instead of 'task_id').

        Attributes:
            task (WorkflowExecutionsBaseSchema): WorkflowExecutions Base Schema for the new workflow_executions table.

                This replaces WorkflowTasksBaseSchema with cleaner field names:
                - id (was task_id) - Primary key
                - source (was user_id) - Execution source enum
            workflow_name (str):
            progress (float):
            can_cancel (bool):
            source (str | Unset):  Default: 'api'.
    """

    task: WorkflowExecutionsBaseSchema
    workflow_name: str
    progress: float
    can_cancel: bool
    source: str | Unset = "api"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task.to_dict()

        workflow_name = self.workflow_name

        progress = self.progress

        can_cancel = self.can_cancel

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "workflow_name": workflow_name,
                "progress": progress,
                "can_cancel": can_cancel,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_executions_base_schema import WorkflowExecutionsBaseSchema  # noqa: PLC0415

        d = dict(src_dict)
        task = WorkflowExecutionsBaseSchema.from_dict(d.pop("task"))

        workflow_name = d.pop("workflow_name")

        progress = d.pop("progress")

        can_cancel = d.pop("can_cancel")

        source = d.pop("source", UNSET)

        org_workflow_monitor_item = cls(
            task=task,
            workflow_name=workflow_name,
            progress=progress,
            can_cancel=can_cancel,
            source=source,
        )

        org_workflow_monitor_item.additional_properties = d
        return org_workflow_monitor_item

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
