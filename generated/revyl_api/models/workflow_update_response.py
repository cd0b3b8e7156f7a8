from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_update_response_data import WorkflowUpdateResponseData


T = TypeVar("T", bound="WorkflowUpdateResponse")


@_attrs_define
class WorkflowUpdateResponse:
    """
    Attributes:
        message (str):
        data (WorkflowUpdateResponseData):
    """

    message: str
    data: WorkflowUpdateResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_update_response_data import WorkflowUpdateResponseData  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        data = WorkflowUpdateResponseData.from_dict(d.pop("data"))

        workflow_update_response = cls(
            message=message,
            data=data,
        )

        workflow_update_response.additional_properties = d
        return workflow_update_response

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
