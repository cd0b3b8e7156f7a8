from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_workflow_monitor_item import OrgWorkflowMonitorItem


T = TypeVar("T", bound="OrgWorkflowMonitorState")


@_attrs_define
class OrgWorkflowMonitorState:
    """State model for organization workflow monitoring.

    Attributes:
        org_id (str):
        running_workflows (list[OrgWorkflowMonitorItem]):
        total_active (int):
        last_update (datetime.datetime):
    """

    org_id: str
    running_workflows: list[OrgWorkflowMonitorItem]
    total_active: int
    last_update: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        running_workflows = []
        for running_workflows_item_data in self.running_workflows:
            running_workflows_item = running_workflows_item_data.to_dict()
            running_workflows.append(running_workflows_item)

        total_active = self.total_active

        last_update = self.last_update.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "running_workflows": running_workflows,
                "total_active": total_active,
                "last_update": last_update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_workflow_monitor_item import OrgWorkflowMonitorItem  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("org_id")

        running_workflows = []
        _running_workflows = d.pop("running_workflows")
        for running_workflows_item_data in _running_workflows:
            running_workflows_item = OrgWorkflowMonitorItem.from_dict(running_workflows_item_data)

            running_workflows.append(running_workflows_item)

        total_active = d.pop("total_active")

        last_update = datetime.datetime.fromisoformat(d.pop("last_update"))

        org_workflow_monitor_state = cls(
            org_id=org_id,
            running_workflows=running_workflows,
            total_active=total_active,
            last_update=last_update,
        )

        org_workflow_monitor_state.additional_properties = d
        return org_workflow_monitor_state

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
