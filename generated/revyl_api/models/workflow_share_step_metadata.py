from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowShareStepMetadata")


@_attrs_define
class WorkflowShareStepMetadata:
    """
    Attributes:
        index (int):
        action_type (str):
        start_time (float):
        end_time (float):
        description (None | str | Unset):
    """

    index: int
    action_type: str
    start_time: float
    end_time: float
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        action_type = self.action_type

        start_time = self.start_time

        end_time = self.end_time

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "action_type": action_type,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        action_type = d.pop("action_type")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        workflow_share_step_metadata = cls(
            index=index,
            action_type=action_type,
            start_time=start_time,
            end_time=end_time,
            description=description,
        )

        workflow_share_step_metadata.additional_properties = d
        return workflow_share_step_metadata

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
